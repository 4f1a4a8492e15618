import { MaturityError } from "./errors.ts";
import { assertModel, assertProfile, modelOf } from "./guards.ts";
import { isLevel } from "./levels.ts";
import type {
  ActivityAdvice,
  Level,
  MaturityModel,
  PracticeAdvice,
  Profile,
  ToolAdvice,
} from "./types.ts";

/** Options of {@link recommend}. */
export interface RecommendOptions {
  /** The level the group aims for on every dimension; 4 (cooperation) by default. */
  readonly target?: Level;
  /** The model the profile was made with, e.g. `model` from `@pionniers/maturity/model`. */
  readonly model: MaturityModel;
}

/** The next step on one dimension: from its level to the level just above. */
export interface NextStep {
  readonly dimension: string;
  readonly from: Level;
  readonly to: Level;
  /** Levels still to climb to reach the target. */
  readonly gap: number;
  readonly practices: readonly PracticeAdvice[];
  /** Facilitation activities of `@pionniers/pedagogy`, by id. */
  readonly activities: readonly ActivityAdvice[];
  readonly tools: readonly ToolAdvice[];
}

/** The result of {@link recommend}. */
export interface Recommendation {
  readonly target: Level;
  /** One step per dimension below the target, the one furthest behind first. */
  readonly steps: readonly NextStep[];
  /** Dimensions already at or above the target. */
  readonly reached: readonly string[];
  /** Dimensions with no answer: answer their questions before acting on them. */
  readonly unassessed: readonly string[];
}

/**
 * Next steps for each dimension below the target: practices to try, facilitation activities
 * (by id, from `@pionniers/pedagogy`'s catalog) and free-software tools that fit the next
 * level, each with a one-line why. One step at a time: a group climbs one level before the next.
 *
 * @param profile - a profile from `assess`, or a collective's `floorProfile`.
 * @param options - the model and the `target` level (4 by default).
 * @returns the steps, furthest behind first, and the dimensions reached or unassessed.
 * @throws {MaturityError} `invalid-option` for a target outside 1–5, `version-mismatch` if the profile is from another model version.
 * @example
 * ```ts
 * const { steps } = recommend(profile, { model, target: 4 });
 * steps[0]?.activities.map((a) => a.id); // e.g. ["consentement", "sollicitation-avis"]
 * ```
 */
export function recommend(profile: Profile, options: RecommendOptions): Recommendation {
  assertProfile(profile);
  const m = modelOf(options);
  const target = options.target ?? 4;
  if (!isLevel(target)) {
    throw new MaturityError(
      "invalid-option",
      `target ${JSON.stringify(target)} is not a level — choose 1 to 5`,
      "target",
    );
  }
  if (profile.modelVersion !== m.version) {
    throw new MaturityError(
      "version-mismatch",
      `the profile was made with model ${profile.modelVersion}, not ${m.version} — pass that model or re-assess`,
      "modelVersion",
    );
  }
  const steps: (NextStep & { score: number })[] = [];
  const reached: string[] = [];
  const unassessed: string[] = [];
  for (const d of profile.dimensions) {
    if (d.level === null) {
      unassessed.push(d.dimension);
      continue;
    }
    if (d.level >= target) {
      reached.push(d.dimension);
      continue;
    }
    const to = (d.level + 1) as Level;
    const advice = m.dimensions.find((x) => x.id === d.dimension)?.steps.find((s) => s.to === to);
    steps.push({
      dimension: d.dimension,
      from: d.level,
      to,
      gap: target - d.level,
      practices: advice?.practices ?? [],
      activities: advice?.activities ?? [],
      tools: advice?.tools ?? [],
      score: d.score ?? 0,
    });
  }
  steps.sort((a, b) => b.gap - a.gap || a.score - b.score);
  return { target, steps: steps.map(({ score: _, ...s }) => s), reached, unassessed };
}

/**
 * Every `@pionniers/pedagogy` activity id a model's advice refers to, sorted and unique — so a
 * workspace test can check they all exist in the catalog.
 *
 * @param m - the model, e.g. `model` from `@pionniers/maturity/model`.
 * @returns the activity ids.
 * @example
 * ```ts
 * referencedActivityIds(model).includes("consentement"); // true
 * ```
 */
export function referencedActivityIds(m: MaturityModel): string[] {
  assertModel(m);
  const ids = new Set<string>();
  for (const d of m.dimensions)
    for (const s of d.steps) for (const a of s.activities) ids.add(a.id);
  return [...ids].sort();
}
