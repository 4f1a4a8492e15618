// The mission page's glue: the few parameters a pioneer edits over the proposal's mission,
// and the month grid the calendar draws (weeks from Monday, sessions, meetings, payments).
import {
  type Avoid,
  type Mission,
  type Payment,
  proposalMission,
  type ScheduledEvent,
} from "@pionniers/dla-budget";

/** What the mission page lets a pioneer change; the rest is the proposal's. */
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
}

/** The proposal's parameters, starting on the first Monday of next month. */
export function defaultParams(today: string): MissionParams {
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
  };
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

/** The days to avoid, as `schedule` and `payments` take them. */
export function avoidOf(p: MissionParams): Avoid {
  return {
    weekends: p.avoidWeekends,
    ...(p.avoidHolidays ? { holidays: "FR" as const, alsaceMoselle: p.alsaceMoselle } : {}),
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
