import { isStoriesError, prioritise } from "@pionniers/stories";
import { describe, expect, it } from "vitest";
import { frenchBacklog } from "./test-fixtures/backlog.ts";

const ids = (method?: "impact-per-cost" | "wsjf" | "rice" | "moscow") =>
  prioritise(frenchBacklog(), method ? { method } : {}).map((r) => r.story.id);

describe("prioritise", () => {
  it("ranks by impact × reach ÷ cost by default, cheaper first on ties, and explains each score", () => {
    const ranking = prioritise(frenchBacklog());
    expect(ranking.map((r) => r.story.id)).toEqual([
      "fiches",
      "cr-ca",
      "agenda",
      "salle",
      "cotisation",
      "livret",
      "sms",
      "site",
    ]);
    expect(ranking[0]).toMatchObject({ rank: 1, score: 15 });
    expect(ranking[0]?.explanation.fr).toBe("impact 3 × portée 5 ÷ coût 1 j = 15");
    expect(ranking[3]?.explanation.en).toBe("impact 3 × reach 4 ÷ cost 1.5 d = 8");
  });

  it("puts Must stories first with moscow", () => {
    expect(ids("moscow")).toEqual([
      "agenda",
      "salle",
      "fiches",
      "cotisation",
      "livret",
      "cr-ca",
      "sms",
      "site",
    ]);
  });

  it("rewards urgency with wsjf and confidence with rice", () => {
    const wsjf = prioritise(frenchBacklog(), { method: "wsjf" });
    expect(wsjf.find((r) => r.story.id === "salle")?.score).toBeCloseTo((3 + 5 + 4) / 1.5);
    const sure = frenchBacklog().map((s) => (s.id === "sms" ? { ...s, confidence: 0.5 } : s));
    const rice = prioritise(sure, { method: "rice" });
    expect(rice.find((r) => r.story.id === "sms")?.score).toBeCloseTo((1 * 2 * 0.5) / 4);
  });

  it("breaks ties deterministically, whatever the input order", () => {
    const backlog = frenchBacklog();
    expect(prioritise([...backlog].reverse()).map((r) => r.story.id)).toEqual(ids());
  });

  it("refuses an unknown method with a typed error", () => {
    try {
      prioritise(frenchBacklog(), { method: "vibes" as "rice" });
    } catch (e) {
      expect(isStoriesError(e) && e.code).toBe("unknown-method");
    }
    expect.assertions(1);
  });

  it("refuses a hand-made record with an absurd cost", () => {
    const [first, ...rest] = frenchBacklog();
    expect(() => prioritise([{ ...first!, cost: Number.NaN }, ...rest])).toThrow(
      /invalid cost NaN/,
    );
  });
});
