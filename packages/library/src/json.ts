import { LIMITS } from "./limits.ts";

/** A JSON value, as opaque documents (stories, assessments…) hold. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Checks that `value` is plain JSON within {@link LIMITS}: no `__proto__`-like keys, no deep
 * nesting, no huge arrays, finite numbers only. Iterative, so hostile nesting cannot overflow
 * the stack.
 *
 * @param value anything
 * @returns `undefined` when fine, else the relative path and reason of the first problem
 */
export function checkJson(value: unknown): { path: string; reason: string } | undefined {
  const stack: { v: unknown; path: string; depth: number }[] = [{ v: value, path: "", depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { v, path, depth } = stack.pop()!;
    if (++nodes > LIMITS.jsonNodes) return { path, reason: `more than ${LIMITS.jsonNodes} values` };
    if (v === null || typeof v === "boolean" || typeof v === "string") continue;
    if (typeof v === "number") {
      if (!Number.isFinite(v)) return { path, reason: "numbers must be finite" };
      continue;
    }
    if (typeof v !== "object") return { path, reason: `${typeof v} is not JSON` };
    if (depth >= LIMITS.jsonDepth)
      return { path, reason: `nested deeper than ${LIMITS.jsonDepth}` };
    if (Array.isArray(v)) {
      if (v.length > LIMITS.jsonEntries) {
        return { path, reason: `array of ${v.length} items (at most ${LIMITS.jsonEntries})` };
      }
      for (let i = 0; i < v.length; i++)
        stack.push({ v: v[i], path: `${path}[${i}]`, depth: depth + 1 });
      continue;
    }
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return { path, reason: "not a plain object" };
    const keys = Object.keys(v);
    if (keys.length > LIMITS.jsonEntries) {
      return { path, reason: `object of ${keys.length} keys (at most ${LIMITS.jsonEntries})` };
    }
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) return { path: `${path}.${key}`, reason: "forbidden key" };
      stack.push({
        v: (v as Record<string, unknown>)[key],
        path: `${path}.${key}`,
        depth: depth + 1,
      });
    }
  }
  return undefined;
}
