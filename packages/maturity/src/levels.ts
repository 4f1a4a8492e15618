import type { Level } from "./types.ts";

/** Whether `n` is one of the five levels. */
export function isLevel(n: unknown): n is Level {
  return n === 1 || n === 2 || n === 3 || n === 4 || n === 5;
}

/** The level reached for a mean of answer levels: its integer part, so a level is only claimed once met on average. */
export function levelOfMean(mean: number): Level {
  // The epsilon absorbs float noise such as 2.9999999 for an exact mean of 3.
  const l = Math.floor(mean + 1e-9);
  return Math.max(1, Math.min(l, 5)) as Level;
}

/**
 * The 0–100 score of a mean of answer levels (1 → 0, 5 → 100), rounded down so that a score
 * always sits in its level's band: level = 1 + ⌊score / 25⌋ (100 is level 5).
 */
export function scoreOfMean(mean: number): number {
  return Math.floor(((mean - 1) / 4) * 100 + 1e-9);
}
