import type { Move, ScheduleOptions } from "./calendar.ts";
import { dayFinder, layout } from "./calendar.ts";
import { isoDate } from "./dates.ts";
import { estimate } from "./estimate.ts";
import type { Bilingual, Milestone, Mission } from "./mission.ts";
import { allocate } from "./money.ts";

/** One instalment, dated and priced to the cent. */
export interface Payment {
  /** 1-based position. */
  index: number;
  label: Bilingual;
  percent: number;
  /** Amount in cents, TTC; all amounts sum to `estimate(mission).totalTTC` exactly. */
  amount: number;
  milestone: Milestone;
  /** Day the milestone is reached and the invoice issued, `YYYY-MM-DD`. */
  invoiceDate: string;
  /**
   * Invoice date + `paymentTermDays` (30 by default, never over 60). When that day is a
   * weekend or a public holiday the options avoid, the next working day — or the working day
   * before, when the next one would be over the legal 60 days.
   */
  dueDate: string;
  /** Present when the due date is not invoice date + term: the nominal day and why. */
  dueMoved?: Move;
  /** Present when avoided days pushed the milestone later. */
  moved?: Move;
}

/**
 * The payment schedule: the TTC total split by the instalments' percentages with the largest
 * remainder method (integer cents: the sum is always the total), each dated on its milestone —
 * signature, end of a session, or final report — with its due date.
 *
 * @param mission - the mission (validated)
 * @param options - days to avoid, as for {@link schedule}
 * @returns the instalments in the mission's order
 * @example
 * ```ts
 * payments(proposalMission("2027-01-04")).map((p) => p.amount); // [320_000, 320_000, 160_000]
 * ```
 */
export function payments(mission: Mission, options: ScheduleOptions = {}): Payment[] {
  const at = layout(mission, options);
  const total = estimate(mission).totalTTC;
  const amounts = allocate(
    total,
    mission.instalments.map((p) => p.percent),
    "instalments",
  );
  const term = mission.paymentTermDays ?? 30;
  // A due date is a bank's business: weekends and public holidays (as avoided) move it, the
  // experts' unavailable `dates` do not.
  const { dates: _events, ...bankAvoid } = options.avoid ?? { weekends: true, holidays: "FR" };
  const find = dayFinder(bankAvoid);
  const due = (invoice: number): { day: number; moved?: Move } => {
    const nominal = invoice + term;
    const next = find(nominal);
    if (!next.reasons.length) return { day: nominal };
    let day = next.day;
    if (day - invoice > 60) {
      day = nominal - 1;
      while (day > invoice && find(day).day !== day) day--;
    }
    return { day, moved: { from: isoDate(nominal), reasons: next.reasons } };
  };
  return mission.instalments.map((p, i) => {
    const m = p.milestone;
    const hit =
      m.kind === "signature"
        ? at.signature
        : m.kind === "final-report"
          ? at.report
          : { day: at.sessionEnds.get(m.session) ?? 0 };
    const d = due(hit.day);
    return {
      index: i + 1,
      label: p.label,
      percent: p.percent,
      amount: amounts[i] ?? 0,
      milestone: m,
      invoiceDate: isoDate(hit.day),
      dueDate: isoDate(d.day),
      ...("moved" in hit && hit.moved ? { moved: hit.moved } : {}),
      ...(d.moved ? { dueMoved: d.moved } : {}),
    };
  });
}
