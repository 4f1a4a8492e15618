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
 * A new invite code: 128 random bits in base64url (22 characters), single use, stored hashed.
 *
 * @returns the code
 * @example
 * ```ts
 * newInviteCode(); // "k3J…"
 * ```
 */
export function newInviteCode(): string {
  return randomBytes(16).toString("base64url");
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
 * A new short random id for spaces and members (96 bits, base64url, 16 characters).
 *
 * @returns the id
 * @example
 * ```ts
 * newId(); // "T1f0…"
 * ```
 */
export function newId(): string {
  return randomBytes(12).toString("base64url");
}
