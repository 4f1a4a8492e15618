/** Stable codes of {@link DlaBudgetError}: branch on these, never on messages. */
export type DlaBudgetErrorCode =
  | "invalid-date"
  | "invalid-time"
  | "invalid-number"
  | "invalid-field"
  | "percent-sum"
  | "session-after-report"
  | "unknown-session"
  | "payment-term"
  | "unsupported-time-zone"
  | "nonexistent-local-time";

const brand = Symbol.for("pionniers.DlaBudgetError");

/**
 * The one error type of `@pionniers/dla-budget`: bad input from outside (a mission read from
 * JSON, a form, an option) always ends here, with a stable `code` and the `field` at fault.
 *
 * @example
 * ```ts
 * try {
 *   estimate(mission);
 * } catch (e) {
 *   if (isDlaBudgetError(e) && e.code === "percent-sum") console.log(e.field); // "instalments"
 * }
 * ```
 */
export class DlaBudgetError extends Error {
  /** Stable machine-readable reason. */
  readonly code: DlaBudgetErrorCode;
  /** Path of the offending field, e.g. `sessions[2].monthOffset`. */
  readonly field: string | undefined;
  readonly [brand] = true;

  /**
   * @param code - stable reason
   * @param field - path of the offending field, if any
   * @param detail - what was wrong and what to do (prefixed with `[dla-budget]` and the field)
   */
  constructor(code: DlaBudgetErrorCode, field: string | undefined, detail: string) {
    super(`[dla-budget] ${field === undefined ? "" : `${field}: `}${detail}`);
    this.name = "DlaBudgetError";
    this.code = code;
    this.field = field;
  }
}

/**
 * True when `e` is a {@link DlaBudgetError}, even one thrown in another realm (iframe, worker
 * bundle, second copy of the package): checks a `Symbol.for` brand, not `instanceof`.
 *
 * @param e - anything caught
 * @returns whether `e` is a DlaBudgetError
 * @example
 * ```ts
 * if (isDlaBudgetError(e)) console.log(e.code, e.field);
 * ```
 */
export function isDlaBudgetError(e: unknown): e is DlaBudgetError {
  return typeof e === "object" && e !== null && (e as Record<symbol, unknown>)[brand] === true;
}

/** A value as it can be shown in a message, whatever it is (even a hostile object). */
export function show(v: unknown): string {
  if (typeof v === "number" || typeof v === "bigint") return String(v);
  try {
    return JSON.stringify(v) ?? typeof v;
  } catch {
    return typeof v;
  }
}
