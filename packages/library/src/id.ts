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
  let id = "";
  while (id.length < 20) {
    const b = randomByte();
    // 62 * 4 = 248: rejecting bytes ≥ 248 keeps every character equally likely.
    if (b < 248) id += ALPHABET[b % 62];
  }
  return id;
}

// Random bytes drawn 4 KB at a time: imports make tens of thousands of ids at once.
const pool = new Uint8Array(4096);
let used = pool.length;

function randomByte(): number {
  if (used === pool.length) {
    globalThis.crypto.getRandomValues(pool);
    used = 0;
  }
  return pool[used++]!;
}
