// The mission page's glue: the few parameters a pioneer edits over the proposal's mission,
// the check the background runs before keeping them for the whole collective, and the month
// grid the calendar draws (weeks from Monday, sessions, meetings, payments).
import {
  type Avoid,
  isDlaBudgetError,
  type Mission,
  type Payment,
  payments,
  proposalMission,
  type ScheduledEvent,
  schedule,
} from "@pionniers/dla-budget";

/**
 * What the mission page lets a pioneer change; the rest is the proposal's. The collective
 * keeps one such document in the library's `missions` collection (id {@link MISSION_ID}), so
 * every pioneer and the DLA operator see the same mission.
 */
export interface MissionParams {
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Day rate of each expert, in euros. */
  dayRate: number;
  /** Price of the remote package, in euros. */
  remotePrice: number;
  /** VAT rate in %, 0 for the franchise (TVA non applicable). */
  vatRate: number;
  paymentTermDays: number;
  avoidWeekends: boolean;
  avoidHolidays: boolean;
  alsaceMoselle: boolean;
  /** No session in August, when many associations close. */
  avoidAugust: boolean;
  /** Who issues the quote. */
  issuer: string;
  /** Who the quote is for. */
  client: string;
  /** The quote's number. */
  quoteNumber: string;
}

/** The id of the collective's mission in the `missions` collection: there is one. */
export const MISSION_ID = "mission";
/** Longest issuer, client or quote number kept. */
export const MAX_NAME = 200;

/**
 * The proposal's parameters, starting on the first Monday of next month.
 *
 * @param today `YYYY-MM-DD`
 * @param names the quote's issuer and client as the pioneer's language words them by default
 */
