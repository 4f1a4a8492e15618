import {
  type Answers,
  assess,
  isMaturityError,
  type Level,
  type Profile,
} from "@pionniers/maturity";
import { model } from "@pionniers/maturity/model";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { answersFrom } from "./test-fixtures/collective.ts";

type Cell = Level | "dont-know" | undefined;

/** One cell per question of the built-in model: a level, "don't know", or left out. */
const cells = fc.array(
  fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant("dont-know" as const) },
    { weight: 4, arbitrary: fc.constantFrom<Level>(1, 2, 3, 4, 5) },
  ),
  { minLength: model.questions.length, maxLength: model.questions.length },
);

function toAnswers(cs: readonly Cell[]): Answers {
  const answers: Record<string, { choice: Level | "dont-know" }> = {};
  cs.forEach((c, i) => {
    if (c !== undefined) answers[model.questions[i]!.id] = { choice: c };
  });
  return answers;
}

const nonEmpty = cells.filter((cs) => cs.some((c) => c !== undefined));

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (isMaturityError(e)) return `${e.code}@${e.path ?? ""}`;
    throw e;
  }
  return undefined;
}

const levelOfScore = (s: number) => Math.min(5, 1 + Math.floor(s / 25));

describe("assess — laws", () => {
  test("scores stay within 0–100, levels within 1–5, confidence within 0–1, and the level matches the score's band", () => {
    fc.assert(
      fc.property(nonEmpty, (cs) => {
        const p = assess(toAnswers(cs), { model });
        for (const r of [...p.dimensions, p.overall]) {
          expect(r.confidence).toBeGreaterThanOrEqual(0);
          expect(r.confidence).toBeLessThanOrEqual(1);
          if (r.score === null) {
            expect(r.level).toBeNull();
            continue;
          }
          expect(Number.isInteger(r.score)).toBe(true);
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100);
          expect(r.level).toBe(levelOfScore(r.score));
        }
      }),
    );
  });

  test("monotonic: choosing better situations never lowers a level or a score", () => {
    const bumps = fc.array(fc.integer({ min: 0, max: 4 }), {
      minLength: model.questions.length,
      maxLength: model.questions.length,
    });
    fc.assert(
      fc.property(nonEmpty, bumps, (cs, up) => {
        const better = cs.map((c, i) =>
          typeof c === "number" ? (Math.min(5, c + up[i]!) as Level) : c,
        );
        const a = assess(toAnswers(cs), { model });
        const b = assess(toAnswers(better), { model });
        a.dimensions.forEach((d, i) => {
          const e = b.dimensions[i]!;
          if (d.level === null) return;
          expect(e.level).toBeGreaterThanOrEqual(d.level);
          expect(e.score).toBeGreaterThanOrEqual(d.score ?? 0);
        });
        if (a.overall.level !== null) {
          expect(b.overall.level).toBeGreaterThanOrEqual(a.overall.level);
          expect(b.overall.score).toBeGreaterThanOrEqual(a.overall.score ?? 0);
        }
      }),
    );
  });

  test("partial answers: dropping or not knowing answers never crashes and never raises confidence", () => {
    const drops = fc.array(fc.constantFrom("keep", "drop", "dont-know"), {
      minLength: model.questions.length,
      maxLength: model.questions.length,
    });
    fc.assert(
      fc.property(nonEmpty, drops, (cs, what) => {
        const partial = cs.map(
          (c, i): Cell =>
            what[i] === "drop" ? undefined : what[i] === "dont-know" && c ? "dont-know" : c,
        );
        // Keep one entry so there is something to assess.
        if (!partial.some((c) => c !== undefined)) partial[0] = "dont-know";
        const full = assess(toAnswers(cs), { model });
        const less = assess(toAnswers(partial), { model });
        less.dimensions.forEach((d, i) => {
          expect(d.confidence).toBeLessThanOrEqual(full.dimensions[i]!.confidence);
        });
        expect(less.overall.confidence).toBeLessThanOrEqual(full.overall.confidence);
      }),
    );
  });

  test('"don\'t know" lowers confidence but never moves a level or a score', () => {
    fc.assert(
      fc.property(nonEmpty, (cs) => {
        const withDontKnow = cs.map((c) => c ?? "dont-know");
        const a = assess(toAnswers(cs), { model });
        const b = assess(toAnswers(withDontKnow), { model });
        expect(b.dimensions.map((d) => [d.level, d.score, d.confidence])).toEqual(
          a.dimensions.map((d) => [d.level, d.score, d.confidence]),
        );
      }),
    );
  });
});

