// One law every published package keeps, tested the same way in each: whatever a caller passes
// — null, a string where an object goes, a JSON value with a `toString` key, one broken field
// deep inside a valid argument — a public function returns a result or throws the package's own
// typed error, never a bare TypeError. Imported by the packages' tests (never published).
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/** Each public function under test, with arguments that work. */
export type Calls = Record<string, [(...args: never[]) => unknown, unknown[]]>;

export interface HostileArgumentsOptions {
  /** What the error is called in test names, e.g. `"StoriesError"`. */
  errorName: string;
  /** The package's cross-realm type guard. */
  isTypedError: (e: unknown) => boolean;
  /** Every message starts with it, e.g. `"[stories] "`. */
  prefix: string;
  /** fast-check runs per function and kind of damage (`PIONNIERS_FUZZ_RUNS` overrides). */
  runs?: number;
}

/** Every path to a value inside a JSON-like value. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof v !== "object" || v === null) return [at];
  return [
    at,
    ...Object.entries(v).flatMap(([k, x]) => paths(x, [...at, Array.isArray(v) ? Number(k) : k])),
  ];
}

const anyValue = fc.oneof(fc.anything(), fc.constant(undefined), fc.constant(null));

/**
 * Declares the suite: the baseline calls work; then, for each function, any argument replaced
 * by any value, and any field inside the arguments replaced by any value.
 *
 * @param calls the functions and their working arguments
 * @param options the package's error guard, name and message prefix
 */
export function describeHostileArguments(calls: Calls, options: HostileArgumentsOptions): void {
  const runs = Number(process.env.PIONNIERS_FUZZ_RUNS ?? options.runs ?? 200);
  const resultOrTypedError = (name: string, args: unknown[], where: string) => {
    const [f] = calls[name]!;
    try {
      f(...(args as never[]));
    } catch (e) {
      if (!options.isTypedError(e)) throw new Error(`${name}: ${where}: ${e}`);
      expect((e as Error).message.startsWith(options.prefix)).toBe(true);
    }
  };

  describe("any argument read from outside", () => {
    it("the baseline calls work", () => {
      for (const [f, args] of Object.values(calls))
        expect(() => f(...(args as never[]))).not.toThrow();
    });

    it.each(Object.keys(calls))(
      `%s gives a result or a ${options.errorName}, whatever each argument is`,
      (name) => {
        const [, args] = calls[name]!;
        fc.assert(
          fc.property(fc.nat(args.length - 1), anyValue, (i, value) => {
            const broken = [...args];
            broken[i] = value;
            resultOrTypedError(name, broken, `argument ${i} = ${fc.stringify(value)}`);
          }),
          { numRuns: runs },
        );
      },
    );

    it.each(Object.keys(calls))(
      `%s gives a result or a ${options.errorName}, whatever field inside is broken`,
      (name) => {
        const [, args] = calls[name]!;
        const all = paths(args).filter((p) => p.length > 1);
        if (all.length === 0) return; // a plain text: the whole-argument test covers it
        fc.assert(
          fc.property(fc.constantFrom(...all), anyValue, (path, value) => {
            const broken = structuredClone(args) as unknown as Record<string | number, unknown>;
            let parent = broken;
            for (const k of path.slice(0, -1))
              parent = parent[k] as Record<string | number, unknown>;
            parent[path.at(-1)!] = value;
            resultOrTypedError(
              name,
              broken as unknown as unknown[],
              `${path.join(".")} = ${fc.stringify(value)}`,
            );
          }),
          { numRuns: runs },
        );
      },
    );
  });
}
