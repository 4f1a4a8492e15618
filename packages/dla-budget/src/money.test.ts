import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, formatMoney, formatPercent, isDlaBudgetError } from "./index.ts";
import { percentsArb } from "./test-fixtures/missions.ts";

describe("allocate", () => {
  it("splits the proposal's 8,000 € as 3,200 / 3,200 / 1,600", () => {
    expect(allocate(800_000, [40, 40, 20])).toEqual([320_000, 320_000, 160_000]);
  });

  it("hands the odd cents to the largest remainders, earlier first on ties", () => {
    expect(allocate(100, [33.33, 33.33, 33.34])).toEqual([33, 33, 34]);
    expect(allocate(1, [50, 50])).toEqual([1, 0]);
    expect(allocate(2, [33.34, 33.33, 33.33])).toEqual([1, 1, 0]);
  });

  it("always sums to the total to the cent, each share within a cent of its exact value", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), percentsArb, (total, percents) => {
        const shares = allocate(total, percents);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
        shares.forEach((s, i) => {
          expect(Number.isSafeInteger(s)).toBe(true);
          const exact = (BigInt(total) * BigInt(Math.round((percents[i] ?? 0) * 100))) / 10_000n;
          expect(BigInt(s) - exact >= 0n && BigInt(s) - exact <= 1n).toBe(true);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses percentages that do not sum to 100, naming the field", () => {
    try {
      allocate(100, [40, 40, 10], "instalments");
      expect.unreachable();
    } catch (e) {
      expect(isDlaBudgetError(e) && e.code === "percent-sum" && e.field === "instalments").toBe(
        true,
      );
    }
    expect(() => allocate(100, [Number.NaN, 100])).toThrow(/percents\[0\]\.percent/);
    expect(() => allocate(-1, [100])).toThrow(/total/);
  });
});

describe("formatMoney", () => {
  it("writes French amounts with U+202F narrow no-break spaces", () => {
    expect(formatMoney(800_000)).toBe("8\u202f000,00\u202f€");
    expect(formatMoney(123_456_789_01)).toBe("123\u202f456\u202f789,01\u202f€");
    expect(formatMoney(5)).toBe("0,05\u202f€");
    expect(formatMoney(-150)).toBe("-1,50\u202f€");
  });

  it("writes English amounts with the sign first", () => {
    expect(formatMoney(800_000, "en")).toBe("€8,000.00");
    expect(formatPercent(33.33, "en")).toBe("33.33%");
    expect(formatPercent(40)).toBe("40\u202f%");
  });
});