export function defaultParams(
  today: string,
  names: { issuer: string; client: string } = { issuer: "", client: "" },
): MissionParams {
  const d = new Date(`${today.slice(0, 7)}-01T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  while (d.getUTCDay() !== 1) d.setUTCDate(d.getUTCDate() + 1);
  return {
    start: d.toISOString().slice(0, 10),
    dayRate: 1000,
    remotePrice: 500,
    vatRate: 0,
    paymentTermDays: 30,
    avoidWeekends: true,
    avoidHolidays: true,
    alsaceMoselle: false,
    avoidAugust: true,
    issuer: names.issuer,
    client: names.client,
    quoteNumber: `${today.slice(0, 4)}-001`,
  };
}

/** Why a mission document was refused: what and where (`field`), in English for the log. */
export class MissionDataError extends Error {
  readonly code = "invalid-mission";
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(`[toolbox] mission: ${field} ${detail}`);
    this.name = "MissionDataError";
  }
}

const NUMBERS = ["dayRate", "remotePrice", "vatRate", "paymentTermDays"] as const;
const FLAGS = ["avoidWeekends", "avoidHolidays", "alsaceMoselle", "avoidAugust"] as const;
const NAMES = ["issuer", "client", "quoteNumber"] as const;

/**
 * Reads a mission document's data — from the page, or from another replica through sync —
 * and checks it the way `@pionniers/dla-budget` checks a mission (dates, rates, the legal
 * 60-day payment term…), laying it out once. Unknown fields are dropped; a missing flag or
 * name takes its default, so a document written before a field existed still reads.
 *
 * @param data the document's `data`
 * @returns the parameters, safe to lay out
 * @throws {MissionDataError} naming the first bad field and what to write
 * @example
 * ```ts
 * missionData({ ...defaultParams("2026-11-28"), paymentTermDays: 90 }); // throws: paymentTermDays …
 * ```
 */
export function missionData(data: unknown): MissionParams {
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new MissionDataError("data", "is not an object — send the mission's parameters");
  const d = data as Record<string, unknown>;
  if (typeof d.start !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(d.start))
    throw new MissionDataError("start", "is not a date — write YYYY-MM-DD");
  const out = defaultParams(d.start);
  out.start = d.start;
  for (const k of NUMBERS) {
    const v = d[k];
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
      throw new MissionDataError(k, "is not a number ≥ 0");
    out[k] = v;
  }
  for (const k of FLAGS) {
    if (d[k] === undefined) continue;
    if (typeof d[k] !== "boolean") throw new MissionDataError(k, "is not true or false");
    out[k] = d[k];
  }
  for (const k of NAMES) {
    if (d[k] === undefined) continue;
    const v = d[k];
    if (typeof v !== "string" || v.length > MAX_NAME)
      throw new MissionDataError(k, `is not a text of at most ${MAX_NAME} characters`);
    out[k] = v;
  }
  try {
    const mission = missionFrom(out);
    payments(mission, { avoid: avoidOf(out) });
    schedule(mission, { avoid: avoidOf(out) });
  } catch (e) {
    if (!isDlaBudgetError(e)) throw e;
    const detail = e.message.replace(/^\[dla-budget\]\s*/, "");
    if (e.field === undefined) throw new MissionDataError("mission", `— ${detail}`);
    // Name the field as the page has it, not as the mission built from it does.
    const field = /dayRate$/.test(e.field)
      ? "dayRate"
      : e.field === "remote.price"
        ? "remotePrice"
        : e.field === "vat.rate"
          ? "vatRate"
          : e.field;
    throw new MissionDataError(field, `— ${detail.replace(`${e.field}: `, "")}`);
  }
  return out;
}

const cents = (euros: number) => Math.round(euros * 100);

/**
 * The proposal's mission with the pioneer's parameters. Bad values are left to
 * `@pionniers/dla-budget`, whose errors name the field.
 *
 * @param p the parameters
 * @returns the mission
 */
export function missionFrom(p: MissionParams): Mission {
  const m = proposalMission(p.start);
  return {
    ...m,
    experts: m.experts.map((e) => ({ ...e, dayRate: cents(p.dayRate) })),
    ...(m.remote ? { remote: { ...m.remote, price: cents(p.remotePrice) } } : {}),
    vat: p.vatRate > 0 ? { mode: "rate", rate: p.vatRate } : { mode: "franchise" },
    paymentTermDays: p.paymentTermDays,
  };
}

/**
 * The days to avoid, as `schedule` and `payments` take them. `@pionniers/dla-budget` has no
 * periods, only dates: August is every August day from the start to two years after (missions
 * last about ten months), which moves sessions, never due dates.
 */
export function avoidOf(p: MissionParams): Avoid {
  const dates: string[] = [];
  const year = Number(p.start.slice(0, 4));
  if (p.avoidAugust && Number.isInteger(year))
    for (let y = year; y <= year + 2; y++)
      for (let d = 1; d <= 31; d++) dates.push(`${y}-08-${String(d).padStart(2, "0")}`);
  return {
    weekends: p.avoidWeekends,
    ...(p.avoidHolidays ? { holidays: "FR" as const, alsaceMoselle: p.alsaceMoselle } : {}),
    ...(dates.length ? { dates } : {}),
  };
}

/** What a calendar day shows. */
export interface DayCell {
  date: string;
  day: number;
  inMonth: boolean;
  events: ScheduledEvent[];
  /** Payments due that day (the invoice's due date). */
  due: Payment[];
}

/** One month of the calendar: weeks of seven days, Monday first. */
export interface MonthGrid {
  /** `YYYY-MM`. */
  month: string;
  weeks: DayCell[][];
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The months of the mission as grids, from the first event's month to the last one's (or the
 * last payment due date's).
 *
 * @param events the schedule
 * @param pays the payments (their due dates are marked too)
 * @returns one grid per month, in order
 */
export function monthGrids(
  events: readonly ScheduledEvent[],
  pays: readonly Payment[],
): MonthGrid[] {
  const dates = [...events.map((e) => e.date), ...pays.map((p) => p.dueDate)].sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return [];
  const byDate = new Map<string, ScheduledEvent[]>();
  for (const e of events) byDate.set(e.date, [...(byDate.get(e.date) ?? []), e]);
  const dueBy = new Map<string, Payment[]>();
  for (const p of pays) dueBy.set(p.dueDate, [...(dueBy.get(p.dueDate) ?? []), p]);
  const grids: MonthGrid[] = [];
  const cursor = new Date(`${first.slice(0, 7)}-01T12:00:00Z`);
  while (iso(cursor).slice(0, 7) <= last.slice(0, 7)) {
    const month = iso(cursor).slice(0, 7);
    const day = new Date(cursor);
    day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7)); // back to Monday
    const weeks: DayCell[][] = [];
    do {
      const week: DayCell[] = [];
      for (let i = 0; i < 7; i++) {
        const date = iso(day);
        week.push({
          date,
          day: day.getUTCDate(),
          inMonth: date.startsWith(month),
          events: byDate.get(date) ?? [],
          due: dueBy.get(date) ?? [],
        });
        day.setUTCDate(day.getUTCDate() + 1);
      }
      weeks.push(week);
    } while (iso(day).startsWith(month));
    grids.push({ month, weeks });
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return grids;
}
