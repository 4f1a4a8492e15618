import { PedagogyError, shown } from "./errors";

/** Minutes since midnight of an `HH:MM` time, or a typed error naming `path`. */
export function parseClock(time: string, path: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) {
    throw new PedagogyError(
      "invalid-request",
      `${path}: "${shown(time)}" is not a time — write it as HH:MM, e.g. "09:00"`,
      { path },
    );
  }
  return Number(match[1]) * 60 + Number(match[2]);
}

/** `HH:MM` of minutes since midnight, wrapping past midnight. */
export function formatClock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}
