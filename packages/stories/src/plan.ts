import { addMonths, dayBefore, parseIsoDate } from "./dates.ts";
import { type Bilingual, fail, need, str } from "./errors.ts";
import { knapsack } from "./knapsack.ts";
import {
  assertUniqueIds,
  checkFigures,
  isHalfDays,
  isWhole,
  type StoryRecord,
  worthOf,
} from "./story.ts";

/** One one-month mini-chantier and the stories it takes on. */
export interface Chantier {
  /** `chantier-1`, `chantier-2`, … */
  readonly id: string;
  /** 1-based number. */
  readonly number: number;
  /** First day, ISO `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day, ISO `YYYY-MM-DD` (the day before the next chantier starts). */
  readonly end: string;
  readonly capacityDays: number;
  /** The stories, best ratio first, with status `planned` and this chantier's id. */
  readonly stories: readonly StoryRecord[];
  /** Sum of their costs, in person-days. */
  readonly loadDays: number;
  /** Sum of impact × reach of its stories. */
  readonly expectedImpact: number;
}

/** Why a story is in no chantier. */
export type LeftOutReason = "too-big" | "wont" | "in-progress" | "closed" | "no-room";

/** A story left out of the plan, and why. */
export interface LeftOut {
  readonly story: StoryRecord;
  readonly reason: LeftOutReason;
  readonly explanation: Bilingual;
}

/** What {@link planChantiers} returns. */
export interface Plan {
  readonly chantiers: readonly Chantier[];
  readonly leftOut: readonly LeftOut[];
}

/** Options of {@link planChantiers}. */
export interface PlanOptions {
  /** Person-days the pioneers can give to each chantier, in half-day steps. */
  readonly capacityDays: number;
  /** How many consecutive chantiers; default 1. */
  readonly count?: number;
  /** First day of the first chantier, ISO `YYYY-MM-DD`. */
  readonly start: string;
  /** Number of the first chantier, to continue a sequence; default 1. */
  readonly firstNumber?: number;
}

/** Largest capacity of one chantier, in person-days (ten people full time for a year). */
export const MAX_CAPACITY_DAYS = 3650;

const reasons: Record<Exclude<LeftOutReason, "too-big" | "no-room">, Bilingual> = {
  wont: { fr: "classé Won't : pas pour cette fois", en: "marked Won't: not this time" },
  "in-progress": { fr: "déjà en cours", en: "already in progress" },
  closed: { fr: "déjà fait ou abandonné", en: "already done or dropped" },
};

