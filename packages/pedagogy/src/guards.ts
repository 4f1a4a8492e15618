import { PedagogyError } from "./errors";
import {
  type Phase,
  type Practice,
  type Principle,
  phases,
  practices,
  principles,
  type Setting,
  settings,
} from "./model";

function check<T extends string>(
  known: readonly string[],
  code: "unknown-principle" | "unknown-practice" | "unknown-phase" | "unknown-setting",
  what: string,
  value: string,
  path: string,
): T {
  if (known.includes(value)) return value as T;
  throw new PedagogyError(
    code,
    `${path}: unknown ${what} "${value}" — use one of ${known.join(", ")}`,
    { path },
  );
}

/** Checks a principle given by a caller (from JS or JSON, where types do not hold). */
export const assertPrinciple = (value: string, path: string): Principle =>
  check(principles, "unknown-principle", "principle", value, path);
/** Checks a practice given by a caller. */
export const assertPractice = (value: string, path: string): Practice =>
  check(Object.keys(practices), "unknown-practice", "practice", value, path);
/** Checks a phase given by a caller. */
export const assertPhase = (value: string, path: string): Phase =>
  check(phases, "unknown-phase", "phase", value, path);
/** Checks a setting given by a caller. */
export const assertSetting = (value: string, path: string): Setting =>
  check(settings, "unknown-setting", "setting", value, path);

/** Checks a positive whole number given by a caller. */
export function assertWhole(value: number, path: string, min = 1): number {
  if (Number.isInteger(value) && value >= min) return value;
  throw new PedagogyError(
    "invalid-request",
    `${path}: ${value} is not a whole number ≥ ${min} — give minutes or people as integers`,
    { path },
  );
}
