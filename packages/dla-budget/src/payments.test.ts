import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frenchHolidays, payments, proposalMission } from "./index.ts";
import { avoidArb, missionArb } from "./test-fixtures/missions.ts";

const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe("payments' due dates", () => {
  it("fall on a working day when weekends and holidays are avoided, within the legal 60 days", () => {
    fc.assert(
      fc.property(missionArb, avoidArb, fc.integer({ min: 0, max: 60 }), (m, avoid, term) => {
        const pays = payments({ ...m, paymentTermDays: term }, { avoid });
        for (const p of pays) {
          const year = Number(p.dueDate.slice(0, 4));
          const holidays = frenchHolidays(year, { alsaceMoselle: avoid.alsaceMoselle ?? false });
          if (avoid.weekends) expect([0, 6]).not.toContain(weekday(p.dueDate));
          if (avoid.holidays === "FR") expect(holidays.map((h) => h.date)).not.toContain(p.dueDate);
          const days = dayOf(p.dueDate) - dayOf(p.invoiceDate);
          expect(days).toBeGreaterThanOrEqual(0);
          expect(days).toBeLessThanOrEqual(60);
          // Moved or not, the pioneer is told: the nominal day stays on record.
          if (days !== term) expect(p.dueMoved?.from).toBeDefined();
          else expect(p.dueMoved).toBeUndefined();
        }
      }),
      { numRuns: 200 },
    );
  });

  it("moves a Saturday due date to Monday and says why; nothing avoided, nothing moves", () => {
    const m = proposalMission("2027-01-04");
    const third = payments(m, { avoid: { weekends: true, holidays: "FR" } })[2]!;
    expect([third.invoiceDate, third.dueDate]).toEqual(["2027-11-04", "2027-12-06"]);
    expect(third.dueMoved?.from).toBe("2027-12-04");
    expect(third.dueMoved?.reasons.map((r) => r.fr)).toEqual([
      "samedi 2027-12-04 : week-end",
      "dimanche 2027-12-05 : week-end",
    ]);
    expect(payments(m, { avoid: {} })[2]?.dueDate).toBe("2027-12-04");
  });

  it("keeps within 60 days: a 60-day term ending on a Sunday falls due the Friday before", () => {
    // Signature on Wednesday 2027-01-06; 60 days later is Sunday 2027-03-07.
    const m = { ...proposalMission("2027-01-06"), paymentTermDays: 60 };
    const first = payments(m, { avoid: { weekends: true } })[0]!;
    expect([first.invoiceDate, first.dueDate]).toEqual(["2027-01-06", "2027-03-05"]);
    expect(first.dueMoved?.from).toBe("2027-03-07");
  });

  it("ignores the experts' unavailable dates: they move sessions, not a bank's due date", () => {
    const m = proposalMission("2027-01-04");
    const [first] = payments(m, { avoid: { weekends: true, dates: ["2027-02-03"] } });
    expect(first?.dueDate).toBe("2027-02-03");
  });
});
