import { estimate, payments, schedule } from "@pionniers/dla-budget";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fakeProfile } from "../../../test/fake-browser.ts";
import { send } from "../../messages.ts";
import {
  avoidOf,
  defaultParams,
  MISSION_ID,
  missionData,
  missionFrom,
  monthGrids,
} from "./mission.ts";

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

describe("the collective's mission document", () => {
  const params = { ...defaultParams("2026-11-28"), start: "2027-01-04" };

  it("is kept for everyone: written through the background, read back with the typed values", async () => {
    const { platform } = fakeProfile();
    const typed = { ...params, dayRate: 1150, issuer: "Coop'Conseil", avoidAugust: false };
    await send(platform, "toolboxPut", {
      collection: "missions",
      docs: [{ id: MISSION_ID, data: typed }],
    });
    const [doc] = await send(platform, "toolboxList", { collection: "missions" });
    expect(missionData(doc?.data)).toEqual(typed);
  });

  it.each([
    ["a payment term over the legal 60 days", { paymentTermDays: 90 }, /paymentTermDays.*60/],
    ["an impossible start date", { start: "2027-02-30" }, /start.*YYYY-MM-DD/],
    ["a day rate as text", { dayRate: "1000" }, /dayRate is not a number/],
    ["a day rate no bank handles", { dayRate: 1e13 }, /dayRate — .*10¹²/],
    ["a negative VAT rate", { vatRate: -5 }, /vatRate is not a number ≥ 0/],
    ["an issuer of 300 characters", { issuer: "x".repeat(300) }, /issuer is not a text/],
    ["a flag that is not a boolean", { avoidWeekends: "yes" }, /avoidWeekends is not true/],
  ])("refuses %s with a clear error and stores nothing", async (_, change, message) => {
    const { platform } = fakeProfile();
    const put = send(platform, "toolboxPut", {
      collection: "missions",
      docs: [{ id: MISSION_ID, data: { ...params, ...change } }],
    });
    await expect(put).rejects.toMatchObject({ code: "invalid-mission" });
    await expect(put).rejects.toThrow(message);
    expect(await send(platform, "toolboxList", { collection: "missions" })).toEqual([]);
  });

  it("refuses what is not a mission at all, and keeps the mission already there", async () => {
    const { platform } = fakeProfile();
    await send(platform, "toolboxPut", {
      collection: "missions",
      docs: [{ id: MISSION_ID, data: params }],
    });
    for (const data of [null, [], "mission", { __proto__: { start: "2027-01-04" } }])
      await expect(
        send(platform, "toolboxPut", { collection: "missions", docs: [{ id: MISSION_ID, data }] }),
      ).rejects.toMatchObject({ code: "invalid-mission" });
    const [doc] = await send(platform, "toolboxList", { collection: "missions" });
    expect(missionData(doc?.data)).toEqual(params);
  });

  it("reads a document written before a field existed with that field's default", () => {
    const { avoidAugust: _, issuer: __, ...older } = params;
    expect(missionData(older)).toMatchObject({ avoidAugust: true, issuer: "" });
  });

  it("keeps sessions out of August when asked, and due dates on working days", () => {
    const mission = missionFrom(params);
    const august = (p: typeof params) =>
      schedule(mission, { avoid: avoidOf(p) }).filter((e) => e.date.slice(5, 7) === "08");
    expect(august({ ...params, avoidAugust: false }).length).toBeGreaterThan(0);
    expect(august(params)).toEqual([]);
    for (const p of payments(mission, { avoid: avoidOf(params) }))
      expect([0, 6]).not.toContain(new Date(`${p.dueDate}T12:00:00Z`).getUTCDay());
  });
});
