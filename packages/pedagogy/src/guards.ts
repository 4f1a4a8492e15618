import * as v from "valibot";
import type { Agenda } from "./agenda";
import { PedagogyError, shown } from "./errors";
import {
  type Lang,
  type Phase,
  type Practice,
  type Principle,
  phases,
  practices,
  principles,
  type Setting,
  settings,
} from "./model";
import { AgendaSchema } from "./schema";

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
    `${path}: unknown ${what} "${shown(value)}" — use one of ${known.join(", ")}`,
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
  return invalid(
    path,
    `${shown(value)} is not a whole number ≥ ${min} — give minutes or people as integers`,
  );
}

/** Throws `invalid-request` at `path`. */
export function invalid(path: string, message: string): never {
  throw new PedagogyError("invalid-request", `${path}: ${message}`, { path });
}

/** Checks that an argument is a plain object (a request, a query, options). */
export function assertObject(value: unknown, path: string): void {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    invalid(path, "expected an object");
}

/** A list given by a caller; one string counts as a list of one. */
export function asList(value: unknown, path: string): readonly string[] | undefined {
  if (value === undefined || Array.isArray(value)) return value;
  if (typeof value === "string") return [value];
  return invalid(path, "expected a list, or one value");
}

/** Checks an agenda given to an edit or render function (it may come from storage). */
export function assertAgenda(value: unknown): Agenda {
  const parsed = v.safeParse(AgendaSchema, value);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const at = v.getDotPath(issue);
    invalid(at ? `agenda.${at}` : "agenda", issue.message);
  }
  return value as Agenda;
}

/** Checks a language given by a caller. */
export function assertLang(value: unknown): Lang {
  if (value === "fr" || value === "en") return value;
  return invalid("lang", 'expected "fr" or "en"');
}
