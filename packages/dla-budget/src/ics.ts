import type { ScheduledEvent } from "./calendar.ts";
import { dayNumber, minutes, parts } from "./dates.ts";
import { DlaBudgetError } from "./errors.ts";
import type { Lang } from "./money.ts";
import { checkTimeZone, FIRST_YEAR, inParisGap, PARIS_VTIMEZONE } from "./timezone.ts";

/** Options of {@link toICS}. */
export interface ICSOptions {
  /** IANA zone of the events' local times; only `"Europe/Paris"` is supported. */
  timeZone: string;
  /** Language of SUMMARY and DESCRIPTION (default `"fr"`). */
  lang?: Lang;
  /** DTSTAMP instant (default now); pass one for byte-identical output. */
  now?: Date | string;
}

function text(s: string): string {
  return s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, "\\n");
}

const enc = new TextEncoder();

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
function fold(line: string): string {
  const out: string[] = [];
  let cur = "";
  let size = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    if (size + n > 75) {
      out.push(cur);
      cur = " ";
      size = 1;
    }
    cur += ch;
    size += n;
  }
  out.push(cur);
  return out.join("\r\n");
}

const compact = (date: string, time: string) =>
  `${date.replace(/-/g, "")}T${time.replace(":", "")}00`;

/**
 * Writes events as an RFC 5545 calendar: a `VTIMEZONE` for the zone, `DTSTART`/`DTEND` in local
 * time with `TZID` (so calendars keep 09:00 at 09:00 across daylight-saving changes), `DTSTAMP`
 * in UTC, UIDs stable across runs (mission id + event id), escaped text, lines folded at 75
 * octets and ended by CRLF.
 *
 * @param events - from {@link schedule}
 * @param options - `timeZone: "Europe/Paris"`; `lang`; `now` for DTSTAMP
 * @returns the `.ics` text
 * @throws DlaBudgetError `unsupported-time-zone` for any other zone, `invalid-date` for a date
 *   before 1997, `nonexistent-local-time` for a time inside the spring-forward gap
 * @example
 * ```ts
 * const ics = toICS(schedule(proposalMission("2027-01-04")), { timeZone: "Europe/Paris" });
 * ```
 */
export function toICS(events: readonly ScheduledEvent[], options: ICSOptions): string {
  checkTimeZone(options.timeZone);
  const lang = options.lang ?? "fr";
  const now = new Date(options.now ?? Date.now());
  if (Number.isNaN(now.getTime())) {
    throw new DlaBudgetError("invalid-date", "now", "not a date — pass a Date or an ISO instant");
  }
  const stamp = `${now.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`;
  const tz = options.timeZone;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Pionniers//dla-budget//FR",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...PARIS_VTIMEZONE,
  ];
  events.forEach((e, i) => {
    const f = `events[${i}]`;
    const ok = (v: unknown) => typeof v === "string";
    if (!ok(e?.id) || !ok(e.mission) || !ok(e.kind) || !ok(e.title?.[lang])) {
      throw new DlaBudgetError("invalid-field", f, "not an event — pass events from schedule()");
    }
    const day = dayNumber(e.date, `${f}.date`);
    if (parts(day).year < FIRST_YEAR) {
      throw new DlaBudgetError(
        "invalid-date",
        `${f}.date`,
        `${e.date} is before ${FIRST_YEAR} — the Europe/Paris rule written here starts in 1996`,
      );
    }
    if (minutes(e.end, `${f}.end`) <= minutes(e.start, `${f}.start`)) {
      throw new DlaBudgetError(
        "invalid-time",
        `${f}.end`,
        `${e.end} is not after ${e.start} — end the event after it starts`,
      );
    }
    for (const k of ["start", "end"] as const) {
      if (inParisGap(day, minutes(e[k], `${f}.${k}`))) {
        throw new DlaBudgetError(
          "nonexistent-local-time",
          `${f}.${k}`,
          `${e.date} ${e[k]} does not exist in Europe/Paris (clocks jump from 02:00 to 03:00) — pick another time`,
        );
      }
    }
    const m = e.moved;
    if (m && !(ok(m.from) && Array.isArray(m.reasons) && m.reasons.every((r) => ok(r?.[lang])))) {
      throw new DlaBudgetError(
        "invalid-field",
        `${f}.moved`,
        "not { from, reasons } — pass events from schedule()",
      );
    }
    const desc = e.moved
      ? `${lang === "fr" ? `Déplacé du ${e.moved.from} :` : `Moved from ${e.moved.from}:`} ${e.moved.reasons.map((r) => r[lang]).join(" ; ")}`
      : undefined;
    lines.push(
      "BEGIN:VEVENT",
      `UID:${text(`${e.mission}/${e.id}`)}@pionniers-dla-budget`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=${tz}:${compact(e.date, e.start)}`,
      `DTEND;TZID=${tz}:${compact(e.date, e.end)}`,
      `SUMMARY:${text(e.title[lang])}`,
      `CATEGORIES:${e.kind.toUpperCase()}`,
      ...(desc ? [`DESCRIPTION:${text(desc)}`] : []),
      "END:VEVENT",
    );
  });
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
