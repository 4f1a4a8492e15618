// Exact 0/1 knapsack on half-day units, internal to the planner and the forecast.

/** One item: its weight in half-days, its value, and whether it is a Must. */
export interface KnapsackItem {
  readonly units: number;
  readonly value: number;
  readonly must: boolean;
}

/**
 * Indices of the items to take, maximising lexicographically (value of Must items, total
 * value, −load) under `capacity` half-days. Items keep their given order for ties: a later
 * item only replaces an earlier choice when strictly better, so the result is deterministic
 * and favours the caller's best-ranked items. O(n × capacity) time and bytes.
 */
export function knapsack(items: readonly KnapsackItem[], capacity: number): number[] {
  const n = items.length;
  const w1 = capacity + 1;
  const mustV = new Float64Array(w1);
  const value = new Float64Array(w1);
  const load = new Int32Array(w1);
  const keep = new Uint8Array(n * w1);
  for (let i = 0; i < n; i++) {
    const it = items[i] as KnapsackItem;
    const mi = it.must ? it.value : 0;
    const row = i * w1;
    for (let w = capacity; w >= it.units; w--) {
      const from = w - it.units;
      const m = mustV[from]! + mi;
      const v = value[from]! + it.value;
      const l = load[from]! + it.units;
      const cm = mustV[w]!;
      const cv = value[w]!;
      if (m > cm || (m === cm && (v > cv || (v === cv && l < load[w]!)))) {
        mustV[w] = m;
        value[w] = v;
        load[w] = l;
        keep[row + w] = 1;
      }
    }
  }
  const chosen: number[] = [];
  let w = capacity;
  for (let i = n - 1; i >= 0; i--) {
    if (keep[i * w1 + w] === 1) {
      chosen.push(i);
      w -= (items[i] as KnapsackItem).units;
    }
  }
  return chosen.reverse();
}
