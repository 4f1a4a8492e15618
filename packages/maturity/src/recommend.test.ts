import {
  assess,
  isMaturityError,
  type Level,
  recommend,
  referencedActivityIds,
} from "@pionniers/maturity";
import { model } from "@pionniers/maturity/model";
import { describe, expect, test } from "vitest";
import { answersFrom } from "./test-fixtures/collective.ts";

const profile = assess(
  answersFrom({
    sharing: [1, 1, 1, 1],
    power: [2, 2, 2, 2],
    decision: [4, 4, 4, 4],
    openness: [5, 5, 5, 5],
    tools: [3, 3, 3, 3],
  }),
  { model },
);

describe("recommend", () => {
  test("one step per dimension below the target, furthest behind first, one level at a time", () => {
    const r = recommend(profile, { model, target: 4 });
    expect(r.steps.map((s) => [s.dimension, s.from, s.to, s.gap])).toEqual([
      ["sharing", 1, 2, 3],
      ["power", 2, 3, 2],
      ["tools", 3, 4, 1],
    ]);
    expect(r.reached).toEqual(["decision", "openness"]);
    expect(r.unassessed).toEqual(["projects", "facilitation", "pooling"]);
  });

  test("the target defaults to cooperation (4); target 5 also asks the dimensions at 4 to move", () => {
    expect(recommend(profile, { model }).target).toBe(4);
    const r = recommend(profile, { model, target: 5 });
    expect(r.steps.map((s) => s.dimension)).toContain("decision");
    expect(r.reached).toEqual(["openness"]);
  });

  test("every step of the built-in model has a practice, an activity and a free tool, each with a why in both languages", () => {
    for (const d of model.dimensions) {
      for (const level of [1, 2, 3, 4] as Level[]) {
        const p = assess(answersFrom({ [d.id]: [level, level, level, level] }), { model });
        const step = recommend(p, { model, target: 5 }).steps[0]!;
        expect(step).toMatchObject({ dimension: d.id, to: level + 1 });
        for (const list of [step.practices, step.activities, step.tools]) {
          expect(list.length).toBeGreaterThan(0);
          for (const item of list) expect(item.why.fr && item.why.en).toBeTruthy();
        }
      }
    }
  });

  test("a target outside 1–5, or a profile from another model version, is a typed error", () => {
    const codes = [
      () => recommend(profile, { model, target: 7 as Level }),
      () => recommend({ ...profile, modelVersion: "2.0.0" }, { model }),
    ].map((f) => {
      try {
        f();
      } catch (e) {
        return isMaturityError(e) ? e.code : "untyped";
      }
      return "none";
    });
    expect(codes).toEqual(["invalid-option", "version-mismatch"]);
  });
});

describe("referencedActivityIds", () => {
  test("lists every activity id the advice uses, once, sorted", () => {
    const ids = referencedActivityIds(model);
    expect(ids).toEqual([...new Set(ids)].sort());
    const used = model.dimensions.flatMap((d) =>
      d.steps.flatMap((s) => s.activities.map((a) => a.id)),
    );
    expect(new Set(ids)).toEqual(new Set(used));
    expect(ids).toContain("consentement");
  });
});
