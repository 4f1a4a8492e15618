import { DlaBudgetError, show } from "./errors.ts";

/**
 * Splits `total` cents by percentages with the largest-remainder method, in exact integer
 * (BigInt) arithmetic: every share is within one cent of its exact value and the shares always
 * sum to `total`. Ties on the remainder go to the earlier share, so the result is stable.
 *
 * @param total - non-negative integer amount in cents
 * @param percents - percentages with at most two decimals, summing to exactly 100
 * @param field - field named in errors
 * @returns one integer amount in cents per percentage
 * @example
 * ```ts
 * allocate(800_000, [40, 40, 20]); // [320_000, 320_000, 160_000]
 * allocate(100, [33.33, 33.33, 33.34]); // [33, 33, 34]
 * ```
 */
export function allocate(total: number, percents: readonly number[], field = "percents"): number[] {
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new DlaBudgetError(
      "invalid-number",
      "total",
      `${show(total)} is not an amount in cents — use a non-negative integer`,
    );
  }
  const weights = percents.map((p, i) => {
    const ok = typeof p === "number" && p >= 0 && p <= 100;
    const w = ok ? Math.round(p * 100) : Number.NaN;
    if (!ok || Math.abs(p * 100 - w) > 1e-6) {
      throw new DlaBudgetError(
        "invalid-number",
        `${field}[${i}].percent`,
        `${show(p)} is not a percentage — use a number from 0 to 100 with at most two decimals`,
      );
    }
    return BigInt(w);
  });
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum !== 10_000n) {
    throw new DlaBudgetError(
      "percent-sum",
      field,
      `the percentages sum to ${Number(sum) / 100} — make them sum to exactly 100`,
    );
  }
  const t = BigInt(total);
  const shares = weights.map((w) => (t * w) / 10_000n);
  const rests = weights.map((w, i) => ({ i, r: (t * w) % 10_000n }));
  let left = Number(t - shares.reduce((a, b) => a + b, 0n));
  rests.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of rests) {
    if (left-- <= 0) break;
    shares[i] = (shares[i] ?? 0n) + 1n;
  }
  return shares.map(Number);
}

/** A language of the texts this package writes. */
export type Lang = "fr" | "en";

/** Narrow no-break space (U+202F): the French thousands separator and the space before `€`. */
export const NNBSP = "\u202f";

/**
 * Formats cents as euros, by hand rather than through `Intl` so the output is the same on
 * every engine and ICU version. French: `8 000,00 €` where BOTH spaces are U+202F (narrow
 * no-break space, French typography); English: `€8,000.00`.
 *
 * @param cents - integer amount in cents (may be negative)
 * @param lang - `"fr"` (default) or `"en"`
 * @returns the formatted amount
 * @example
 * ```ts
 * formatMoney(800_000); // "8 000,00 €" (U+202F spaces)
 * formatMoney(800_000, "en"); // "€8,000.00"
 * ```
 */
export function formatMoney(cents: number, lang: Lang = "fr"): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(Math.round(cents));
  const units = String(Math.floor(abs / 100)).replace(
    /\B(?=(\d{3})+$)/g,
    lang === "fr" ? NNBSP : ",",
  );
  const dec = String(abs % 100).padStart(2, "0");
  return lang === "fr" ? `${sign}${units},${dec}${NNBSP}€` : `${sign}€${units}.${dec}`;
}

/**
 * Formats a percentage: `40 %` / `33,33 %` in French (U+202F before `%`), `40%` / `33.33%` in English.
 *
 * @param percent - the percentage
 * @param lang - `"fr"` (default) or `"en"`
 * @returns the formatted percentage
 * @example
 * ```ts
 * formatPercent(33.33); // "33,33 %"
 * ```
 */
export function formatPercent(percent: number, lang: Lang = "fr"): string {
  const s = String(Math.round(percent * 100) / 100);
  return lang === "fr" ? `${s.replace(".", ",")}${NNBSP}%` : `${s}%`;
}
