import { dayNumber, minutes } from "./dates.ts";
import { DlaBudgetError, show } from "./errors.ts";
import { allocate } from "./money.ts";

/** A text pioneers read, French first. */
export interface Bilingual {
  fr: string;
  en: string;
}

/** An expert of the mission and their day rate in cents (`100_000` = 1,000 €). */
export interface Expert {
  name: string;
  dayRate: number;
}

/** What kind of meeting a session is: a day in presence, a half-day inside a structure, or remote. */
export type SessionKind = "presence" | "intra-structure" | "remote";

/** Length of a session: days (multiples of ½) or hours (billed as `hours / hoursPerDay` days). */
export type Duration = { days: number } | { hours: number };

/** A local time slot, `HH:MM` on 24 hours, in the calendar's time zone. */
export interface Slot {
  start: string;
  end: string;
}

/**
 * A billed session. Presence sessions are laid out as whole days (a trailing ½ as a morning),
 * intra-structure sessions as half-days, one per working day.
 */
export interface Session {
  /** Stable id, used in event ids, ICS UIDs and payment milestones. */
  id: string;
  kind: SessionKind;
  label: Bilingual;
  duration: Duration;
  /** Months after the start date (M+3 → 3). */
  monthOffset: number;
  /** Experts attending (expert-days mobilised = days × experts). */
  experts: number;
  /** Experts billed, the first ones of `Mission.experts` (default: all attending). */
  billedExperts?: number;
  /** Time of each day (default 09:00–17:00; half-days 09:00–12:30). */
  slot?: Slot;
}

/** A monthly meeting rule, e.g. the first Tuesday 18:00–19:00 (`{ weekday: 2, nth: 1, … }`). */
export interface MonthlyRule extends Slot {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** 1–4 for the first … fourth such weekday of the month, -1 for the last. */
  nth: number;
}

/** The remote follow-up, billed as a package: one meeting a month from `fromMonth` to `toMonth`. */
export interface RemotePackage {
  label: Bilingual;
  /** Package price in cents. */
  price: number;
  /** Hours announced, e.g. `{ min: 8, max: 10 }`. */
  hours: { min: number; max: number };
  rule: MonthlyRule;
  fromMonth: number;
  toMonth: number;
}

/** The final report, handed over `monthOffset` months after the start. */
export interface FinalReport {
  label: Bilingual;
  monthOffset: number;
  slot?: Slot;
}

/** What triggers an instalment: the signature (start date), the end of a session, or the final report. */
export type Milestone =
  | { kind: "signature" }
  | { kind: "session-end"; session: string }
  | { kind: "final-report" };

/** A payment instalment: a share of the total, due on a milestone. */
export interface Instalment {
  label: Bilingual;
  /** Percentage, up to two decimals; all instalments sum to 100. */
  percent: number;
  milestone: Milestone;
}

/** VAT: `franchise` ("TVA non applicable, art. 293 B du CGI") or a rate in percent. */
export type Vat = { mode: "franchise" } | { mode: "rate"; rate: number };

/** A DLA accompaniment mission: everything the estimate, calendar, payments and quote derive from. */
export interface Mission {
  /** Stable id, part of every ICS UID. */
  id: string;
  title: Bilingual;
  /** Start date (signature of the agreement), `YYYY-MM-DD`. */
  start: string;
  experts: Expert[];
  sessions: Session[];
  remote?: RemotePackage;
  finalReport: FinalReport;
  instalments: Instalment[];
  vat: Vat;
  currency: "EUR";
  /** Days between invoice and due date: 30 by default, never over the legal 60. */
  paymentTermDays?: number;
  /** Hours in a billed day, for sessions measured in hours (default 7). */
  hoursPerDay?: number;
}

function bad(field: string, detail: string): never {
  throw new DlaBudgetError("invalid-number", field, detail);
}

function check(ok: boolean, field: string, value: unknown, want: string): void {
  if (!ok) bad(field, `${show(value)} is not valid — use ${want}`);
}

const isInt = (n: unknown): n is number => Number.isSafeInteger(n);
// Bounds keep every loop and every amount finite and exact: 600 months, 100 days, 10¹² cents.
const inRange = (n: unknown, min: number, max: number): n is number =>
  isInt(n) && n >= min && n <= max;

