import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { backoffDelay } from "./backoff.ts";

describe("backoffDelay", () => {
  it("stays within [cap/2, cap] and never exceeds the maximum", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0, max: 0.999_999, noNaN: true }),
        (attempt, baseMs, maxMs, r) => {
          const cap = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 40));
          const d = backoffDelay(attempt, { baseMs, maxMs, random: () => r });
          expect(d).toBeGreaterThanOrEqual(Math.floor(cap / 2));
          expect(d).toBeLessThanOrEqual(Math.ceil(cap));
        },
      ),
    );
  });

  it("grows with each failure for a fixed random draw, up to the cap", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (a, r) => {
          const opts = { random: () => r };
          expect(backoffDelay(a + 1, opts)).toBeGreaterThanOrEqual(backoffDelay(a, opts));
        },
      ),
    );
    expect(backoffDelay(50, { random: () => 0.999 })).toBeLessThanOrEqual(300_000);
  });
});
