import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frenchHolidays, isDlaBudgetError, payments, proposalMission, schedule } from "./index.ts";
import { avoidArb, missionArb } from "./test-fixtures/missions.ts";

const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe("schedule", () => {
  it("puts no event on an avoided day, and every moved event says why", () => {
    // Extra avoided dates are drawn from where the events would land if nothing were avoided,
    // so they really collide.
    const caseArb = fc.tuple(missionArb, avoidArb).chain(([m, avoid]) => {
      const natural = [...new Set(schedule(m, { avoid: {} }).map((e) => e.date))];
      return fc
        .subarray(natural)
        .map((hit) => [m, { ...avoid, dates: [...(avoid.dates ?? []), ...hit] }] as const);
    });
    fc.assert(
      fc.property(caseArb, ([m, avoid]) => {
        const evs = schedule(m, { avoid });
        const years = new Set(evs.map((e) => Number(e.date.slice(0, 4))));
        const holidays = new Set(
          [...years].flatMap((y) =>
            frenchHolidays(y, { alsaceMoselle: avoid.alsaceMoselle ?? false }).map((h) => h.date),
          ),
        );
        for (const e of evs) {
          if (avoid.weekends) expect([0, 6]).not.toContain(weekday(e.date));
          if (avoid.holidays === "FR") expect(holidays.has(e.date)).toBe(false);
          expect(avoid.dates).not.toContain(e.date);
          if (e.moved) {
            expect(e.moved.from < e.date).toBe(true);
            expect(e.moved.reasons.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic: the same input gives the same events", () => {
    fc.assert(
      fc.property(missionArb, avoidArb, (m, avoid) => {
        const copy = structuredClone(m);
        expect(schedule(copy, { avoid: structuredClone(avoid) })).toEqual(schedule(m, { avoid }));
      }),
      { numRuns: 100 },
    );
  });

  it("lists events in chronological order, payments matching `payments`", () => {
    fc.assert(
      fc.property(missionArb, (m) => {
        const evs = schedule(m);
        const keys = evs.map((e) => `${e.date} ${e.start}`);
        expect([...keys].sort()).toEqual(keys);
        const pay = evs.filter((e) => e.kind === "payment").map((e) => e.date);
        expect(pay.sort()).toEqual(
          payments(m)
            .map((p) => p.invoiceDate)
            .sort(),
        );
      }),
      { numRuns: 100 },
    );
  });

  it("moves a session off Ascension and Whit Monday and names them", () => {
    // M+4 from 2027-01-06 is Thursday 6 May 2027, Ascension.
    const m = proposalMission("2027-01-06");
    m.sessions[1]!.monthOffset = 4;
    const evs = schedule(m, { avoid: { weekends: true, holidays: "FR" } });
    const t = evs.filter((e) => e.session === "transposition");
    expect(t.map((e) => e.date)).toEqual(["2027-05-07", "2027-05-10"]);
    expect(t[0]!.moved).toEqual({
      from: "2027-05-06",
      reasons: [
        {
          fr: "jeudi 2027-05-06 : jour férié (Ascension)",
          en: "Thursday 2027-05-06: public holiday (Ascension Day)",
        },
      ],
    });
    expect(t[1]!.moved?.reasons.map((r) => r.en)).toEqual([
      "Saturday 2027-05-08: weekend",
      "Sunday 2027-05-09: weekend",
    ]);
  });

  it("holds the monthly meeting on the rule's day unless it is avoided", () => {
    const evs = schedule(proposalMission("2027-01-04")).filter((e) => e.kind === "remote");
    expect(evs.map((e) => e.date)).toEqual([
      "2027-02-02",
      "2027-03-02",
      "2027-04-06",
      "2027-05-04",
      "2027-06-01",
      "2027-07-06",
      "2027-08-03",
      "2027-09-07",
      "2027-10-05",
    ]);
    expect(evs.every((e) => e.start === "18:00" && e.end === "19:00")).toBe(true);
    // First Tuesday of November 2026 (M+1 from 2026-10-05) is not a holiday, but 2030-01-01 is.
    const m = proposalMission("2029-12-03");
    const jan = schedule(m).find((e) => e.id === "remote/m1");
    expect(jan?.date).toBe("2030-01-02");
    expect(jan?.moved?.reasons[0]?.fr).toBe("mardi 2030-01-01 : jour férié (Jour de l'an)");
  });

  it("counts months on the calendar, clamping to the month's end", () => {
    const m = proposalMission("2027-01-29");
    m.sessions[1]!.monthOffset = 1; // 29 February 2027 does not exist: Sunday 28 → Monday 1 March
    const t = schedule(m).find((e) => e.id === "transposition/1");
    expect([t?.moved?.from, t?.date]).toEqual(["2027-02-28", "2027-03-01"]);
  });

  it("avoids nothing when asked to", () => {
    const evs = schedule(proposalMission("2027-01-02"), { avoid: {} });
    expect(evs.find((e) => e.id === "pioneer-training/1")?.date).toBe("2027-01-02");
    expect(evs.some((e) => e.moved)).toBe(false);
  });

  it("refuses a session that would end after the final report", () => {
    const m = proposalMission("2027-01-04");
    m.sessions[3]!.monthOffset = 10;
    m.sessions[3]!.duration = { days: 3 };
    m.finalReport.monthOffset = 10;
    m.remote!.toMonth = 9;
    try {
      schedule(m);
      expect.unreachable();
    } catch (e) {
      expect(isDlaBudgetError(e) && e.code).toBe("session-after-report");
      expect((e as Error).message).toMatch(
        /consolidation\/2 falls on 2027-11-05, after the final report on 2027-11-04/,
      );
    }
  });
});
