import {
  assess,
  collectiveView,
  isMaturityError,
  type Profile,
  recommend,
} from "@pionniers/maturity";
import { model } from "@pionniers/maturity/model";
import { describe, expect, test } from "vitest";
import { collectiveAnswers } from "./test-fixtures/collective.ts";

const profiles: Record<string, Profile> = Object.fromEntries(
  Object.entries(collectiveAnswers).map(([name, answers]) => [
    name,
    assess(answers, { model, label: name, date: "2026-11-28" }),
  ]),
);
const view = collectiveView(profiles);
const byDim = Object.fromEntries(view.dimensions.map((d) => [d.dimension, d]));

describe("golden: the five associations of the proposal (fictional answers)", () => {
  test("the common floor and ceiling per dimension", () => {
    expect(view.associations).toEqual([
      "ATABLE",
      "Inpact 37",
      "Sepant",
      "Cré-Sol",
      "Eco-habitat Groupé Touraine",
    ]);
    expect(view.dimensions.map((d) => [d.dimension, d.floor, d.ceiling, d.alignment])).toEqual([
      ["sharing", 2, 4, "divergent"],
      ["power", 2, 3, "close"],
      ["decision", 2, 2, "aligned"],
      ["openness", 1, 4, "divergent"],
      ["projects", 2, 3, "close"],
      ["tools", 3, 3, "aligned"],
      ["facilitation", 2, 4, "divergent"],
      ["pooling", 1, 2, "close"],
    ]);
    expect(view.aligned).toEqual(["decision", "tools"]);
  });

  test("the divergences of two levels or more — the conversations to have — largest first", () => {
    expect(view.divergences).toEqual([
      { dimension: "openness", spread: 3, behind: ["Cré-Sol"], ahead: ["Inpact 37"] },
      {
        dimension: "sharing",
        spread: 2,
        behind: ["Sepant"],
        ahead: ["Eco-habitat Groupé Touraine"],
      },
      { dimension: "facilitation", spread: 2, behind: ["Sepant"], ahead: ["Inpact 37"] },
    ]);
  });

  test("each association's level is kept, so the chart and the table can show who is where", () => {
    expect(byDim.pooling?.levels).toEqual({
      ATABLE: 1,
      "Inpact 37": 2,
      Sepant: 1,
      "Cré-Sol": 1,
      "Eco-habitat Groupé Touraine": 2,
    });
    expect(byDim.pooling?.behind).toEqual(["ATABLE", "Sepant", "Cré-Sol"]);
  });

  test("the floor profile carries the lowest score and confidence of each dimension", () => {
    const pooling = view.floorProfile.dimensions.find((d) => d.dimension === "pooling");
    // Sepant did not know one pooling answer and Cré-Sol skipped one: 3 of 4 answered.
    expect(pooling).toMatchObject({ level: 1, score: 0, confidence: 0.75 });
    expect(view.floorProfile.holdsBack).toBe("pooling");
  });

  test("advice for the collective aims first at what holds everyone back", () => {
    const advice = recommend(view.floorProfile, { model, target: 3 });
    // Two levels short first (pooling scores 0 at the floor, openness 6), then one level short;
    // those five all score 25 at the floor, so they keep the model's order.
    expect(advice.steps.map((s) => [s.dimension, s.from, s.to])).toEqual([
      ["pooling", 1, 2],
      ["openness", 1, 2],
      ["sharing", 2, 3],
      ["power", 2, 3],
      ["decision", 2, 3],
      ["projects", 2, 3],
      ["facilitation", 2, 3],
    ]);
    expect(advice.reached).toEqual(["tools"]);
    const first = advice.steps[0]!;
    expect(first.activities.map((a) => a.id)).toEqual(["cartographie-acteurs"]);
    expect(first.tools.map((t) => t.name)).toEqual(["EtherCalc"]);
    expect(first.practices[0]?.text.fr).toMatch(/inventaire des outils/);
  });
});

describe("collectiveView — edge cases", () => {
  test("an association that did not answer a dimension is left out of it, not counted as level 1", () => {
    const only = assess({ "sharing-minutes": { choice: 4 } }, { model });
    const v = collectiveView({ ATABLE: profiles.ATABLE!, Newcomer: only });
    const pooling = v.dimensions.find((d) => d.dimension === "pooling");
    expect(pooling).toMatchObject({ floor: 1, ceiling: 1, alignment: "unknown" });
    expect(pooling?.levels.Newcomer).toBeNull();
  });

  test("no profile, or profiles of two model versions, give typed errors", () => {
    const codes: string[] = [];
    for (const input of [
      {},
      { A: profiles.ATABLE!, B: { ...profiles.Sepant!, modelVersion: "0.9.0" } },
    ]) {
      try {
        collectiveView(input);
      } catch (e) {
        if (isMaturityError(e)) codes.push(`${e.code}@${e.path ?? ""}`);
      }
    }
    expect(codes).toEqual(["empty-collective@", "version-mismatch@B"]);
  });
});
