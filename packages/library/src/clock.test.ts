import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createClock, formatStamp, MAX_DRIFT_MS, parseStamp } from "./clock.ts";
import { isLibraryError } from "./errors.ts";

describe("createClock", () => {
  it("issues strictly increasing stamps even when the wall clock goes backwards", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2_000_000_000_000 }), { minLength: 1, maxLength: 200 }),
        (times) => {
          let i = 0;
          const clock = createClock("a", () => times[i++ % times.length]!);
          let previous = "";
          for (let k = 0; k < times.length; k++) {
            const s = clock.next();
            expect(s > previous).toBe(true);
            previous = s;
          }
        },
      ),
    );
  });

  it("uses the wall clock when it moves forward", () => {
    const clock = createClock("laptop", () => 1_732_822_345_123);
    expect(clock.next()).toBe("1732822345123-0000-laptop");
    expect(clock.next()).toBe("1732822345123-0001-laptop");
  });

  it("stamps after receiving are newer than the received stamp", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 1e12 }),
        (remoteWall, counter, local) => {
          const clock = createClock("b", () => local);
          const remote = formatStamp(Math.min(remoteWall, local + MAX_DRIFT_MS), counter, "a");
          clock.receive(remote);
          expect(clock.next() > remote).toBe(true);
        },
      ),
    );
  });

  it("keeps stamps monotonic across a counter overflow", () => {
    const clock = createClock("a", () => 5);
    let previous = clock.next();
    for (let i = 0; i < 10_050; i++) {
      const s = clock.next();
      expect(s > previous).toBe(true);
      previous = s;
    }
  });

  it("refuses stamps more than 24 h ahead with a typed error, and accepts 23 h", () => {
    const now = 1_700_000_000_000;
    const clock = createClock("a", () => now);
    clock.receive(formatStamp(now + 23 * 3_600_000, 0, "b"));
    const before = clock.last;
    try {
      clock.receive(formatStamp(now + 25 * 3_600_000, 0, "broken"));
      expect.unreachable();
    } catch (e) {
      expect(isLibraryError(e) && e.code).toBe("stamp-from-future");
    }
    expect(clock.last).toBe(before);
  });

  it("resumes after an earlier session's last stamp", () => {
    const clock = createClock("a", () => 0, { last: "1700000000000-0004-a" });
    expect(clock.next()).toBe("1700000000000-0005-a");
  });

  it("refuses bad replica ids and bad stamps", () => {
    expect(() => createClock("a b")).toThrow(/replica id/);
    expect(() => parseStamp("yesterday")).toThrow(/not a stamp/);
    expect(parseStamp("1732822345123-0002-laptop")).toEqual({
      wall: 1732822345123,
      counter: 2,
      replicaId: "laptop",
    });
  });
});