/** Throws `invalid-field` unless `v` is an object (or an array, with `array`). */
function shape(v: unknown, field: string, array = false): void {
  if (typeof v !== "object" || v === null || Array.isArray(v) !== array) {
    throw new DlaBudgetError(
      "invalid-field",
      field,
      `missing or not ${array ? "a list" : "an object"}`,
    );
  }
}

/** Throws `invalid-field` unless `v` is a `{ fr, en }` text. */
function bilingual(v: unknown, field: string): void {
  const t = v as Bilingual | undefined;
  if (typeof t?.fr !== "string" || typeof t.en !== "string") {
    throw new DlaBudgetError("invalid-field", field, 'not a text — write { fr: "…", en: "…" }');
  }
}

/** Billed days of a session. */
export function sessionDays(s: Session, hoursPerDay: number): number {
  return "days" in s.duration ? s.duration.days : s.duration.hours / hoursPerDay;
}

/**
 * Checks a mission coming from outside and throws a {@link DlaBudgetError} naming the first
 * bad field. Every public function calls it, so a mission read from JSON is safe to pass.
 */
export function validateMission(m: Mission): void {
  if (typeof m !== "object" || m === null) {
    throw new DlaBudgetError("invalid-field", "mission", "not an object — pass a Mission");
  }
  dayNumber(m.start, "start");
  bilingual(m.title, "title");
  if (m.currency !== "EUR") {
    throw new DlaBudgetError(
      "invalid-field",
      "currency",
      `${show(m.currency)} — only "EUR" is supported`,
    );
  }
  if (typeof m.id !== "string" || m.id === "") {
    throw new DlaBudgetError("invalid-field", "id", "missing — give the mission a stable id");
  }
  shape(m.experts, "experts", true);
  if (m.experts.length === 0) {
    throw new DlaBudgetError("invalid-field", "experts", "empty — list at least one expert");
  }
  m.experts.forEach((e, i) => {
    shape(e, `experts[${i}]`);
    if (typeof e.name !== "string") {
      throw new DlaBudgetError("invalid-field", `experts[${i}].name`, "missing — name the expert");
    }
    check(inRange(e.dayRate, 0, 1e12), `experts[${i}].dayRate`, e.dayRate, "cents from 0 to 10¹²");
  });
  const hpd = m.hoursPerDay ?? 7;
  check(Number.isFinite(hpd) && hpd > 0 && hpd <= 24, "hoursPerDay", hpd, "hours in (0, 24]");
  const term = m.paymentTermDays ?? 30;
  if (!isInt(term) || term < 0 || term > 60) {
    throw new DlaBudgetError(
      "payment-term",
      "paymentTermDays",
      `${show(term)} days — French law caps payment terms at 60 days; use an integer from 0 to 60`,
    );
  }
  shape(m.finalReport, "finalReport");
  bilingual(m.finalReport.label, "finalReport.label");
  const report = m.finalReport.monthOffset;
  check(inRange(report, 0, 600), "finalReport.monthOffset", report, "months from 0 to 600");
  const ids = new Set<string>();
  shape(m.sessions, "sessions", true);
  m.sessions.forEach((s, i) => {
    const f = `sessions[${i}]`;
    shape(s, f);
    bilingual(s.label, `${f}.label`);
    shape(s.duration, `${f}.duration`);
    if (typeof s.id !== "string" || s.id === "" || ids.has(s.id)) {
      throw new DlaBudgetError(
        "invalid-field",
        `${f}.id`,
        "missing or duplicate — give each session its own id",
      );
    }
    ids.add(s.id);
    if (!["presence", "intra-structure", "remote"].includes(s.kind)) {
      throw new DlaBudgetError(
        "invalid-field",
        `${f}.kind`,
        `${show(s.kind)} — use presence, intra-structure or remote`,
      );
    }
    const d = s.duration as { days?: number; hours?: number };
    if (d?.days !== undefined) {
      check(
        typeof d.days === "number" && inRange(d.days * 2, 1, 200),
        `${f}.duration.days`,
        d.days,
        "a multiple of 0.5 from 0.5 to 100",
      );
    } else {
      const h = d?.hours;
      check(
        Number.isFinite(h) && (h ?? 0) > 0 && (h ?? 0) <= 24,
        `${f}.duration.hours`,
        h,
        "hours in (0, 24]",
      );
    }
    check(
      isInt(s.monthOffset) && s.monthOffset >= 0,
      `${f}.monthOffset`,
      s.monthOffset,
      "an integer ≥ 0",
    );
    if (s.monthOffset > report) {
      throw new DlaBudgetError(
        "session-after-report",
        `${f}.monthOffset`,
        `M+${s.monthOffset} is after the final report at M+${report} — move the session or the report`,
      );
    }
    check(inRange(s.experts, 1, 1000), `${f}.experts`, s.experts, "an integer from 1 to 1000");
    const b = s.billedExperts ?? s.experts;
    check(
      isInt(b) && b >= 0 && b <= s.experts && b <= m.experts.length,
      `${f}.billedExperts`,
      b,
      "an integer from 0 to the experts attending and listed",
    );
    if (s.slot) checkSlot(s.slot, `${f}.slot`);
  });
  if (m.remote !== undefined) {
    const r = m.remote;
    shape(r, "remote");
    bilingual(r.label, "remote.label");
    shape(r.rule, "remote.rule");
    check(inRange(r.price, 0, 1e12), "remote.price", r.price, "cents from 0 to 10¹²");
    check(
      isInt(r.rule.weekday) && r.rule.weekday >= 1 && r.rule.weekday <= 7,
      "remote.rule.weekday",
      r.rule.weekday,
      "1 (Monday) to 7 (Sunday)",
    );
    check(
      [1, 2, 3, 4, -1].includes(r.rule.nth),
      "remote.rule.nth",
      r.rule.nth,
      "1 to 4, or -1 for the last",
    );
    checkSlot(r.rule, "remote.rule");
    check(
      isInt(r.fromMonth) && r.fromMonth >= 0 && isInt(r.toMonth) && r.toMonth >= r.fromMonth,
      "remote.toMonth",
      r.toMonth,
      "integers with 0 ≤ fromMonth ≤ toMonth",
    );
    if (r.toMonth > report) {
      throw new DlaBudgetError(
        "session-after-report",
        "remote.toMonth",
        `M+${r.toMonth} is after the final report at M+${report} — end the meetings earlier`,
      );
    }
  }
  if (m.finalReport.slot) checkSlot(m.finalReport.slot, "finalReport.slot");
  if (m.vat?.mode === "rate") {
    check(
      Number.isFinite(m.vat.rate) && m.vat.rate >= 0 && m.vat.rate <= 100,
      "vat.rate",
      m.vat.rate,
      "a percentage from 0 to 100",
    );
  } else if (m.vat?.mode !== "franchise") {
    throw new DlaBudgetError("invalid-field", "vat.mode", 'use "franchise" or "rate"');
  }
  shape(m.instalments, "instalments", true);
  m.instalments.forEach((p, i) => {
    const f = `instalments[${i}]`;
    shape(p, f);
    bilingual(p.label, `${f}.label`);
    shape(p.milestone, `${f}.milestone`);
    if (!["signature", "session-end", "final-report"].includes(p.milestone.kind)) {
      throw new DlaBudgetError(
        "invalid-field",
        `${f}.milestone.kind`,
        'use "signature", "session-end" or "final-report"',
      );
    }
    if (p.milestone.kind === "session-end" && !ids.has(p.milestone.session)) {
      throw new DlaBudgetError(
        "unknown-session",
        `instalments[${i}].milestone.session`,
        `no session ${show(p.milestone.session)} — use one of ${[...ids].join(", ")}`,
      );
    }
  });
  allocate(
    0,
    m.instalments.map((p) => p.percent),
    "instalments",
  );
}

function checkSlot(s: Slot, field: string): void {
  if (minutes(s.end, `${field}.end`) <= minutes(s.start, `${field}.start`)) {
    throw new DlaBudgetError(
      "invalid-time",
      `${field}.end`,
      `${s.end} is not after ${s.start} — end the slot after it starts`,
    );
  }
}
