/** A text a pioneer reads, French first. */
export interface Bilingual {
  readonly fr: string;
  readonly en: string;
}

/** A half-open character range `[start, end)` in the text a story was parsed from. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Every stable error code `@pionniers/stories` can raise. */
export type StoriesErrorCode =
  | "empty-text"
  | "no-role"
  | "no-means"
  | "invalid-lang"
  | "invalid-id"
  | "duplicate-id"
  | "invalid-cost"
  | "invalid-impact"
  | "invalid-reach"
  | "invalid-confidence"
  | "invalid-moscow"
  | "invalid-status"
  | "invalid-theme"
  | "unknown-method"
  | "invalid-capacity"
  | "invalid-count"
  | "invalid-date"
  | "capacity-too-small"
  | "unknown-story"
  | "invalid-outcome"
  | "no-history"
  | "invalid-history"
  | "invalid-trials"
  | "csv-malformed"
  | "csv-missing-column"
  | "invalid-argument";

const brand = Symbol.for("pionniers.StoriesError");

/** Where an error was found, as far as it is known. */
export interface StoriesErrorDetails {
  readonly span?: Span;
  readonly field?: string;
  readonly line?: number;
  readonly storyId?: string;
}

/**
 * The one error type of `@pionniers/stories`: a stable `code`, a bilingual explanation
 * (`localized`, French first) and, when known, where the problem is.
 *
 * @example
 * try { createStory({ id: "s1", text: "…", cost: -1, impact: 3, reach: 1 }); }
 * catch (e) { if (isStoriesError(e)) console.log(e.code); } // "invalid-cost"
 */
export class StoriesError extends Error {
  /** Stable machine-readable code. */
  declare readonly code: StoriesErrorCode;
  /** What went wrong and what to do, in French and English. */
  declare readonly localized: Bilingual;
  /** Characters at fault in the story text, when the error is about a text. */
  declare readonly span?: Span;
  /** The record field at fault (`cost`, `impact`, …). */
  declare readonly field?: string;
  /** 1-based line, for CSV input. */
  declare readonly line?: number;
  /** The story concerned. */
  declare readonly storyId?: string;
  readonly [brand] = true;

  /**
   * @param code stable error code
   * @param localized explanation in French and English
   * @param details where the problem is
   */
  constructor(code: StoriesErrorCode, localized: Bilingual, details: StoriesErrorDetails = {}) {
    super(`[stories] ${where(details)}${localized.en} / ${localized.fr}`);
    Object.assign(this, { name: "StoriesError", code, localized }, details);
  }
}

function where(d: StoriesErrorDetails): string {
  const parts: string[] = [];
  if (d.line !== undefined) parts.push(`line ${d.line}`);
  if (d.storyId !== undefined) parts.push(`story ${d.storyId}`);
  if (d.field !== undefined) parts.push(d.field);
  if (d.span) parts.push(`chars ${d.span.start}–${d.span.end}`);
  return parts.length > 0 ? `${parts.join(", ")}: ` : "";
}

/**
 * Whether `e` is a {@link StoriesError}, even one made in another realm (iframe, worker,
 * a second copy of the package): it checks a global brand, not `instanceof`.
 *
 * @param e anything caught
 * @returns true when `e` carries the StoriesError brand
 * @example
 * if (isStoriesError(e) && e.code === "invalid-cost") showCostField();
 */
export function isStoriesError(e: unknown): e is StoriesError {
  return typeof e === "object" && e !== null && (e as Record<symbol, unknown>)[brand] === true;
}

/** Shorthand used inside the package. */
export function fail(
  code: StoriesErrorCode,
  fr: string,
  en: string,
  details?: StoriesErrorDetails,
): never {
  throw new StoriesError(code, { fr, en }, details);
}

/**
 * Refuses an argument of the wrong shape with `invalid-argument`: `v` must be a list when
 * `list` is set, an object otherwise. @internal
 */
export function need(v: unknown, field: string, list?: 1): void {
  if (list ? !Array.isArray(v) : typeof v !== "object" || v === null) {
    fail(
      "invalid-argument",
      `attendu : ${list ? "une liste" : "un objet"}`,
      `expected ${list ? "a list" : "an object"}`,
      { field },
    );
  }
}

/** `String(v)` that cannot throw: an object read from JSON may carry a `toString` key. @internal */
export function str(v: unknown): string {
  return v && typeof v === "object" ? "object" : String(v);
}
