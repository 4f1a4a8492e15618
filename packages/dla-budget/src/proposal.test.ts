// Golden test: the figures of the proposal's "Calendrier prévisionnel et estimation financière".

import { estimate, payments, proposalMission, schedule } from "@pionniers/dla-budget";
import { describe, expect, it } from "vitest";

describe("proposalMission", () => {
  const m = proposalMission("2027-01-04");

  it("costs 7,500 € of presence days plus the 500 € remote package: 8,000 €", () => {
    const e = estimate(m);
    const presence = e.lines.filter((l) => l.id !== "remote").reduce((a, l) => a + l.amount, 0);
    expect(presence).toBe(750_000);
    expect(e.lines.find((l) => l.id === "remote")?.amount).toBe(50_000);
    expect([e.totalHT, e.vat, e.totalTTC]).toEqual([800_000, 0, 800_000]);
    expect(e.lines.map((l) => [l.id, l.quantity, l.unitPrice])).toEqual([
      ["pioneer-training", 2, 100_000],
      ["transposition", 2, 100_000],
      ["intra-structure", 2.5, 100_000],
      ["consolidation", 1, 100_000],
      ["remote", 1, 50_000],
    ]);
  });

  it("mobilises 15 expert-days for 7.5 billed: two experts for the price of one", () => {
    const e = estimate(m);
    expect([e.billedDays, e.expertDays]).toEqual([7.5, 15]);
  });

  it("pays 3,200 / 3,200 / 1,600 € at signature, mid-mission and final report, 30 days net (next working day)", () => {
    expect(payments(m).map((p) => [p.percent, p.amount, p.invoiceDate, p.dueDate])).toEqual([
      [40, 320_000, "2027-01-04", "2027-02-03"],
      [40, 320_000, "2027-04-06", "2027-05-07"],
      [20, 160_000, "2027-11-04", "2027-12-06"],
    ]);
  });

  it("lays out the calendar: M+0, M+3, M+7, M+9 sessions, 9 monthly meetings, report at M+10", () => {
    const evs = schedule(m, { avoid: { weekends: true, holidays: "FR" } });
    const days = (kind: string) => evs.filter((e) => e.kind === kind).map((e) => e.date);
    expect(days("presence")).toEqual([
      "2027-01-04",
      "2027-01-05",
      "2027-04-05",
      "2027-04-06",
      "2027-10-04",
    ]);
    expect(days("intra-structure")).toEqual([
      "2027-08-04",
      "2027-08-05",
      "2027-08-06",
      "2027-08-09",
      "2027-08-10",
    ]);
    expect(days("remote")).toHaveLength(9); // 9 hours, inside the announced 8–10
    expect(days("final-report")).toEqual(["2027-11-04"]);
    const hours = evs.filter((e) => e.kind === "intra-structure").map((e) => `${e.start}-${e.end}`);
    expect(new Set(hours)).toEqual(new Set(["09:00-12:30"]));
  });
});
