import { rankDimensions } from "./assess.ts";
import { assertObject, profileEntries } from "./guards.ts";
import { sameVersion } from "./same-version.ts";
import type { DimensionResult, Level, Profile } from "./types.ts";

/**
 * How close the associations are on one dimension: `aligned` (same level), `close` (one level
 * apart), `divergent` (two levels or more: a conversation to have), `unknown` (fewer than two
 * associations answered).
 */
export type Alignment = "aligned" | "close" | "divergent" | "unknown";

/** One dimension seen across the collective. */
export interface CollectiveDimension {
  readonly dimension: string;
  /** The common floor: the lowest level among associations that answered. */
  readonly floor: Level | null;
  /** The highest level among associations that answered. */
  readonly ceiling: Level | null;
  /** `ceiling - floor`, `null` when unknown. */
  readonly spread: number | null;
  readonly alignment: Alignment;
  /** Each association's level (`null`: did not answer this dimension). */
  readonly levels: Readonly<Record<string, Level | null>>;
  /** Associations at the floor. */
  readonly behind: readonly string[];
  /** Associations at the ceiling. */
  readonly ahead: readonly string[];
}

/** A dimension on which associations are two levels apart or more. */
export interface Divergence {
  readonly dimension: string;
  readonly spread: number;
  readonly behind: readonly string[];
  readonly ahead: readonly string[];
}

/** The result of {@link collectiveView}. */
export interface CollectiveView {
  readonly modelVersion: string;
  readonly associations: readonly string[];
  readonly dimensions: readonly CollectiveDimension[];
  /** Dimensions where every association that answered is at the same level. */
  readonly aligned: readonly string[];
  /** The conversations to have, largest gap first. */
  readonly divergences: readonly Divergence[];
  /**
   * A profile made of the common floor (per dimension, the lowest score and confidence): pass it
   * to `recommend` for advice that fits every association.
   */
  readonly floorProfile: Profile;
}

/**
 * The collective's view: per dimension the common floor and the ceiling, where the
 * associations are aligned and where they diverge by two levels or more. Associations that did
 * not answer a dimension are left out of it, not counted as level 1.
 *
 * @param profilesByAssociation - association name → its profile.
 * @returns floors, ceilings, alignments, divergences and a floor profile.
 * @throws {MaturityError} `empty-collective` with no profile, `version-mismatch` across model versions.
 * @example
 * ```ts
 * const view = collectiveView({ ATABLE: a, "Inpact 37": b, Sepant: c });
 * view.divergences.map((d) => `${d.dimension}: ${d.ahead} / ${d.behind}`);
 * ```
 */
export function collectiveView(
  profilesByAssociation: Readonly<Record<string, Profile>>,
): CollectiveView {
  assertObject(profilesByAssociation, "profiles", "profiles");
  const entries = profileEntries(profilesByAssociation, "profiles");
  const modelVersion = sameVersion(entries);
  const [, first] = entries[0]!;

  const floorDims: DimensionResult[] = [];
  const dimensions = first.dimensions.map((template): CollectiveDimension => {
    const levels: Record<string, Level | null> = {};
    const results: [string, DimensionResult][] = [];
    for (const [name, p] of entries) {
      const r = p.dimensions.find((d) => d.dimension === template.dimension);
      levels[name] = r?.level ?? null;
      if (r && r.level !== null) results.push([name, r]);
    }
    const lvls = results.map(([, r]) => r.level ?? 1);
    const floor = lvls.length > 0 ? (Math.min(...lvls) as Level) : null;
    const ceiling = lvls.length > 0 ? (Math.max(...lvls) as Level) : null;
    const spread = floor !== null && ceiling !== null ? ceiling - floor : null;
    const scores = results.map(([, r]) => r.score ?? 0);
    floorDims.push({
      dimension: template.dimension,
      level: floor,
      score: scores.length > 0 ? Math.min(...scores) : null,
      confidence: Math.min(
        ...entries.map(
          ([, p]) => p.dimensions.find((d) => d.dimension === template.dimension)?.confidence ?? 0,
        ),
      ),
      answered: results.length > 0 ? Math.min(...results.map(([, r]) => r.answered)) : 0,
      questions: template.questions,
      evidence: [],
    });
    return {
      dimension: template.dimension,
      floor,
      ceiling,
      spread,
      alignment:
        spread === null || results.length < 2
          ? "unknown"
          : spread === 0
            ? "aligned"
            : spread === 1
              ? "close"
              : "divergent",
      levels,
      behind: results.filter(([, r]) => r.level === floor).map(([n]) => n),
      ahead: results.filter(([, r]) => r.level === ceiling).map(([n]) => n),
    };
  });

  const overallScores = entries.map(([, p]) => p.overall.score).filter((s) => s !== null);
  const overallLevels = entries.map(([, p]) => p.overall.level).filter((l) => l !== null);
  return {
    modelVersion,
    associations: entries.map(([n]) => n),
    dimensions,
    aligned: dimensions.filter((d) => d.alignment === "aligned").map((d) => d.dimension),
    divergences: dimensions
      .filter((d) => d.alignment === "divergent")
      .map((d) => ({
        dimension: d.dimension,
        spread: d.spread ?? 0,
        behind: d.behind,
        ahead: d.ahead,
      }))
      .sort((a, b) => b.spread - a.spread),
    floorProfile: {
      modelVersion,
      dimensions: floorDims,
      overall: {
        level: overallLevels.length > 0 ? (Math.min(...overallLevels) as Level) : null,
        score: overallScores.length > 0 ? Math.min(...overallScores) : null,
        confidence: Math.min(...entries.map(([, p]) => p.overall.confidence)),
      },
      ...rankDimensions(floorDims),
    },
  };
}
