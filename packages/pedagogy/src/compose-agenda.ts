import type { Agenda, Slot } from "./agenda";
import { parseClock } from "./clock";
import { PedagogyError, shown } from "./errors";
import {
  asList,
  assertObject,
  assertPrinciple,
  assertSetting,
  assertWhole,
  invalid,
} from "./guards";
import {
  type Activity,
  principles as allPrinciples,
  type Catalog,
  labels,
  type Phase,
  type Principle,
  phases,
  type Setting,
  type Text,
} from "./model";
import { pick, seeded } from "./random";
import { retimeAgenda } from "./retime";
import { assertCatalog } from "./validate-catalog";

/** What {@link composeAgenda} is asked for. */
export interface AgendaRequest {
  /** Where activities come from, e.g. `catalog` from `@pionniers/pedagogy/catalog`. */
  catalog: Catalog;
  /** Time available, in minutes, breaks included (at most 600: one agenda per day). */
  minutes: number;
  /** Start time, `HH:MM`; default `"09:00"`. */
  start?: string;
  /** Default `"presence"`. */
  setting?: Setting;
  /** Default 12. */
  groupSize?: number;
  /** Principles to balance (one or a list); default all three. */
  principles?: readonly Principle[] | Principle;
  /** Ids of activities the agenda must contain (one or a list), placed by their phase. */
  mustInclude?: readonly string[] | string;
  /** Same seed, same agenda; default 1. */
  seed?: number;
  title?: Text;
  /** At most `every` minutes of work in a row (default 90), breaks of `minutes` (default 15),
   * and a `lunch` (default 60) when the agenda lasts 6 hours or more. */
  breaks?: { every?: number; minutes?: number; lunch?: number };
}

const maxMinutes = 600;
const fullDay = 360;
const middle = ["divergence", "emergence", "convergence", "decision"] as const;
const shares: Record<(typeof middle)[number], number> = {
  divergence: 0.35,
  emergence: 0.3,
  convergence: 0.2,
  decision: 0.15,
};

interface Placed {
  activity: Activity;
  minutes: number;
  rationale: Text;
}
interface Block {
  cap: number;
  half: number;
  items: Placed[];
}

/** Splits `total` minutes into stretches of at most `every`, separated by `pause` minutes. */
function stretches(total: number, every: number, pause: number): number[] {
  if (total <= every) return [total];
  const k = Math.ceil((total + pause) / (every + pause));
  const content = total - (k - 1) * pause;
  const base = Math.floor(content / k);
  return Array.from({ length: k }, (_, i) => base + (i < content % k ? 1 : 0));
}

const used = (b: Block) => b.items.reduce((s, p) => s + p.minutes, 0);
const minOf = (a: Activity) => a.duration.min;
const sum = (xs: readonly Activity[]) => xs.reduce((s, a) => s + minOf(a), 0);

function served(a: Activity, lang: keyof Text): string {
  return a.principles.map((p) => labels.principles[p][lang].toLowerCase()).join(", ");
}

function because(a: Activity, reason: Text): Text {
  return {
    fr: `${reason.fr} ${labels.phases[a.phase].fr} ; sert : ${served(a, "fr")}.`,
    en: `${reason.en} ${labels.phases[a.phase].en}; serves: ${served(a, "en")}.`,
  };
}

const reasons = {
  opening: {
    fr: "Ouvrir la séance : chacun prend la parole et le groupe se met en route.",
    en: "Open the session: everyone speaks and the group gets going.",
  },
  closing: {
    fr: "Clore et évaluer : le groupe fait le bilan avant de partir.",
    en: "Close and evaluate: the group takes stock before leaving.",
  },
  must: { fr: "Demandée dans le programme.", en: "Requested in the programme." },
  flow: { fr: "Fait avancer le travail du groupe.", en: "Moves the group's work forward." },
};

function impossible(message: string, path = ""): PedagogyError {
  return new PedagogyError("impossible-request", message, { path });
}