describe("assess — what a pioneer sees", () => {
  const answers = answersFrom(
    {
      sharing: [4, 4, 4, 4],
      power: [2, 2, 2, "?"],
      decision: [3, 3, 3, 3],
      openness: [4, 5, 4, 5],
      projects: [1, 2, 1, 1],
      tools: [3, 3, 3, 3],
      facilitation: [3, 3, 4, 3],
    },
    { "power-budget": "  Le trésorier seul connaît les chiffres  ", "sharing-minutes": "pad" },
  );
  const p: Profile = assess(answers, { model, label: "Sepant", date: "2026-11-28" });

  test("per-dimension levels, scores and confidence", () => {
    expect(p.dimensions.map((d) => [d.dimension, d.level, d.score, d.confidence])).toEqual([
      ["sharing", 4, 75, 1],
      ["power", 2, 25, 0.75],
      ["decision", 3, 50, 1],
      ["openness", 4, 87, 1],
      ["projects", 1, 6, 1],
      ["tools", 3, 50, 1],
      ["facilitation", 3, 56, 1],
      ["pooling", null, null, 0],
    ]);
    expect(p.overall.confidence).toBeCloseTo(27 / 32);
    expect(p).toMatchObject({ modelVersion: model.version, label: "Sepant", date: "2026-11-28" });
  });

  test("strengths are the best scores, and the lowest score holds the group back", () => {
    expect(p.strengths).toEqual(["openness", "sharing", "facilitation"]);
    expect(p.holdsBack).toBe("projects");
  });

  test('notes become evidence, trimmed, even on a "don\'t know"', () => {
    expect(p.dimensions[1]!.evidence).toEqual([
      {
        question: "power-budget",
        choice: "dont-know",
        note: "Le trésorier seul connaît les chiffres",
      },
    ]);
  });

  test('only "don\'t know" answers give a profile with no level rather than a guess', () => {
    const q = assess({ "sharing-minutes": { choice: "dont-know" } }, { model });
    expect(q.overall).toEqual({ level: null, score: null, confidence: 0 });
    expect(q.holdsBack).toBeNull();
    expect(q.strengths).toEqual([]);
  });
});

describe("assess — bad input gets a typed error naming the question", () => {
  test("unknown question id", () => {
    expect(codeOf(() => assess({ "sharing-typo": { choice: 3 } }, { model }))).toBe(
      "unknown-question@sharing-typo",
    );
  });

  test("choice outside the scale", () => {
    for (const choice of [0, 6, 2.5, "3", null]) {
      expect(
        codeOf(() => assess({ "pooling-data": { choice } } as unknown as Answers, { model })),
      ).toBe("invalid-answer@pooling-data");
    }
  });

  test("a note that is not text", () => {
    const answers = { "pooling-data": { choice: 2, note: 42 } } as unknown as Answers;
    expect(codeOf(() => assess(answers, { model }))).toBe("invalid-answer@pooling-data");
  });

  test("no answers at all, and a malformed date", () => {
    expect(codeOf(() => assess({}, { model }))).toBe("empty-answers@");
    expect(
      codeOf(() => assess({ "pooling-data": { choice: 2 } }, { model, date: "28/11/2026" })),
    ).toBe("invalid-option@date");
  });

  test("the message says what to do", () => {
    const answers = { "pooling-data": { choice: 9 } } as unknown as Answers;
    expect(() => assess(answers, { model })).toThrow(
      /\[maturity\] question "pooling-data": choice 9 is outside the scale — choose 1, 2, 3, 4, 5 or "dont-know"/,
    );
  });
});
