// Internal layout shared by `schedule` and `payments`: where each session day, remote meeting,
// the final report and the signature land once avoided days are skipped.
import { addMonths, dayNumber, fromParts, isoDate, minutes, parts } from "./dates.ts";
import { DlaBudgetError } from "./errors.ts";
import { holidayOn } from "./holidays.ts";
import type { Bilingual, Mission, Slot } from "./mission.ts";
import { sessionDays, validateMission } from "./mission.ts";

/** Days no event may fall on. An empty object avoids nothing. */
export interface Avoid {
  /** Skip Saturdays and Sundays. */
  weekends?: boolean;
  /** Skip French public holidays (metropolitan; see {@link frenchHolidays}). */
  holidays?: "FR";
  /** With `holidays: "FR"`, also skip Alsace-Moselle's Good Friday and 26 December. */
  alsaceMoselle?: boolean;
  /** Further days to skip (`YYYY-MM-DD`), e.g. the experts' unavailabilities. */
  dates?: readonly string[];
}

/** Options of {@link schedule} and {@link payments}. */
export interface ScheduleOptions {
  /** Days to avoid; default `{ weekends: true, holidays: "FR" }`. */
  avoid?: Avoid;
}

/** Why an event is not on its nominal date: the nominal date and one reason per skipped day. */
export interface Move {
  from: string;
  reasons: Bilingual[];
}

/** What an event is. */
export type EventKind = "presence" | "intra-structure" | "remote" | "final-report" | "payment";

