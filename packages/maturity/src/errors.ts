const brand = Symbol.for("pionniers.MaturityError");

/** Stable codes of every error `@pionniers/maturity` throws. */
export type MaturityErrorCode =
  | "unknown-question"
  | "invalid-answer"
  | "empty-answers"
  | "invalid-model"
  | "empty-questionnaire"
  | "version-mismatch"
  | "empty-collective"
  | "invalid-option"
  | "invalid-csv"
  | "invalid-profile"
  | "invalid-recommendation";

/**
 * The one error type of `@pionniers/maturity`: a stable `code`, and the `path` of the
 * faulty item (a question id, a field path, an association name) when there is one.
 *
 * @example
 * ```ts
 * import { model } from "@pionniers/maturity/model";
 * try {
 *   assess({ "no-such-question": { choice: 3 } }, { model });
 * } catch (e) {
 *   if (isMaturityError(e)) console.log(e.code); // "unknown-question"
 * }
 * ```
 */
export class MaturityError extends Error {
  readonly code: MaturityErrorCode;
  readonly path: string | undefined;
  readonly [brand] = true;

  /**
   * @param code - the stable code.
   * @param message - what was wrong, where, and what to do (prefixed with `[maturity]`).
   * @param path - the faulty item, if any.
   */
  constructor(code: MaturityErrorCode, message: string, path?: string) {
    super(`[maturity] ${message}`);
    this.name = "MaturityError";
    this.code = code;
    this.path = path;
  }
}

/**
 * Whether `e` is a {@link MaturityError}, even one thrown from another realm or copy of the package.
 *
 * @param e - anything caught.
 * @returns `true` if `e` carries the `MaturityError` brand.
 * @example
 * ```ts
 * isMaturityError(new MaturityError("empty-answers", "no answers")); // true
 * ```
 */
export function isMaturityError(e: unknown): e is MaturityError {
  return typeof e === "object" && e !== null && (e as Record<symbol, unknown>)[brand] === true;
}
