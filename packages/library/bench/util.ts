/** Timing and memory helpers for the benchmarks. */
export const now = () => performance.now();

export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const fmt = (x: number, unit: string) =>
  `${x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)} ${unit}`;

/** Prints one figure beside its reference and the ratio (ours / reference). */
export function row(label: string, ours: number, ref: number, refName: string, unit: string): void {
  const ratio = ref === 0 ? Number.NaN : ours / ref;
  console.log(
    `  ${label.padEnd(34)} ${fmt(ours, unit).padStart(12)}   ${refName.padEnd(22)} ${fmt(ref, unit).padStart(12)}   ratio ${ratio.toFixed(2)}`,
  );
}

export function line(label: string, value: number, unit: string, note = ""): void {
  console.log(`  ${label.padEnd(34)} ${fmt(value, unit).padStart(12)}   ${note}`);
}