/**
 * Composes a timed agenda from a catalog: an opening activity first, a closing or evaluation
 * activity last, the middle in phase order (divergence, emergence, convergence, decision),
 * a break at least every 90 minutes and a lunch on a full day, activities drawn so that the
 * requested principles are balanced, never longer than the time asked for, and the same
 * agenda for the same seed. Every slot carries a short bilingual rationale.
 *
 * @param request the catalog, the time, and optional start, setting, group size, principles,
 *   activities to include, seed and break rules
 * @returns the agenda, with start times for every slot
 * @throws PedagogyError `impossible-request` when the time, group or setting leaves no room
 *   for an opening and a closing or for a requested activity; `unknown-activity`,
 *   `unknown-principle`, `unknown-setting`, `invalid-request` for bad parameters
 * @example
 * ```ts
 * const agenda = composeAgenda({ catalog, minutes: 210, start: "09:00", seed: 7 });
 * agenda.slots.map((s) => `${s.start} ${s.title.fr}`);
 * ```
 */
export function composeAgenda(request: AgendaRequest): Agenda {
  assertObject(request, "request");
  const catalog = assertCatalog(request.catalog);
  const minutes = assertWhole(request.minutes, "minutes");
  if (minutes > maxMinutes) {
    invalid(
      "minutes",
      `${minutes} is more than a day (${maxMinutes}) — compose one agenda per day, as templates do`,
    );
  }
  const start = request.start ?? "09:00";
  parseClock(start, "start");
  const setting = assertSetting(request.setting ?? "presence", "setting");
  const groupSize = assertWhole(request.groupSize ?? 12, "groupSize");
  const wanted = (asList(request.principles, "principles") ?? allPrinciples).map((p, i) =>
    assertPrinciple(p, `principles.${i}`),
  );
  if (wanted.length === 0) {
    invalid("principles", "empty — name at least one, or omit it");
  }
  const seed = request.seed ?? 1;
  if (!Number.isInteger(seed)) {
    invalid("seed", `${shown(seed)} is not an integer — use a whole number`);
  }
  if (request.breaks !== undefined) assertObject(request.breaks, "breaks");
  const every = assertWhole(request.breaks?.every ?? 90, "breaks.every", 10);
  const pause = assertWhole(request.breaks?.minutes ?? 15, "breaks.minutes", 0);
  const lunch =
    minutes >= fullDay ? assertWhole(request.breaks?.lunch ?? 60, "breaks.lunch", 0) : 0;

  const fits = (a: Activity) =>
    a.settings.includes(setting) && groupSize >= a.groupSize.min && groupSize <= a.groupSize.max;
  const who = `${groupSize} people ${labels.settings[setting].en.toLowerCase()}`;
  const byId = new Map(catalog.map((a) => [a.id, a]));
  const musts: Activity[] = [];
  for (const [i, id] of (asList(request.mustInclude, "mustInclude") ?? []).entries()) {
    const a = byId.get(id);
    if (!a) {
      throw new PedagogyError(
        "unknown-activity",
        `mustInclude.${i}: no activity "${shown(id)}" in the catalog — check the id (findActivities helps)`,
        { path: `mustInclude.${i}` },
      );
    }
    if (!fits(a)) {
      throw impossible(
        `mustInclude.${i}: "${id}" does not work for ${who} (it takes ${a.groupSize.min}–${a.groupSize.max} people, ${a.settings.join("/")}) — change the group or setting, or drop it`,
        `mustInclude.${i}`,
      );
    }
    if (!musts.includes(a)) musts.push(a);
  }
  const usable = catalog.filter(fits);

  const halves = lunch
    ? [Math.floor((minutes - lunch) / 2), Math.ceil((minutes - lunch) / 2)]
    : [minutes];
  const blocks: Block[] = halves.flatMap((h, half) =>
    stretches(h, every, pause).map((cap) => ({ cap, half, items: [] })),
  );
  const first = blocks[0] as Block;
  const last = blocks[blocks.length - 1] as Block;
  const single = first === last;
  const longest = Math.max(...blocks.map((b) => b.cap));
  for (const a of musts) {
    if (minOf(a) > longest) {
      throw impossible(
        `mustInclude: "${a.id}" needs ${minOf(a)} min but the longest stretch between breaks is ${longest} min — ask for more minutes or set breaks.every higher`,
        "mustInclude",
      );
    }
  }

  const phaseIndex = (a: Activity) => phases.indexOf(a.phase);
  const openMusts = musts.filter((a) => a.phase === "opening");
  const closeMusts = musts.filter((a) => a.phase === "closing");
  const pending = musts
    .filter((a) => a.phase !== "closing")
    .slice()
    .sort((a, b) => phaseIndex(a) - phaseIndex(b));
  const random = seeded(seed);
  const counts = Object.fromEntries(allPrinciples.map((p) => [p, 0])) as Record<Principle, number>;
  const count = (a: Activity) => {
    for (const p of a.principles) counts[p] += 1;
  };
  // Under-served principles weigh more; longer activities a little more, so a day is not a
  // string of five-minute games.
  const weight = (a: Activity) =>
    (0.2 + wanted.reduce((w, p) => w + (a.principles.includes(p) ? 1 / (1 + counts[p]) : 0), 0)) *
    (1 + minOf(a) / 30);
  // A requested principle nothing serves yet comes first: among the candidates, those that
  // serve one (when there are any) — so a short agenda does not leave a principle out by chance.
  const unservedFirst = (xs: Activity[]) => {
    const serving = xs.filter((a) =>
      wanted.some((p) => counts[p] === 0 && a.principles.includes(p)),
    );
    return serving.length > 0 ? serving : xs;
  };

  const openers = usable.filter((a) => a.phase === "opening");
  const closers = usable.filter((a) => a.phase === "closing");
  const cheapest = (xs: Activity[]) => Math.min(...xs.map(minOf));
  if (openers.length === 0 || closers.length === 0) {
    throw impossible(
      `no ${openers.length === 0 ? "opening" : "closing"} activity of the catalog works for ${who} — change the group size or setting, or add one with mergeCatalogs`,
    );
  }
  const otherCloses = closeMusts.slice(0, -1);
  const closerRoom =
    last.cap - sum(otherCloses) - (single ? (openMusts[0]?.duration.min ?? cheapest(openers)) : 0);
  const closer =
    closeMusts[closeMusts.length - 1] ??
    pickOr(
      closers.filter((a) => minOf(a) <= closerRoom),
      weight,
      random,
    );
  const closingReserve = sum(otherCloses) + (closer ? minOf(closer) : 0);
  const openerRoom = first.cap - (single ? closingReserve : 0);
  const opener =
    openMusts[0] ??
    pickOr(
      openers.filter((a) => minOf(a) <= openerRoom),
      weight,
      random,
    );
  const lastRoom = (o: Activity) => last.cap - (single ? minOf(o) : 0);
  if (!closer || !opener || minOf(opener) > openerRoom || closingReserve > lastRoom(opener)) {
    const need = cheapest(openers) + cheapest(closers);
    throw impossible(
      `minutes: ${minutes} is too short to open and close a session for ${who} with ${musts.length ? "the requested activities" : "this catalog"} — ask for at least ${need + sum(musts)} minutes or include fewer activities`,
      "minutes",
    );
  }

  const taken = new Set<string>([opener.id, closer.id, ...musts.map((a) => a.id)]);
  count(opener);
  count(closer);
  first.items.push({
    activity: opener,
    minutes: minOf(opener),
    rationale: because(opener, reasons.opening),
  });
  if (openMusts[0] === opener) pending.splice(pending.indexOf(opener), 1);

  const room = (b: Block) => b.cap - used(b) - (b === last ? closingReserve : 0);
  const total = blocks.reduce((s, b) => s + b.cap, 0);
  const middleCap = total - minOf(opener) - closingReserve;
  let at = 0;
  let carry = 0;

  const place = (a: Activity, rationale: Text) => {
    (blocks[at] as Block).items.push({ activity: a, minutes: minOf(a), rationale });
    count(a);
  };

  for (const phase of ["opening", ...middle] as Phase[]) {
    for (const a of pending.filter((m) => m.phase === phase)) {
      while (at < blocks.length && room(blocks[at] as Block) < minOf(a)) at += 1;
      if (at === blocks.length) {
        throw impossible(
          `mustInclude: "${a.id}" (at least ${minOf(a)} min) no longer fits — ask for more minutes or include fewer activities`,
          "mustInclude",
        );
      }
      place(a, because(a, reasons.must));
      pending.splice(pending.indexOf(a), 1);
    }
    if (phase === "opening") continue;
    // Unused time flows on to the next phase, but not into decisions: a group decides once or
    // twice, it does not vote five times to fill an afternoon.
    const isDecision = phase === "decision";
    const budget = shares[phase as (typeof middle)[number]] * middleCap + (isDecision ? 0 : carry);
    let spent = 0;
    let picked = 0;
    while (at < blocks.length && spent < budget && !(isDecision && picked >= 2)) {
      const block = blocks[at] as Block;
      const left = blocks.slice(at).reduce((s, b) => s + room(b), 0);
      const reserved = sum(pending);
      const candidates = usable.filter(
        (a) =>
          a.phase === phase &&
          !taken.has(a.id) &&
          minOf(a) <= room(block) &&
          spent + minOf(a) <= budget * 1.2 + 5 &&
          left - minOf(a) >= reserved,
      );
      if (candidates.length === 0) {
        if (room(block) < 20 && at < blocks.length - 1) {
          at += 1;
          continue;
        }
        break;
      }
      const lacking = wanted.reduce((lo, p) => (counts[p] < counts[lo] ? p : lo));
      const a = pick(unservedFirst(candidates), weight, random);
      const reason = a.principles.includes(lacking)
        ? {
            fr: `Équilibre les principes : renforce la ${labels.principles[lacking].fr.toLowerCase()}.`,
            en: `Balances the principles: strengthens ${labels.principles[lacking].en.toLowerCase()}.`,
          }
        : reasons.flow;
      place(a, because(a, reason));
      taken.add(a.id);
      spent += minOf(a);
      picked += 1;
    }
    carry = Math.max(0, budget - spent);
  }
  for (const a of otherCloses) {
    last.items.push({ activity: a, minutes: minOf(a), rationale: because(a, reasons.must) });
  }
  last.items.push({
    activity: closer,
    minutes: minOf(closer),
    rationale: because(closer, reasons.closing),
  });

  for (const block of blocks) stretch(block);

  const slots: Slot[] = [];
  let half = -1;
  for (const block of blocks) {
    if (block.items.length === 0) continue;
    if (slots.length > 0)
      slots.push(block.half !== half ? lunchSlot(lunch) : breakSlot(pause, every));
    half = block.half;
    for (const p of block.items) slots.push(activitySlot(p));
  }
  const agenda: Agenda = {
    start,
    end: start,
    minutes,
    totalMinutes: 0,
    overrun: 0,
    setting,
    groupSize,
    seed,
    slots: slots.filter((s) => s.minutes > 0),
  };
  if (request.title) agenda.title = request.title;
  return retimeAgenda(agenda);
}

