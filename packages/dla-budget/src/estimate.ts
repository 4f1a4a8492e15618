import { DlaBudgetError } from "./errors.ts";
import type { Bilingual, Mission } from "./mission.ts";
import { sessionDays, validateMission } from "./mission.ts";

/** One line of an estimate or quote. Amounts in cents. */
export interface EstimateLine {
  /** Session id, or `"remote"` for the remote package. */
  id: string;
  label: Bilingual;
  quantity: number;
  unit: Bilingual;
  unitPrice: number;
  amount: number;
  /** Expert-days this line mobilises (days × experts attending); 0 for the package. */
  expertDays: number;
}

/** The priced mission: lines, totals in cents, billed days against expert-days mobilised. */
export interface Estimate {
  lines: EstimateLine[];
  /** Total before tax (*hors taxes*). */
  totalHT: number;
  /** VAT amount (0 under the franchise). */
  vat: number;
  /** Total with tax (*toutes taxes comprises*): what the client pays. */
  totalTTC: number;
  /** Days billed (sessions only, in one-expert days when `billedExperts` is 1). */
  billedDays: number;
  /** Expert-days actually mobilised in sessions. */
  expertDays: number;
}

const DAY: Bilingual = { fr: "jour", en: "day" };
const PACKAGE: Bilingual = { fr: "forfait", en: "package" };

/**
 * Prices a mission: one line per session (billed days × the day rates of the billed experts),
 * one line for the remote package, then HT, VAT and TTC totals in integer cents.
 *
 * @param mission - the mission (validated; bad fields throw a {@link DlaBudgetError})
 * @returns lines, totals, billed days and expert-days mobilised
 * @example
 * ```ts
 * const e = estimate(proposalMission("2027-01-04"));
 * e.totalTTC; // 800_000 (8,000 €)
 * e.billedDays; // 7.5
 * e.expertDays; // 15
 * ```
 */
export function estimate(mission: Mission): Estimate {
  validateMission(mission);
  const hpd = mission.hoursPerDay ?? 7;
  const lines: EstimateLine[] = mission.sessions.map((s) => {
    const days = sessionDays(s, hpd);
    const billed = s.billedExperts ?? s.experts;
    const unitPrice = mission.experts.slice(0, billed).reduce((a, e) => a + e.dayRate, 0);
    return {
      id: s.id,
      label: s.label,
      quantity: days,
      unit: DAY,
      unitPrice,
      amount: Math.round(days * unitPrice),
      expertDays: days * s.experts,
    };
  });
  const r = mission.remote;
  if (r) {
    lines.push({
      id: "remote",
      label: r.label,
      quantity: 1,
      unit: PACKAGE,
      unitPrice: r.price,
      amount: r.price,
      expertDays: 0,
    });
  }
  const totalHT = lines.reduce((a, l) => a + l.amount, 0);
  const vat = mission.vat.mode === "rate" ? Math.round((totalHT * mission.vat.rate) / 100) : 0;
  if (!Number.isSafeInteger(totalHT + vat)) {
    throw new DlaBudgetError(
      "invalid-number",
      "experts",
      "the total passes 2⁵³ cents and cannot be exact — lower the day rates or the experts billed",
    );
  }
  const sessionLines = lines.filter((l) => l.id !== "remote");
  return {
    lines,
    totalHT,
    vat,
    totalTTC: totalHT + vat,
    billedDays: sessionLines.reduce((a, l) => a + l.quantity, 0),
    expertDays: sessionLines.reduce((a, l) => a + l.expertDays, 0),
  };
}
