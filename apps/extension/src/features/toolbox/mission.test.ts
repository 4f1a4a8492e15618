import { estimate, payments, schedule } from "@pionniers/dla-budget";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { avoidOf, defaultParams, missionFrom, monthGrids } from "./mission.ts";

describe("mission glue", () => {
  it("is the proposal's mission by default: 8 000 € for 7.5 days billed", () => {
    const p = { ...defaultParams("2026-11-28"), start: "2027-01-04" };
    expect(defaultParams("2026-11-28").start).toBe("2026-12-07"); // first Monday of next month
    const e = estimate(missionFrom(p));
    expect([e.totalTTC, e.billedDays, e.expertDays]).toEqual([800_000, 7.5, 15]);
    const vat = estimate(missionFrom({ ...p, vatRate: 20, dayRate: 1200 }));
    expect(vat.totalHT).toBe(7.5 * 120_000 + 50_000);
    expect(vat.totalTTC).toBe(Math.round(vat.totalHT * 1.2));
  });

  it("puts every event and every due date in exactly one in-month day of a Monday-first grid", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2025-01-01"), max: new Date("2035-12-31"), noInvalidDate: true }),
        fc.boolean(),
        (d, weekends) => {
          const p = {
            ...defaultParams("2026-01-01"),
            start: d.toISOString().slice(0, 10),
            avoidWeekends: weekends,
          };
          const mission = missionFrom(p);
          const events = schedule(mission, { avoid: avoidOf(p) });
          const pays = payments(mission, { avoid: avoidOf(p) });
          const grids = monthGrids(events, pays);
          const cells = grids.flatMap((g) => g.weeks.flat().filter((c) => c.inMonth));
          expect(cells.flatMap((c) => c.events.map((e) => e.id)).sort()).toEqual(
            events.map((e) => e.id).sort(),
          );
          expect(cells.flatMap((c) => c.due).length).toBe(pays.length);
          for (const g of grids)
            for (const w of g.weeks) {
              expect(w).toHaveLength(7);
              expect(new Date(`${w[0]!.date}T12:00:00Z`).getUTCDay()).toBe(1);
            }
        },
      ),
      { numRuns: 40 },
    );
  });
});
