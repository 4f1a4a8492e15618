import { assertProfile } from "./guards.ts";
import { sameVersion } from "./same-version.ts";
import type { Level, Profile } from "./types.ts";

/** Which way one dimension moved between two profiles. */
export type Trend = "up" | "down" | "steady" | "unknown";

/** The progress of one dimension between two profiles. */
export interface DimensionProgress {
  readonly dimension: string;
  readonly before: Level | null;
  readonly after: Level | null;
  /** `after - before` in levels, `null` if either is unknown. */
  readonly levelChange: number | null;
  /** `after - before` in score points, `null` if either is unknown. */
  readonly scoreChange: number | null;
  readonly trend: Trend;
}

/** The result of {@link compareProfiles}. */
export interface Progress {
  readonly modelVersion: string;
  readonly from?: string;
  readonly to?: string;
  readonly dimensions: readonly DimensionProgress[];
  readonly overall: Omit<DimensionProgress, "dimension">;
}

function progress(
  before: { level: Level | null; score: number | null },
  after: { level: Level | null; score: number | null },
): Omit<DimensionProgress, "dimension"> {
  const known = before.score !== null && after.score !== null;
  const scoreChange = known ? (after.score ?? 0) - (before.score ?? 0) : null;
  return {
    before: before.level,
    after: after.level,
    levelChange: before.level !== null && after.level !== null ? after.level - before.level : null,
    scoreChange,
    trend:
      scoreChange === null
        ? "unknown"
        : scoreChange > 0
          ? "up"
          : scoreChange < 0
            ? "down"
            : "steady",
  };
}

/**
 * Progress per dimension between two profiles of the same association (or the same collective
 * floor) at two dates. The trend follows the score, so a move within a level still shows.
 *
 * @param before - the earlier profile.
 * @param after - the later profile.
 * @returns per dimension and overall: levels before and after, changes and trend.
 * @throws {MaturityError} `version-mismatch` if the profiles come from different model versions.
 * @example
 * ```ts
 * const p = compareProfiles(january, june);
 * p.dimensions.filter((d) => d.trend === "up").map((d) => d.dimension);
 * ```
 */
export function compareProfiles(before: Profile, after: Profile): Progress {
  assertProfile(before, "before");
  assertProfile(after, "after");
  const modelVersion = sameVersion([
    ["before", before],
    ["after", after],
  ]);
  const afterById = new Map(after.dimensions.map((d) => [d.dimension, d]));
  return {
    modelVersion,
    ...(before.date !== undefined && { from: before.date }),
    ...(after.date !== undefined && { to: after.date }),
    dimensions: before.dimensions.map((b) => ({
      dimension: b.dimension,
      ...progress(b, afterById.get(b.dimension) ?? { level: null, score: null }),
    })),
    overall: progress(before.overall, after.overall),
  };
}
