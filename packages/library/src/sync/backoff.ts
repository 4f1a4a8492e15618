/** Options of {@link backoffDelay}. */
export interface BackoffOptions {
  /** Delay after the first failure, in ms (default 2000). */
  baseMs?: number;
  /** Longest delay, in ms (default 5 minutes). */
  maxMs?: number;
  /** Random source in [0, 1) for the jitter (default `Math.random`). */
  random?: () => number;
}

/**
 * How long to wait before retry number `attempt` (0 for the first retry): exponential
 * (`baseMs · 2^attempt`, capped at `maxMs`) with "equal jitter" — a random delay between half
 * and all of it, so that many extensions losing the hub at once do not come back in step.
 *
 * @param attempt failures so far, minus one (0, 1, 2, …)
 * @param options base, cap, random source
 * @returns the delay in ms, within [cap/2, cap] where cap = min(maxMs, baseMs · 2^attempt)
 * @example
 * ```ts
 * backoffDelay(0, { random: () => 0.5 }); // 1500
 * backoffDelay(20); // between 150000 and 300000
 * ```
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const base = options.baseMs ?? 2000;
  const max = options.maxMs ?? 300_000;
  const random = options.random ?? Math.random;
  const exp = Math.min(Math.max(0, Math.floor(attempt)), 40);
  const cap = Math.min(max, base * 2 ** exp);
  return Math.round(cap / 2 + (cap / 2) * random());
}
