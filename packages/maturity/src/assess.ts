import { MaturityError } from "./errors.ts";
import { assertObject, modelOf, shown } from "./guards.ts";
import { levelOfMean, scoreOfMean } from "./levels.ts";
import type {
  Answers,
  DimensionResult,
  Evidence,
  Level,
  MaturityModel,
  Profile,
  Question,
} from "./types.ts";

/** Options of {@link assess}. */
export interface AssessOptions {
  /** The model the answers refer to, e.g. `model` from `@pionniers/maturity/model`. */
  readonly model: MaturityModel;
  /** Who the profile is about, e.g. the association's name. */
  readonly label?: string;
  /** When the questionnaire was answered, `YYYY-MM-DD`. */
  readonly date?: string;
}

const isoDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Turns questionnaire answers into a maturity profile. Per dimension: the level (the integer
 * part of the mean level of the situations chosen), a 0–100 score, a confidence (the share of
 * its questions answered; "don't know" and missing answers lower it, never the level) and the
 * notes given as evidence. Overall: the same from the dimensions' means. Also the strengths
 * and the dimension that most holds the group back.
 *
 * @param answers - question id → `{ choice, note? }`; a partial set is fine.
 * @param options - the model (e.g. the built-in `model`), a label and a date.
 * @returns the profile, plain JSON.
 * @throws {MaturityError} `empty-answers`, `unknown-question`, `invalid-answer`, `invalid-option`.
 * @example
 * ```ts
 * import { model } from "@pionniers/maturity/model";
 * const profile = assess({
 *   "sharing-minutes": { choice: 4, note: "minutes in a pad since May" },
 *   "pooling-hosting": { choice: 2 },
 * }, { model, label: "ATABLE", date: "2026-11-28" });
 * profile.dimensions[0]?.level; // 4
 * ```
 */
export function assess(answers: Answers, options: AssessOptions): Profile {
  const m = modelOf(options);
  if (
    options.date !== undefined &&
    !(typeof options.date === "string" && isoDate.test(options.date))
  ) {
    throw new MaturityError(
      "invalid-option",
      `date "${shown(options.date)}" is not YYYY-MM-DD — write e.g. 2026-11-28`,
      "date",
    );
  }
  if (options.label !== undefined && typeof options.label !== "string")
    assertObject(null, "label", "a text");
  assertObject(answers, "answers", "question id → { choice, note? }", "invalid-answer");
  const entries = Object.entries(answers);
  if (entries.length === 0) {
    throw new MaturityError(
      "empty-answers",
      'no answers — answer at least one question ("dont-know" counts)',
    );
  }
  const byId = new Map<string, Question>(m.questions.map((q) => [q.id, q]));
  for (const [id, answer] of entries) {
    const question = byId.get(id);
    if (!question) {
      throw new MaturityError(
        "unknown-question",
        `unknown question "${id}" — use an id of model ${m.version}'s questionnaire`,
        id,
      );
    }
    const { choice, note } = (answer ?? {}) as { choice?: unknown; note?: unknown };
    if (note !== undefined && typeof note !== "string") {
      throw new MaturityError(
        "invalid-answer",
        `question "${id}": the note must be text — write it as a string or leave it out`,
        id,
      );
    }
    if (choice !== "dont-know" && !question.options.some((o) => o.level === choice)) {
      const allowed = question.options.map((o) => o.level).join(", ");
      throw new MaturityError(
        "invalid-answer",
        `question "${id}": choice ${JSON.stringify(choice)} is outside the scale — choose ${allowed} or "dont-know"`,
        id,
      );
    }
  }

  const means: (number | null)[] = [];
  const dimensions: DimensionResult[] = m.dimensions.map((d) => {
    const questions = m.questions.filter((q) => q.dimension === d.id);
    const known: Level[] = [];
    const evidence: Evidence[] = [];
    for (const q of questions) {
      const a = answers[q.id];
      if (!a) continue;
      if (a.choice !== "dont-know") known.push(a.choice);
      const note = a.note?.trim();
      if (note) evidence.push({ question: q.id, choice: a.choice, note });
    }
    const mean = known.length > 0 ? known.reduce<number>((s, l) => s + l, 0) / known.length : null;
    means.push(mean);
    return {
      dimension: d.id,
      level: mean === null ? null : levelOfMean(mean),
      score: mean === null ? null : scoreOfMean(mean),
      confidence: questions.length === 0 ? 0 : known.length / questions.length,
      answered: known.length,
      questions: questions.length,
      evidence,
    };
  });

  // Average the dimensions' unrounded means so the overall level is not biased by rounding.
  const knownMeans = means.filter((x): x is number => x !== null);
  const overallMean =
    knownMeans.length > 0 ? knownMeans.reduce((s, x) => s + x, 0) / knownMeans.length : null;
  const totalQuestions = dimensions.reduce((s, d) => s + d.questions, 0);
  const totalAnswered = dimensions.reduce((s, d) => s + d.answered, 0);

  const { strengths, holdsBack } = rankDimensions(dimensions);

  return {
    modelVersion: m.version,
    ...(options.label !== undefined && { label: options.label }),
    ...(options.date !== undefined && { date: options.date }),
    dimensions,
    overall: {
      level: overallMean === null ? null : levelOfMean(overallMean),
      score: overallMean === null ? null : scoreOfMean(overallMean),
      confidence: totalQuestions === 0 ? 0 : totalAnswered / totalQuestions,
    },
    strengths,
    holdsBack,
  };
}

/** Strengths (up to three best scores, none tied with the lowest) and the lowest-scoring dimension. */
export function rankDimensions(dimensions: readonly DimensionResult[]): {
  strengths: string[];
  holdsBack: string | null;
} {
  const known = dimensions.filter((d) => d.score !== null);
  const lowest = Math.min(...known.map((d) => d.score ?? 0));
  const strengths = known
    .filter((d) => d.score !== lowest)
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0))
    .slice(0, 3)
    .map((d) => d.dimension);
  return { strengths, holdsBack: known.find((d) => d.score === lowest)?.dimension ?? null };
}
