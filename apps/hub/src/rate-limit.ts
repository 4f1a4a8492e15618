/**
 * A token-bucket rate limiter per key (a member id, or an IP for anonymous requests): `perMinute`
 * requests, refilled continuously, with bursts up to `perMinute`. In memory, per hub process.
 */
export interface RateLimiter {
  /** Takes one request from `key`'s bucket; returns the ms to wait, or 0 when allowed. */
  take(key: string): number;
}

/**
 * Creates a {@link RateLimiter}.
 *
 * @param perMinute requests per minute and per key (0 disables the limit)
 * @param now clock in ms
 * @returns the limiter
 * @example
 * ```ts
 * const limiter = createRateLimiter(600);
 * if (limiter.take(member.id) > 0) reply.code(429);
 * ```
 */
export function createRateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const perMs = perMinute / 60_000;
  let sweptAt = now();
  return {
    take(key) {
      if (perMinute <= 0) return 0;
      const t = now();
      if (t - sweptAt > 60_000) {
        // A full bucket is the same as no bucket: forget them, so memory stays bounded.
        for (const [k, b] of buckets) {
          if (b.tokens + (t - b.at) * perMs >= perMinute) buckets.delete(k);
        }
        sweptAt = t;
      }
      const b = buckets.get(key) ?? { tokens: perMinute, at: t };
      b.tokens = Math.min(perMinute, b.tokens + (t - b.at) * perMs);
      b.at = t;
      buckets.set(key, b);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      return Math.ceil((1 - b.tokens) / perMs);
    },
  };
}