/** Ranking order used for ties: impact × reach ÷ cost, then cheaper, then id. @internal */
export function byRatio(a: StoryRecord, b: StoryRecord): number {
  return (
    worthOf(b) / b.cost - worthOf(a) / a.cost ||
    a.cost - b.cost ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The best set of `pool` within `units` half-days (Must first), and the rest. @internal */
export function best(pool: readonly StoryRecord[], units: number): [StoryRecord[], StoryRecord[]] {
  const picked = new Set(
    knapsack(
      pool.map((s) => ({
        units: Math.round(s.cost * 2),
        value: worthOf(s),
        must: s.moscow === "must",
      })),
      units,
    ),
  );
  return [pool.filter((_, i) => picked.has(i)), pool.filter((_, i) => !picked.has(i))];
}

/** Load and impact of a set of stories. @internal */
export function totals(list: readonly StoryRecord[]): { loadDays: number; expectedImpact: number } {
  return {
    loadDays: list.reduce((t, s) => t + s.cost, 0),
    expectedImpact: list.reduce((t, s) => t + worthOf(s), 0),
  };
}

/** Refuses a capacity, saying what one looks like. @internal */
export function badCapacity(c: unknown): never {
  return fail(
    "invalid-capacity",
    `capacité ${str(c)} invalide — des jours par demi-journées, de 0,5 à ${MAX_CAPACITY_DAYS}`,
    `invalid capacity ${str(c)} — days in half-day steps, 0.5 to ${MAX_CAPACITY_DAYS}`,
    { field: "capacityDays" },
  );
}

/**
 * Plans consecutive one-month mini-chantiers. Each chantier, in turn, takes the set of
 * stories that fits its capacity and brings the most impact × reach — an exact 0/1
 * knapsack on half-day units, not a greedy sort — with Must stories first (no set of
 * Must stories worth more would fit) and deterministic ties (less load, then the better
 * ratio, then the smaller id). Stories in `backlog` or `planned` status are planned; the
 * others, Won't stories and stories bigger than a chantier are left out, each with why.
 *
 * @param stories the backlog
 * @param options `capacityDays`, `count` (default 1), `start`, `firstNumber` (default 1)
 * @returns the chantiers and the stories left out
 * @throws StoriesError `invalid-capacity`, `invalid-count`, `invalid-date`, `duplicate-id`,
 *   bad figures, or `capacity-too-small` when no story fits a chantier
 * @example
 * const plan = planChantiers(backlog, { capacityDays: 6, count: 2, start: "2026-03-02" });
 * plan.chantiers[0]?.end; // "2026-04-01"
 */
export function planChantiers(stories: readonly StoryRecord[], options: PlanOptions): Plan {
  const { capacityDays, start, count = 1, firstNumber: first = 1 } = options ?? ({} as PlanOptions);
  need(stories, "stories", 1);
  if (!isHalfDays(capacityDays, MAX_CAPACITY_DAYS)) badCapacity(capacityDays);
  if (!isWhole(count, 120) || !isWhole(first, Number.MAX_SAFE_INTEGER)) {
    fail(
      "invalid-count",
      `nombre ${str(count)} ou premier numéro ${str(first)} invalide — des entiers, nombre ≤ 120`,
      `invalid count ${str(count)} or first number ${str(first)} — integers, count ≤ 120`,
      { field: "count" },
    );
  }
  parseIsoDate(start, "start");
  for (const s of stories) checkFigures(s);
  assertUniqueIds(stories);

  const leftOut: LeftOut[] = [];
  const open: StoryRecord[] = [];
  for (const s of stories) {
    if (s.status === "done" || s.status === "dropped")
      leftOut.push({ story: s, reason: "closed", explanation: reasons.closed });
    else if (s.status === "doing")
      leftOut.push({ story: s, reason: "in-progress", explanation: reasons["in-progress"] });
    else if (s.moscow === "wont")
      leftOut.push({ story: s, reason: "wont", explanation: reasons.wont });
    else open.push(s);
  }
  let pool = open.filter((s) => s.cost <= capacityDays).sort(byRatio);
  const tooBig = open.filter((s) => s.cost > capacityDays);
  if (open.length > 0 && pool.length === 0) {
    const smallest = Math.min(...open.map((s) => s.cost));
    fail(
      "capacity-too-small",
      `capacité ${capacityDays} j < plus petit récit (${smallest} j) — augmentez-la ou découpez les récits`,
      `capacity ${capacityDays} d < smallest story (${smallest} d) — raise it or split the stories`,
      { field: "capacityDays" },
    );
  }
  for (const s of tooBig) {
    leftOut.push({
      story: s,
      reason: "too-big",
      explanation: {
        fr: `${s.cost} j > capacité (${capacityDays} j) — découpez-le`,
        en: `${s.cost} d > capacity (${capacityDays} d) — split it`,
      },
    });
  }

  const units = Math.round(capacityDays * 2);
  const chantiers: Chantier[] = [];
  for (let c = 0; c < count; c++) {
    const number = first + c;
    const id = `chantier-${number}`;
    const begin = addMonths(start, c);
    const [taken, rest] = best(pool, units);
    pool = rest;
    chantiers.push({
      id,
      number,
      start: begin,
      end: dayBefore(addMonths(start, c + 1)),
      capacityDays,
      stories: taken.map((s) => ({ ...s, status: "planned", chantierId: id })),
      ...totals(taken),
    });
  }
  for (const s of pool) {
    leftOut.push({
      story: s,
      reason: "no-room",
      explanation: {
        fr: "pas de place : d'autres récits apportent plus pour le même temps",
        en: "no room: other stories bring more for the same time",
      },
    });
  }
  const order: readonly LeftOutReason[] = ["closed", "in-progress", "wont", "too-big", "no-room"];
  leftOut.sort(
    (a, b) => order.indexOf(a.reason) - order.indexOf(b.reason) || byRatio(a.story, b.story),
  );
  return { chantiers, leftOut };
}
