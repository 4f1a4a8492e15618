// Europe/Paris without a time-zone database: since 1996 France follows the EU rule — summer
// time (UTC+2) from the last Sunday of March to the last Sunday of October, both at 01:00 UTC;
// UTC+1 otherwise. Tests check it against the host's `Intl` and `ical.js`.
import { fromParts, parts } from "./dates.ts";
import { DlaBudgetError, show } from "./errors.ts";

/** The only zone written so far; others are refused with `unsupported-time-zone`. */
export const PARIS = "Europe/Paris";

/** First year the EU rule (and so our VTIMEZONE) describes Paris time for the whole year. */
export const FIRST_YEAR = 1997;

function lastSunday(year: number, month: number): number {
  const last = fromParts(year, month + 1, 0);
  return last - (parts(last).weekday % 7);
}

/** UTC offset of Paris, in minutes, at a UTC instant (ms since the epoch). */
export function parisOffset(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  const on = lastSunday(year, 3) * 86_400_000 + 3_600_000;
  const off = lastSunday(year, 10) * 86_400_000 + 3_600_000;
  return utcMs >= on && utcMs < off ? 120 : 60;
}

/** True when `minute` (since local midnight) of `day` does not exist in Paris (spring-forward gap). */
export function inParisGap(day: number, minute: number): boolean {
  return day === lastSunday(parts(day).year, 3) && minute >= 120 && minute < 180;
}

/** Throws `unsupported-time-zone` unless `tz` is Europe/Paris, saying whether the host knows it. */
export function checkTimeZone(tz: unknown): void {
  if (tz === PARIS) return;
  let known = false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: String(tz) });
    known = true;
  } catch {}
  throw new DlaBudgetError(
    "unsupported-time-zone",
    "timeZone",
    `${show(tz)} is ${known ? "a time zone this package does not write yet" : "not an IANA time zone"} — use "Europe/Paris"`,
  );
}

/** The RFC 5545 VTIMEZONE of Europe/Paris (EU rule, valid from 1996). */
export const PARIS_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Paris",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19960331T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19961027T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];
