import * as v from "valibot";
import { MaturityError, type MaturityErrorCode } from "./errors.ts";
import type { Answers, MaturityModel } from "./types.ts";

const text = v.object({
  fr: v.pipe(v.string(), v.trim(), v.nonEmpty()),
  en: v.pipe(v.string(), v.trim(), v.nonEmpty()),
});
const level = v.picklist([1, 2, 3, 4, 5]);
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/));
const toolKind = v.picklist([
  "pad",
  "wiki",
  "cloud",
  "forms",
  "chat",
  "video",
  "board",
  "poll",
  "mailing-list",
  "calendar",
  "mind-map",
  "hosting",
  "data",
  "office",
  "forge",
]);

const advice = {
  practices: v.array(v.object({ text, why: text })),
  activities: v.array(v.object({ id, why: text })),
  tools: v.array(v.object({ name: v.pipe(v.string(), v.nonEmpty()), kind: toolKind, why: text })),
};

/**
 * The valibot schema of a {@link MaturityModel}: its shape only. {@link validateModel} adds the
 * rules that cross fields (ids unique, five levels in order, options ordered…).
 *
 * @example
 * ```ts
 * import * as v from "valibot";
 * v.is(modelSchema, model); // true
 * ```
 */
export const modelSchema = v.object({
  version: v.pipe(v.string(), v.nonEmpty()),
  levels: v.array(
    v.object({
      level,
      id: v.picklist(["isolation", "exchange", "collaboration", "cooperation", "commons"]),
      name: text,
      summary: text,
    }),
  ),
  dimensions: v.array(
    v.object({
      id,
      name: text,
      summary: text,
      levels: v.array(v.object({ level, observed: text })),
      steps: v.array(
        v.object({
          to: level,
          ...advice,
        }),
      ),
    }),
  ),
  questions: v.array(
    v.object({
      id,
      dimension: id,
      prompt: text,
      options: v.array(v.object({ level, text })),
    }),
  ),
});

/**
 * The valibot schema of {@link Answers} as stored or received (e.g. a saved draft): question id →
 * `{ choice: 1..5 | "dont-know", note? }`. Whether the ids and levels fit a model is checked by
 * `assess`.
 *
 * @example
 * ```ts
 * import * as v from "valibot";
 * v.is(answersSchema, { "sharing-minutes": { choice: 3, note: "pad since May" } }); // true
 * ```
 */
export const answersSchema = v.record(
  v.string(),
  v.object({
    choice: v.union([level, v.literal("dont-know")]),
    note: v.optional(v.string()),
  }),
);

/**
 * `value` typed if it fits `schema`, else a MaturityError with `code` whose path is the first
 * faulty field, under `path` when given. @internal
 */
export function check<T>(
  schema: v.GenericSchema,
  value: unknown,
  path: string,
  code: MaturityErrorCode,
): T {
  const result = v.safeParse(schema, value);
  if (!result.success) {
    const issue = result.issues[0];
    const at = v.getDotPath(issue);
    const where = at ? (path ? `${path}.${at}` : at) : path || "model";
    throw new MaturityError(code, `${where}: ${issue.message}`, where);
  }
  return value as T;
}

function fail(message: string, path: string): never {
  throw new MaturityError("invalid-model", message, path);
}

/**
 * Checks a model (the built-in one or your own) and returns it typed. Beyond the shape, it
 * requires: five levels 1–5 in order; every dimension described at the five levels and with
 * advice for levels 2–5; unique ids; every question on a known dimension, with at least three
 * options on distinct levels in increasing order; 4 to 6 questions per dimension.
 *
 * @param input - the model to check, e.g. parsed from JSON.
 * @returns the same model, typed.
 * @throws {MaturityError} `invalid-model` with the faulty `path`, or `empty-questionnaire`.
 * @example
 * ```ts
 * const mine = validateModel(JSON.parse(json));
 * assess(answers, { model: mine });
 * ```
 */
