import { createHash, randomBytes } from "node:crypto";

/**
 * A new access token: `pio_` + 256 random bits in base64url. Shown once to its holder; the
 * hub keeps only {@link hashSecret} of it.
 *
 * @returns the token
 * @example
 * ```ts
 * newToken(); // "pio_Qm9…" (47 characters)
 * ```
 */
export function newToken(): string {
  return `pio_${randomBytes(32).toString("base64url")}`;
}

/**
 * A new invite code: 22 letters and digits (≈ 131 random bits), single use, stored hashed.
 * No `-` or `_`: a code is read aloud, pasted into forms and passed to the CLI, where a leading
 * `-` would read as an option.
 *
 * @returns the code
 * @example
 * ```ts
 * newInviteCode(); // "k3J…"
 * ```
 */
export function newInviteCode(): string {
  return randomAlphanumeric(22);
}

/**
 * The SHA-256 of a secret (token or invite code), hex. Secrets carry ≥ 128 random bits, so a
 * plain hash (no salt, no stretching) cannot be brute-forced, and lookups stay one index probe.
 *
 * @param secret a token or invite code
 * @returns 64 hex characters
 * @example
 * ```ts
 * hashSecret("pio_abc").length; // 64
 * ```
 */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/**
 * A new space epoch: 16 letters and digits, drawn when a space is made and again each time
 * the hub is restored from a backup, so that clients notice and start over.
 *
 * @returns the epoch
 * @example
 * ```ts
 * newEpoch(); // "Q0hX2b7KfA9mZt1c"
 * ```
 */
export function newEpoch(): string {
  return randomAlphanumeric(16);
}

/**
 * A new short random id for spaces and members: 16 letters and digits (≈ 95 random bits).
 * Admins type these ids after `npm run hub --`, so they never start with `-`.
 *
 * @returns the id
 * @example
 * ```ts
 * newId(); // "T1f0…"
 * ```
 */
export function newId(): string {
  return randomAlphanumeric(16);
}

const ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** `length` characters drawn uniformly from [0-9A-Za-z]. */
function randomAlphanumeric(length: number): string {
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length + 8)) {
      // 248 = 4 × 62: rejecting the last 8 byte values keeps every character equally likely.
      if (byte < 248 && out.length < length) out += ALPHANUMERIC[byte % 62];
    }
  }
  return out;
}
