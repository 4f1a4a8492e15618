import { fail, str } from "./errors.ts";

/** Checks an ISO `YYYY-MM-DD` date and returns its parts. @internal */
export function parseIsoDate(iso: unknown, field: string): { y: number; m: number; d: number } {
  const m = typeof iso === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  const parts = m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : undefined;
  if (!parts || parts.m < 1 || parts.m > 12 || parts.d < 1 || parts.d > daysIn(parts.y, parts.m)) {
    return fail(
      "invalid-date",
      `date « ${str(iso)} » invalide — écrivez AAAA-MM-JJ`,
      `invalid date "${str(iso)}" — write YYYY-MM-DD`,
      { field },
    );
  }
  return parts;
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const iso = (t: Date) => t.toISOString().slice(0, 10);

/** `iso` plus `months` calendar months, the day clamped to the month's end. @internal */
export function addMonths(date: string, months: number): string {
  const { y, m, d } = parseIsoDate(date, "start");
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return iso(new Date(Date.UTC(ny, nm - 1, Math.min(d, daysIn(ny, nm)))));
}

/** The day before an ISO date. @internal */
export function dayBefore(date: string): string {
  const { y, m, d } = parseIsoDate(date, "start");
  return iso(new Date(Date.UTC(y, m - 1, d - 1)));
}
