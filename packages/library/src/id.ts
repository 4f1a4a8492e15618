const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/**
 * A new random id: 20 characters of `0-9a-zA-Z` (≈ 119 bits) from
 * `globalThis.crypto.getRandomValues`, available in browsers and Node ≥ 20.
 *
 * @returns the id
 * @example
 * ```ts
 * createId(); // "4fQm0zYw8Ki2LrNbA7cD"
 * ```
 */
export function createId(): string {
  const bytes = new Uint8Array(20);
  globalThis.crypto.getRandomValues(bytes);
  let id = "";
  // 62 * 4 = 248: rejecting bytes ≥ 248 keeps every character equally likely.
  for (let i = 0; i < bytes.length; i++) {
    let b = bytes[i]!;
    while (b >= 248) b = globalThis.crypto.getRandomValues(new Uint8Array(1))[0]!;
    id += ALPHABET[b % 62];
  }
  return id;
}
