import { fail, need, str } from "./errors.ts";
import { badCapacity, best, byRatio, MAX_CAPACITY_DAYS, totals } from "./plan.ts";
import { mulberry32 } from "./random.ts";
import { assertUniqueIds, checkFigures, MAX_COST_DAYS, type StoryRecord } from "./story.ts";

/** A past chantier as the forecast needs it: an {@link Evaluation} fits, or just its velocity. */
export interface ThroughputRecord {
  /** Estimated person-days delivered. */
  readonly velocity: number;
  /** Person-days planned, to scale the history to a new capacity. */
  readonly plannedDays?: number;
}

/** Options of {@link forecast}. */
export interface ForecastOptions {
  /** Monte Carlo trials; default 10,000. */
  readonly trials?: number;
  /** PRNG seed (integer); default 1. Same seed, same forecast. */
  readonly seed?: number;
  /**
   * Capacity planned for the next chantier. When given, each draw is a past chantier's
   * completion rate × this capacity (history entries need `plannedDays`); otherwise a past
   * chantier's velocity as is.
   */
  readonly capacityDays?: number;
}

/** What the next chantier will probably deliver, and what fits. */
export interface Forecast {
  readonly trials: number;
  readonly seed: number;
  /** Person-days delivered in at least 50 %, 85 %, 95 % of the trials (so p95 ≤ p85 ≤ p50). */
  readonly p50: number;
  readonly p85: number;
  readonly p95: number;
  readonly mean: number;
  /** The best set of open stories that fits in `p85` (same rules as {@link planChantiers}). */
  readonly fitAt85: {
    readonly capacityDays: number;
    readonly stories: readonly StoryRecord[];
    readonly loadDays: number;
    readonly expectedImpact: number;
  };
}

/**
 * Forecasts the next chantier by Monte Carlo on the past chantiers' throughput: each trial
 * draws a past chantier at random (a seeded PRNG, so the result is reproducible) and takes
 * what it delivered — scaled to `capacityDays` when given. It returns the capacity reached
 * with 50 %, 85 % and 95 % confidence and the stories that fit at 85 %: what the pioneers
 * can promise, rather than a straight velocity line.
 *
 * Its limit: a trial draws one whole past chantier, so every percentile is one of the past
 * velocities, and the low ones are the slowest chantier until there are enough of them —
 * `p85` until about 7 past chantiers, `p95` until about 20 (with 3, `p85 = p95 =` the
 * slowest). Read them as "what the worst past month delivered" until the history grows; the
 * model has no finer data (per-story or per-day throughput) to draw from.
 *
 * @param history past chantiers (evaluations, `{ velocity, plannedDays }`, or plain velocities)
 * @param backlog the open stories to fit
 * @param options `trials`, `seed`, `capacityDays`
 * @returns percentiles in person-days (rounded to 0.01) and the stories that fit at 85 %
 * @throws StoriesError `no-history`, `invalid-history`, `invalid-trials`, `invalid-capacity`
 * @example
 * const f = forecast([{ velocity: 5 }, { velocity: 3.5 }], backlog, { seed: 7 });
 * f.fitAt85.stories.map((s) => s.id);
 */
export function forecast(
  history: readonly (ThroughputRecord | number)[],
  backlog: readonly StoryRecord[],
  options: ForecastOptions = {},
): Forecast {
  const { trials = 10_000, seed = 1, capacityDays } = options ?? ({} as ForecastOptions);
  if (!Number.isInteger(trials) || trials < 1 || trials > 1_000_000 || !Number.isInteger(seed)) {
    fail(
      "invalid-trials",
      `essais ${str(trials)} ou graine ${str(seed)} invalides — des entiers, essais ≤ 1 000 000`,
      `invalid trials ${str(trials)} or seed ${str(seed)} — integers, trials ≤ 1,000,000`,
      { field: "trials" },
    );
  }
  if (
    capacityDays !== undefined &&
    !(Number.isFinite(capacityDays) && capacityDays > 0 && capacityDays <= MAX_CAPACITY_DAYS)
  ) {
    badCapacity(capacityDays);
  }
  if (!Array.isArray(history) || history.length === 0) {
    fail(
      "no-history",
      "aucun chantier passé — évaluez-en un d'abord",
      "no past chantier — evaluate one first",
      { field: "history" },
    );
  }
  const draws = history.map((h, i) => {
    const v = typeof h === "number" ? h : h?.velocity;
    const planned = typeof h === "number" ? undefined : h?.plannedDays;
    const bad = !(typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= MAX_COST_DAYS * 10);
    const needsPlanned =
      capacityDays !== undefined && !(typeof planned === "number" && planned > 0 && planned >= v);
    if (bad || needsPlanned) {
      fail(
        "invalid-history",
        `chantier passé n° ${i + 1} : vélocité ${str(v)} ou charge prévue (plannedDays) invalide`,
        `past chantier #${i + 1}: invalid velocity ${str(v)} or plannedDays`,
        { field: "history" },
      );
    }
    return capacityDays === undefined ? v : (v / (planned as number)) * capacityDays;
  });
  need(backlog, "backlog", 1);
  for (const s of backlog) checkFigures(s);
  assertUniqueIds(backlog);

  const random = mulberry32(seed);
  const samples = new Float64Array(trials);
  let total = 0;
  for (let t = 0; t < trials; t++) {
    const v = draws[Math.floor(random() * draws.length)] as number;
    samples[t] = v;
    total += v;
  }
  samples.sort();
  const reached = (p: number) =>
    round(samples[Math.min(trials - 1, Math.floor((1 - p) * trials))] as number);
  const p85 = reached(0.85);
  const units = Math.floor(p85 * 2 + 1e-9);
  const open = backlog
    .filter(
      (s) =>
        (s.status === "backlog" || s.status === "planned") &&
        s.moscow !== "wont" &&
        s.cost * 2 <= units,
    )
    .sort(byRatio);
  const [stories] = best(open, units);
  return {
    trials,
    seed,
    p50: reached(0.5),
    p85,
    p95: reached(0.95),
    mean: round(total / trials),
    fitAt85: {
      capacityDays: units / 2,
      stories,
      ...totals(stories),
    },
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
