import { forecast, isStoriesError } from "@pionniers/stories";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frenchBacklog } from "./test-fixtures/backlog.ts";

describe("forecast", () => {
  const history = [
    { velocity: 4 },
    { velocity: 2.5 },
    { velocity: 5 },
    { velocity: 3.5 },
    { velocity: 3 },
  ];

  it("is reproducible with a seed", () => {
    const a = forecast(history, frenchBacklog(), { seed: 42 });
    expect(forecast(history, frenchBacklog(), { seed: 42 })).toEqual(a);
  });

  it("gives capacities reached with rising confidence, within the history's range", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 0, max: 40 }).map((u) => u / 2),
          { minLength: 1, maxLength: 8 },
        ),
        fc.integer(),
        (velocities, seed) => {
          const f = forecast(velocities, [], { trials: 2000, seed });
          expect(f.p95).toBeLessThanOrEqual(f.p85);
          expect(f.p85).toBeLessThanOrEqual(f.p50);
          expect(f.p95).toBeGreaterThanOrEqual(Math.min(...velocities));
          expect(f.p50).toBeLessThanOrEqual(Math.max(...velocities));
        },
      ),
      { numRuns: 50 },
    );
  });

  it("reads the percentiles off the history: 85 % of chantiers delivered at least p85", () => {
    const f = forecast(history, frenchBacklog(), { seed: 1 });
    expect([f.p50, f.p85, f.p95]).toEqual([3.5, 2.5, 2.5]);
    expect(f.mean).toBeCloseTo(3.6, 1);
  });

  it("can only promise the slowest past chantier at 85 % and 95 % while the history is short", () => {
    const three = forecast([6, 4, 5], [], { seed: 9 });
    expect([three.p50, three.p85, three.p95]).toEqual([5, 4, 4]);
    const seven = [8, 7, 6, 5, 4, 3, 2];
    const f = forecast(seven, [], { seed: 9 });
    expect(f.p85).toBeGreaterThan(2);
    expect(f.p95).toBe(2);
    const twentyOne = Array.from({ length: 21 }, (_, i) => i + 1);
    expect(forecast(twentyOne, [], { seed: 9 }).p95).toBeGreaterThan(1);
  });

  it("fits the best open stories in the 85 % capacity", () => {
    const f = forecast(history, frenchBacklog(), { seed: 1 });
    expect(f.fitAt85.capacityDays).toBe(2.5);
    expect(f.fitAt85.stories.map((s) => s.id)).toEqual(["agenda"]);
    expect(f.fitAt85.loadDays).toBeLessThanOrEqual(2.5);
  });

  it("scales past completion rates to a new capacity", () => {
    const f = forecast(
      [
        { velocity: 4, plannedDays: 5 },
        { velocity: 5, plannedDays: 5 },
        { velocity: 5, plannedDays: 5 },
      ],
      [],
      { capacityDays: 10, seed: 3 },
    );
    expect([f.p50, f.p85, f.p95]).toEqual([10, 8, 8]);
  });

  it.each([
    [[], {}, "no-history"],
    [[Number.NaN], {}, "invalid-history"],
    [[{ velocity: 4 }], { capacityDays: 10 }, "invalid-history"],
    [[4], { trials: 0 }, "invalid-trials"],
    [[4], { seed: 1.5 }, "invalid-trials"],
    [[4], { capacityDays: -1 }, "invalid-capacity"],
  ])("refuses %o %o with %s", (h, options, code) => {
    try {
      forecast(h, [], options);
    } catch (e) {
      expect(isStoriesError(e) && e.code).toBe(code);
    }
    expect.assertions(1);
  });
});