/** A dated event of the mission calendar, in local time of the calendar's time zone. */
export interface ScheduledEvent {
  /** Stable within the mission, e.g. `transposition/2`, `remote/m4`, `payment/1`. */
  id: string;
  /** Id of the mission, so UIDs stay unique across missions. */
  mission: string;
  kind: EventKind;
  title: Bilingual;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`, local. */
  start: string;
  /** `HH:MM`, local, after `start`. */
  end: string;
  /** The session this event belongs to, if any. */
  session?: string;
  /** Present when avoided days pushed the event later. */
  moved?: Move;
}

const WEEKDAYS = {
  fr: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};

/** Finds the first allowed day on or after a nominal day, with a reason per skipped day. */
export function dayFinder(avoid: Avoid): (day: number) => { day: number; reasons: Bilingual[] } {
  const extra = new Set((avoid.dates ?? []).map((d, i) => dayNumber(d, `avoid.dates[${i}]`)));
  const am = avoid.alsaceMoselle === true;
  return (from) => {
    const reasons: Bilingual[] = [];
    for (let day = from; ; day++) {
      const iso = isoDate(day);
      const wd = parts(day).weekday;
      const fr = `${WEEKDAYS.fr[wd - 1]} ${iso}`;
      const en = `${WEEKDAYS.en[wd - 1]} ${iso}`;
      const holiday = avoid.holidays === "FR" ? holidayOn(day, am) : undefined;
      if (avoid.weekends && wd >= 6) reasons.push({ fr: `${fr} : week-end`, en: `${en}: weekend` });
      else if (holiday) {
        reasons.push({
          fr: `${fr} : jour férié (${holiday.fr})`,
          en: `${en}: public holiday (${holiday.en})`,
        });
      } else if (extra.has(day)) {
        reasons.push({ fr: `${fr} : date à éviter`, en: `${en}: date to avoid` });
      } else return { day, reasons };
    }
  };
}

/** Where the mission lands: events (without payments) and the milestone days. */
export interface Layout {
  events: ScheduledEvent[];
  signature: { day: number; moved?: Move };
  sessionEnds: Map<string, number>;
  report: { day: number; moved?: Move };
}

function hhmm(min: number): string {
  return `${String(Math.floor(min / 60)).padStart(2, "0")}:${String(min % 60).padStart(2, "0")}`;
}

function move(from: number, reasons: Bilingual[]): { moved?: Move } {
  return reasons.length ? { moved: { from: isoDate(from), reasons } } : {};
}

/** Lays a validated mission out on the calendar. */
export function layout(mission: Mission, options: ScheduleOptions = {}): Layout {
  validateMission(mission);
  const find = dayFinder(options.avoid ?? { weekends: true, holidays: "FR" });
  const start = dayNumber(mission.start, "start");
  const events: ScheduledEvent[] = [];
  const sessionEnds = new Map<string, number>();
  const hpd = mission.hoursPerDay ?? 7;
  const order = mission.sessions
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.monthOffset - b.s.monthOffset || a.i - b.i);
  let free = start;
  for (const { s } of order) {
    const nominal = addMonths(start, s.monthOffset);
    const pieces: { label: Bilingual; slot: Slot }[] = [];
    if ("hours" in s.duration) {
      const from = s.slot ? minutes(s.slot.start, "slot.start") : 9 * 60;
      const end = Math.min(from + Math.round(s.duration.hours * 60), 23 * 60 + 59);
      pieces.push({
        label: { fr: "", en: "" },
        slot: s.slot ?? { start: hhmm(from), end: hhmm(end) },
      });
    } else {
      const halves = s.kind === "intra-structure";
      const days = sessionDays(s, hpd);
      const n = halves ? days * 2 : Math.ceil(days);
      for (let k = 1; k <= n; k++) {
        const half = halves || (k === n && days % 1 !== 0);
        const slot =
          s.slot ?? (half ? { start: "09:00", end: "12:30" } : { start: "09:00", end: "17:00" });
        const label = halves
          ? { fr: ` — ½ journée ${k}/${n}`, en: ` — half-day ${k}/${n}` }
          : { fr: ` — jour ${k}/${n}`, en: ` — day ${k}/${n}` };
        pieces.push({ label, slot });
      }
    }
    let want = Math.max(nominal, free);
    const first: Bilingual[] =
      want > nominal
        ? [{ fr: "après la session précédente", en: "after the previous session" }]
        : [];
    pieces.forEach(({ label, slot }, k) => {
      const found = find(want);
      events.push({
        id: `${s.id}/${k + 1}`,
        mission: mission.id,
        kind: s.kind,
        title: { fr: s.label.fr + label.fr, en: s.label.en + label.en },
        date: isoDate(found.day),
        ...slot,
        session: s.id,
        ...move(k === 0 ? nominal : want, k === 0 ? [...first, ...found.reasons] : found.reasons),
      });
      want = found.day + 1;
    });
    free = want;
    sessionEnds.set(s.id, want - 1);
  }
  const r = mission.remote;
  if (r) {
    const sp = parts(start);
    for (let k = r.fromMonth; k <= r.toMonth; k++) {
      let day: number;
      if (r.rule.nth > 0) {
        const first = fromParts(sp.year, sp.month + k, 1);
        day = first + ((r.rule.weekday - parts(first).weekday + 7) % 7) + 7 * (r.rule.nth - 1);
      } else {
        const last = fromParts(sp.year, sp.month + k + 1, 0);
        day = last - ((parts(last).weekday - r.rule.weekday + 7) % 7);
      }
      const found = find(day);
      events.push({
        id: `remote/m${k}`,
        mission: mission.id,
        kind: "remote",
        title: {
          fr: `Rencontre mensuelle à distance (M+${k})`,
          en: `Monthly remote meeting (M+${k})`,
        },
        date: isoDate(found.day),
        start: r.rule.start,
        end: r.rule.end,
        ...move(day, found.reasons),
      });
    }
  }
  const nominalReport = addMonths(start, mission.finalReport.monthOffset);
  const rep = find(nominalReport);
  const late = events.find((e) => e.date > isoDate(rep.day));
  if (late) {
    throw new DlaBudgetError(
      "session-after-report",
      late.session
        ? `sessions[${mission.sessions.findIndex((s) => s.id === late.session)}]`
        : "remote",
      `${late.id} falls on ${late.date}, after the final report on ${isoDate(rep.day)} — schedule it earlier or the report later`,
    );
  }
  events.push({
    id: "final-report",
    mission: mission.id,
    kind: "final-report",
    title: mission.finalReport.label,
    date: isoDate(rep.day),
    ...(mission.finalReport.slot ?? { start: "10:00", end: "11:00" }),
    ...move(nominalReport, rep.reasons),
  });
  const sig = find(start);
  return {
    events,
    signature: { day: sig.day, ...move(start, sig.reasons) },
    sessionEnds,
    report: { day: rep.day, ...move(nominalReport, rep.reasons) },
  };
}
