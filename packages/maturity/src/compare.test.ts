import { assess, compareProfiles, isMaturityError, type Level } from "@pionniers/maturity";
import { model } from "@pionniers/maturity/model";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { answersFrom } from "./test-fixtures/collective.ts";

const january = assess(
  answersFrom({ sharing: [2, 2, 2, 2], pooling: [1, 1, 1, 1], tools: [3, 3, 3, 3] }),
  { model, date: "2027-01-15" },
);
const june = assess(
  answersFrom({
    sharing: [3, 3, 4, 3],
    pooling: [1, 2, 1, 1],
    tools: [3, 3, 2, 3],
    power: [2, 2, 2, 2],
  }),
  { model, date: "2027-06-20" },
);

describe("compareProfiles", () => {
  test("progress per dimension between two dates, including moves within a level", () => {
    const p = compareProfiles(january, june);
    expect(p).toMatchObject({ from: "2027-01-15", to: "2027-06-20" });
    const rows = Object.fromEntries(p.dimensions.map((d) => [d.dimension, d]));
    expect(rows.sharing).toMatchObject({
      before: 2,
      after: 3,
      levelChange: 1,
      scoreChange: 31,
      trend: "up",
    });
    // Still level 1, but one answer better: the score shows it.
    expect(rows.pooling).toMatchObject({ before: 1, after: 1, levelChange: 0, trend: "up" });
    expect(rows.tools).toMatchObject({ before: 3, after: 2, levelChange: -1, trend: "down" });
    expect(rows.power).toMatchObject({
      before: null,
      after: 2,
      levelChange: null,
      trend: "unknown",
    });
  });

  test("a profile compared with itself is steady everywhere it is known", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Level>(1, 2, 3, 4, 5), { minLength: 4, maxLength: 4 }),
        (row) => {
          const p = assess(answersFrom({ decision: row }), { model });
          const c = compareProfiles(p, p);
          for (const d of c.dimensions)
            expect(d.trend).toBe(d.before === null ? "unknown" : "steady");
        },
      ),
    );
  });

  test("profiles from different model versions cannot be compared", () => {
    try {
      compareProfiles(january, { ...june, modelVersion: "2.0.0" });
      expect.unreachable();
    } catch (e) {
      expect(isMaturityError(e) && e.code).toBe("version-mismatch");
    }
  });
});
