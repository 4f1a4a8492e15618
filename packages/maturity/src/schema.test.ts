import { isMaturityError, parseAnswers, validateModel } from "@pionniers/maturity";
import { model } from "@pionniers/maturity/model";
import { describe, expect, test } from "vitest";
import type { MaturityModel } from "./types.ts";

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (isMaturityError(e)) return `${e.code}@${e.path ?? ""}`;
    throw e;
  }
  return undefined;
}

const clone = (): { -readonly [K in keyof MaturityModel]: MaturityModel[K] } =>
  structuredClone(model) as MaturityModel;

describe("the built-in model", () => {
  test("passes its own validation: 5 levels, 8 dimensions, 4–6 questions each", () => {
    expect(validateModel(model)).toBe(model);
    expect(model.levels.map((l) => l.id)).toEqual([
      "isolation",
      "exchange",
      "collaboration",
      "cooperation",
      "commons",
    ]);
    expect(model.dimensions.map((d) => d.id)).toEqual([
      "sharing",
      "power",
      "decision",
      "openness",
      "projects",
      "tools",
      "facilitation",
      "pooling",
    ]);
  });

  test("every text differs between French and English (nothing left untranslated)", () => {
    const texts: { fr: string; en: string }[] = [];
    const walk = (x: unknown) => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === "object") {
        if ("fr" in x && "en" in x) texts.push(x as { fr: string; en: string });
        else Object.values(x).forEach(walk);
      }
    };
    walk(model);
    expect(texts.length).toBeGreaterThan(400);
    // Identical strings mean a copy left untranslated — except words the two languages share.
    const shared = new Set(["Collaboration"]);
    expect(texts.filter((t) => t.fr === t.en && !shared.has(t.fr))).toEqual([]);
  });

  test("every question offers one situation per level, so each level can be observed", () => {
    for (const q of model.questions) expect(q.options.map((o) => o.level)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("validateModel rejects broken models with a path", () => {
  test("an empty questionnaire", () => {
    const m = clone();
    m.questions = [];
    expect(codeOf(() => validateModel(m))).toBe("empty-questionnaire@questions");
  });

  test("a duplicated question id", () => {
    const m = clone();
    m.questions = [...m.questions, m.questions[0]!];
    expect(codeOf(() => validateModel(m))).toBe(
      `invalid-model@questions.${m.questions.length - 1}`,
    );
  });

  test("a question on an unknown dimension", () => {
    const m = clone();
    m.questions = [{ ...m.questions[0]!, id: "stray", dimension: "nowhere" }, ...m.questions];
    expect(codeOf(() => validateModel(m))).toBe("invalid-model@questions.0.dimension");
  });

  test("options out of order", () => {
    const m = clone();
    const q = m.questions[0]!;
    m.questions = [{ ...q, options: [...q.options].reverse() }, ...m.questions.slice(1)];
    expect(codeOf(() => validateModel(m))).toBe("invalid-model@questions.0.options");
  });

  test("a missing translation, located by its dotted path", () => {
    const m = structuredClone(model) as unknown as { dimensions: { name: { en: string } }[] };
    m.dimensions[2]!.name.en = " ";
    expect(codeOf(() => validateModel(m))).toBe("invalid-model@dimensions.2.name.en");
  });

  test("a dimension whose advice skips a level", () => {
    const m = structuredClone(model) as unknown as { dimensions: { steps: unknown[] }[] };
    m.dimensions[4]!.steps.splice(1, 1);
    expect(codeOf(() => validateModel(m))).toBe("invalid-model@dimensions.4.steps");
  });

  test("a dimension with too few questions", () => {
    const m = clone();
    m.questions = m.questions.filter((q) => q.id !== "pooling-data");
    expect(codeOf(() => validateModel(m))).toBe("invalid-model@dimensions.pooling");
  });
});

describe("parseAnswers", () => {
  test("accepts a saved draft and rejects a choice outside the scale, naming the question", () => {
    expect(parseAnswers({ "sharing-minutes": { choice: "dont-know", note: "?" } })).toEqual({
      "sharing-minutes": { choice: "dont-know", note: "?" },
    });
    expect(codeOf(() => parseAnswers({ "sharing-minutes": { choice: 6 } }))).toBe(
      "invalid-answer@sharing-minutes",
    );
  });
});
