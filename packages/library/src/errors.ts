/** Stable codes of {@link LibraryError}. */
export type LibraryErrorCode =
  | "invalid-change"
  | "invalid-document"
  | "invalid-id"
  | "invalid-url"
  | "invalid-cursor"
  | "invalid-bundle"
  | "invalid-html"
  | "unknown-collection"
  | "unknown-field"
  | "not-a-set"
  | "too-large"
  | "stamp-from-future"
  | "not-found"
  | "store-failed";

const brand = Symbol.for("pionniers.LibraryError");

/**
 * The one error type of `@pionniers/library`: a stable `code` and, for bad input, the `path`
 * of the first bad place (`changes[12].stamp`, `doc.url`, `line 3`).
 *
 * @example
 * ```ts
 * try { await library.put("clips", { url: "not a url" }); }
 * catch (e) { if (isLibraryError(e)) console.log(e.code, e.path); } // "invalid-document" "url"
 * ```
 */
export class LibraryError extends Error {
  readonly code: LibraryErrorCode;
  readonly path: string | undefined;
  readonly [brand] = true;

  /**
   * @param code stable code of the error
   * @param message what was wrong and what to do (prefixed with `[library]`)
   * @param path where in the input, when the input came from outside
   */
  constructor(code: LibraryErrorCode, message: string, path?: string) {
    super(`[library] ${path === undefined ? "" : `${path}: `}${message}`);
    this.name = "LibraryError";
    this.code = code;
    this.path = path;
  }
}

/**
 * Whether `error` is a {@link LibraryError}, even one thrown from another realm or another copy
 * of the package (checks a `Symbol.for` brand, not `instanceof`).
 *
 * @param error anything caught
 * @returns true for a library error
 * @example
 * ```ts
 * if (isLibraryError(e) && e.code === "stamp-from-future") warnAboutClock();
 * ```
 */
export function isLibraryError(error: unknown): error is LibraryError {
  return typeof error === "object" && error !== null && brand in error;
}