export function validateModel(input: unknown): MaturityModel {
  // The caller's object itself comes back, so identity and any extra fields are kept.
  const m = check<MaturityModel>(modelSchema, input, "", "invalid-model");
  if (m.questions.length === 0) {
    throw new MaturityError(
      "empty-questionnaire",
      "the model has no questions — add 4 to 6 questions per dimension",
      "questions",
    );
  }
  /** Whether `xs` is exactly from, from + 1, …, to. */
  const runs = (xs: readonly number[], from: number, to: number) =>
    xs.length === to - from + 1 && xs.every((x, i) => x === from + i);
  const levelOf = (x: { level: number }) => x.level;
  const toOf = (x: { to: number }) => x.to;
  if (!runs(m.levels.map(levelOf), 1, 5)) {
    fail("levels must be the five levels 1 to 5, in order", "levels");
  }
  const dimensionIds = new Set<string>();
  for (const [i, d] of m.dimensions.entries()) {
    const path = `dimensions.${i}`;
    if (dimensionIds.has(d.id)) fail(`dimension id "${d.id}" is used twice — rename one`, path);
    dimensionIds.add(d.id);
    if (!runs(d.levels.map(levelOf), 1, 5)) {
      fail(`dimension "${d.id}" must describe levels 1 to 5, in order`, `${path}.levels`);
    }
    if (!runs(d.steps.map(toOf), 2, 5)) {
      fail(
        `dimension "${d.id}" must give advice to reach levels 2 to 5, in order`,
        `${path}.steps`,
      );
    }
  }
  const questionIds = new Set<string>();
  const perDimension = new Map<string, number>();
  for (const [i, q] of m.questions.entries()) {
    const path = `questions.${i}`;
    if (questionIds.has(q.id)) fail(`question id "${q.id}" is used twice — rename one`, path);
    questionIds.add(q.id);
    if (!dimensionIds.has(q.dimension)) {
      fail(`question "${q.id}" is on unknown dimension "${q.dimension}"`, `${path}.dimension`);
    }
    const optionLevels = q.options.map((o) => o.level);
    if (q.options.length < 3 || optionLevels.some((l, k) => k > 0 && l <= optionLevels[k - 1]!)) {
      fail(
        `question "${q.id}" needs at least three options on distinct levels, in increasing order`,
        `${path}.options`,
      );
    }
    perDimension.set(q.dimension, (perDimension.get(q.dimension) ?? 0) + 1);
  }
  for (const d of m.dimensions) {
    const n = perDimension.get(d.id) ?? 0;
    if (n < 4 || n > 6) {
      fail(`dimension "${d.id}" has ${n} questions — give it 4 to 6`, `dimensions.${d.id}`);
    }
  }
  return m;
}

/**
 * Checks answers received from outside (a saved draft, a form) against {@link answersSchema}.
 *
 * @param input - the answers to check.
 * @returns the answers, typed.
 * @throws {MaturityError} `invalid-answer` with the faulty question id as `path`.
 * @example
 * ```ts
 * const answers = parseAnswers(JSON.parse(localStorage.getItem("draft") ?? "{}"));
 * ```
 */
export function parseAnswers(input: unknown): Answers {
  const result = v.safeParse(answersSchema, input);
  if (!result.success) {
    const issue = result.issues[0];
    const path = v.getDotPath(issue) ?? "";
    throw new MaturityError(
      "invalid-answer",
      `answers${path ? ` at ${path}` : ""}: ${issue.message} — a choice is 1 to 5 or "dont-know", a note is text`,
      path.split(".")[0] ?? path,
    );
  }
  return result.output as Answers;
}

const number = v.number();
const levelOrNull = v.union([level, v.null()]);

/** The shape of a {@link Profile}, as `assess` makes it: checked before reading one from storage. @internal */
export const profileSchema = v.object({
  modelVersion: v.string(),
  label: v.optional(v.string()),
  date: v.optional(v.string()),
  dimensions: v.array(
    v.object({
      dimension: v.string(),
      level: levelOrNull,
      score: v.union([number, v.null()]),
      confidence: number,
      answered: number,
      questions: number,
      evidence: v.array(
        v.object({
          question: v.string(),
          choice: v.union([level, v.literal("dont-know")]),
          note: v.string(),
        }),
      ),
    }),
  ),
  overall: v.object({ level: levelOrNull, score: v.union([number, v.null()]), confidence: number }),
  strengths: v.array(v.string()),
  holdsBack: v.union([v.string(), v.null()]),
});

/** The shape of a {@link Recommendation}, as `recommend` makes it. @internal */
export const recommendationSchema = v.object({
  target: level,
  steps: v.array(
    v.object({ dimension: v.string(), from: level, to: level, gap: number, ...advice }),
  ),
  reached: v.array(v.string()),
  unassessed: v.array(v.string()),
});
