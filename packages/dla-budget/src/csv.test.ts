import {
  estimate,
  estimateToCSV,
  payments,
  paymentsToCSV,
  proposalMission,
  schedule,
  scheduleToCSV,
} from "@pionniers/dla-budget";
import { describe, expect, it } from "vitest";

const m = proposalMission("2027-01-04");

describe("CSV exports", () => {
  it("exports estimate lines for French spreadsheets (semicolons, decimal commas)", () => {
    const rows = estimateToCSV(estimate(m)).split("\r\n");
    expect(rows[0]).toBe(
      "id;désignation;quantité;unité;prix unitaire HT (EUR);montant HT (EUR);jours-experts",
    );
    expect(rows[3]).toBe(
      "intra-structure;Demi-journées en intra-structure (5 × ½ journée);2,5;jour;1000,00;2500,00;5",
    );
    expect(rows).toHaveLength(7); // header, 5 lines, trailing empty
  });

  it("exports instalments in English with commas, quoting fields that contain them", () => {
    const csv = paymentsToCSV(payments(m), { lang: "en" });
    expect(csv.split("\r\n").slice(0, 2)).toEqual([
      "instalment,label,percent,amount (EUR),invoice date,due date",
      "1,Start (signature of the agreement),40,3200.00,2027-01-04,2027-02-03",
    ]);
    const quoted = paymentsToCSV([{ ...payments(m)[0]!, label: { fr: 'a "b"', en: "x, y" } }], {
      lang: "en",
    });
    expect(quoted.split("\r\n")[1]).toBe('1,"x, y",40,3200.00,2027-01-04,2027-02-03');
  });

  it("exports events with the reason they moved", () => {
    const csv = scheduleToCSV(schedule(m), { lang: "en" });
    expect(csv).toContain(
      "transposition/1,presence,Transposition within the structures (in presence) — day 1/2,2027-04-05,09:00,17:00,2027-04-04,Sunday 2027-04-04: weekend",
    );
  });
});
