/** Stable codes of {@link PedagogyError}. */
export type PedagogyErrorCode =
  | "invalid-catalog"
  | "invalid-request"
  | "unknown-principle"
  | "unknown-practice"
  | "unknown-phase"
  | "unknown-setting"
  | "unknown-activity"
  | "unknown-template"
  | "impossible-request"
  | "invalid-edit";

/** One defect found in a catalog by `validateCatalog`. */
export interface CatalogIssue {
  /** What kind of defect. */
  code:
    | "schema"
    | "duplicate-id"
    | "missing-translation"
    | "steps-duration"
    | "inverted-range"
    | "practice-principle";
  /** Where, as a dotted path from the catalog root, e.g. `3.steps.1.minutes`. */
  path: string;
  /** What is wrong and what to do. */
  message: string;
}

const brand = Symbol.for("pionniers.PedagogyError");

/**
 * The one error type of `@pionniers/pedagogy`: a stable `code`, an optional `path` (where in
 * the input), and for invalid catalogs the full list of `issues`.
 *
 * @example
 * ```ts
 * try { composeAgenda({ catalog, minutes: 20, principles: ["care"] as never }); }
 * catch (e) { if (isPedagogyError(e)) console.log(e.code); } // "unknown-principle"
 * ```
 */
export class PedagogyError extends Error {
  readonly code: PedagogyErrorCode;
  readonly path: string | undefined;
  readonly issues: readonly CatalogIssue[];
  readonly [brand] = true;

  /**
   * @param code stable code of the error
   * @param message what was wrong and what to do (prefixed with `[pedagogy]`)
   * @param details `path` in the input, `issues` of an invalid catalog
   */
  constructor(
    code: PedagogyErrorCode,
    message: string,
    details: { path?: string; issues?: readonly CatalogIssue[] } = {},
  ) {
    super(`[pedagogy] ${message}`);
    this.name = "PedagogyError";
    this.code = code;
    this.path = details.path;
    this.issues = details.issues ?? [];
  }
}

/**
 * Whether `error` is a {@link PedagogyError}, even one thrown from another realm or copy of the
 * package.
 *
 * @param error anything caught
 * @returns true for a pedagogy error
 * @example
 * ```ts
 * if (isPedagogyError(e) && e.code === "impossible-request") showHint(e.message);
 * ```
 */
export function isPedagogyError(error: unknown): error is PedagogyError {
  return typeof error === "object" && error !== null && brand in error;
}

/** A value as a message can show it: an object read from JSON may carry a broken `toString`. @internal */
export const shown = (value: unknown): string =>
  typeof value === "object" && value ? typeof value : String(value);
