/** Stable codes of {@link HubError}; each maps to one HTTP status. */
export type HubErrorCode =
  | "invalid-json"
  | "invalid-request"
  | "invalid-change"
  | "invalid-cursor"
  | "stamp-from-future"
  | "body-too-large"
  | "batch-too-large"
  | "value-too-large"
  | "unsupported-media-type"
  | "unauthorized"
  | "forbidden"
  | "read-only"
  | "not-found"
  | "invalid-invite"
  | "rate-limited"
  | "origin-not-allowed"
  | "shutting-down"
  | "internal";

const STATUS: Record<HubErrorCode, number> = {
  "invalid-json": 400,
  "invalid-request": 400,
  "invalid-change": 400,
  "invalid-cursor": 400,
  "stamp-from-future": 400,
  "body-too-large": 413,
  "batch-too-large": 413,
  "value-too-large": 413,
  "unsupported-media-type": 415,
  unauthorized: 401,
  forbidden: 403,
  "read-only": 403,
  "not-found": 404,
  "invalid-invite": 400,
  "rate-limited": 429,
  "origin-not-allowed": 403,
  "shutting-down": 503,
  internal: 500,
};

const brand = Symbol.for("pionniers.HubError");

/**
 * The one error type of the hub: a stable `code`, its HTTP `status`, and for bad input the
 * `path` of the first bad place (`changes[3].stamp`). Routes answer it as
 * `{ error: { code, message, path? } }`.
 *
 * @example
 * ```ts
 * throw new HubError("read-only", "observers read but do not write — ask an admin for the member role");
 * ```
 */
export class HubError extends Error {
  readonly code: HubErrorCode;
  readonly status: number;
  readonly path: string | undefined;
  readonly [brand] = true;

  /**
   * @param code stable code
   * @param message what was wrong and what to do (prefixed with `[hub]`)
   * @param path where in the request, for bad input
   */
  constructor(code: HubErrorCode, message: string, path?: string) {
    super(`[hub] ${path === undefined ? "" : `${path}: `}${message}`);
    this.name = "HubError";
    this.code = code;
    this.status = STATUS[code];
    this.path = path;
  }
}

/**
 * Whether `error` is a {@link HubError}, across realms and package copies.
 *
 * @param error anything caught
 * @returns true for a hub error
 * @example
 * ```ts
 * if (isHubError(e) && e.code === "not-found") reply.code(404);
 * ```
 */
export function isHubError(error: unknown): error is HubError {
  return typeof error === "object" && error !== null && brand in error;
}