function pickOr(xs: Activity[], weight: (a: Activity) => number, random: () => number) {
  return xs.length > 0 ? pick(xs, weight, random) : undefined;
}

/** Gives a block's spare minutes to its activities, up to each one's longest run. */
function stretch(block: Block): void {
  let slack = block.cap - used(block);
  while (slack > 0) {
    let grew = false;
    for (const p of block.items) {
      const add = Math.min(5, p.activity.duration.max - p.minutes, slack);
      if (add > 0) {
        p.minutes += add;
        slack -= add;
        grew = true;
      }
    }
    if (!grew) return;
  }
}

function activitySlot(p: Placed): Slot {
  return {
    kind: "activity",
    activityId: p.activity.id,
    title: p.activity.name,
    phase: p.activity.phase,
    principles: [...p.activity.principles],
    start: "",
    minutes: p.minutes,
    rationale: p.rationale,
  };
}

function breakSlot(minutes: number, every: number): Slot {
  return {
    kind: "break",
    title: { fr: "Pause", en: "Break" },
    principles: [],
    start: "",
    minutes,
    rationale: {
      fr: `Pause : au plus ${every} minutes de travail d'affilée, pour garder l'attention.`,
      en: `Break: at most ${every} minutes of work in a row, to keep attention.`,
    },
  };
}

function lunchSlot(minutes: number): Slot {
  return {
    kind: "lunch",
    title: { fr: "Déjeuner", en: "Lunch" },
    principles: [],
    start: "",
    minutes,
    rationale: {
      fr: "Déjeuner : une vraie coupure sur une journée complète.",
      en: "Lunch: a real break on a full day.",
    },
  };
}
