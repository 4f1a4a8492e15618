// Calendar arithmetic on plain `YYYY-MM-DD` strings through day numbers (days since
// 1970-01-01, proleptic Gregorian): no Date objects leak, so no host time zone can shift a day.
import { DlaBudgetError, show } from "./errors.ts";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY_MS = 86_400_000;

/** Day number of a valid ISO date; throws `invalid-date` naming `field` otherwise. */
export function dayNumber(iso: unknown, field: string): number {
  const m = typeof iso === "string" ? ISO_DATE.exec(iso) : null;
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    if (y >= 1900 && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) return ms / DAY_MS;
  }
  throw new DlaBudgetError(
    "invalid-date",
    field,
    `${show(iso)} is not a date — write YYYY-MM-DD (year 1900 or later), e.g. "2027-01-04"`,
  );
}

/** ISO date of a day number. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Day number from calendar parts (month 1–12). */
export function fromParts(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** Calendar parts of a day number; `weekday` is ISO (1 = Monday … 7 = Sunday). */
export function parts(day: number): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(day * DAY_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay() || 7,
  };
}

/** Same day `months` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: number, months: number): number {
  const p = parts(day);
  const first = fromParts(p.year, p.month + months, 1);
  const last = parts(fromParts(p.year, p.month + months + 1, 0)).day;
  return first + Math.min(p.day, last) - 1;
}

/** Minutes since midnight of a valid `HH:MM`; throws `invalid-time` naming `field` otherwise. */
export function minutes(hhmm: unknown, field: string): number {
  const m = typeof hhmm === "string" ? HH_MM.exec(hhmm) : null;
  if (!m) {
    throw new DlaBudgetError(
      "invalid-time",
      field,
      `${show(hhmm)} is not a time — write HH:MM on 24 hours, e.g. "09:00"`,
    );
  }
  return Number(m[1]) * 60 + Number(m[2]);
}
