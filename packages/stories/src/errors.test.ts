import {
  checkBacklog,
  checkQuality,
  createStory,
  evaluate,
  forecast,
  formatStory,
  isStoriesError,
  parseStory,
  planChantiers,
  prioritise,
  type StoriesError,
} from "@pionniers/stories";
import { fromCsv, toCsv } from "@pionniers/stories/csv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frenchBacklog } from "./test-fixtures/backlog.ts";

const backlog = frenchBacklog();
const plan = planChantiers(backlog, { capacityDays: 6, start: "2026-03-02" });
const chantier = plan.chantiers[0]!;
const text = backlog[0]!.text;

/** Every public function, with arguments that work. */
const calls: Record<string, [(...a: never[]) => unknown, unknown[]]> = {
  parseStory: [parseStory, [text, { lang: "fr" }]],
  createStory: [createStory, [{ id: "a", text, cost: 1, impact: 3, reach: 2, themes: ["x"] }]],
  checkQuality: [checkQuality, [backlog[1], { backlog }]],
  checkBacklog: [checkBacklog, [[text, ...backlog, backlog[2]!.parsed]]],
  prioritise: [prioritise, [backlog, { method: "wsjf" }]],
  planChantiers: [planChantiers, [backlog, { capacityDays: 6, count: 2, start: "2026-03-02" }]],
  evaluate: [
    evaluate,
    [chantier, [{ id: chantier.stories[0]!.id, status: "done", actualDays: 2 }]],
  ],
  forecast: [forecast, [[{ velocity: 4, plannedDays: 6 }, 3], backlog, { trials: 50, seed: 3 }]],
  formatStory: [formatStory, [backlog[0], "en"]],
  toCsv: [toCsv, [backlog, {}]],
  fromCsv: [fromCsv, [toCsv(backlog)]],
};

/** Every path to a value inside a JSON-like value. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof v !== "object" || v === null) return [at];
  return [
    at,
    ...Object.entries(v).flatMap(([k, x]) => paths(x, [...at, Array.isArray(v) ? Number(k) : k])),
  ];
}

const anyValue = fc.oneof(fc.anything(), fc.constant(undefined), fc.constant(null));
const runs = Number(process.env.FUZZ_RUNS ?? 300);

function callOrTypedError(name: string, args: unknown[], where: string): void {
  const [f] = calls[name]!;
  try {
    f(...(args as never[]));
  } catch (e) {
    if (!isStoriesError(e)) throw new Error(`${name}: ${where}: ${e}`);
    expect((e as StoriesError).message.startsWith("[stories] ")).toBe(true);
  }
}

describe("any argument read from outside", () => {
  it("the baseline calls work", () => {
    for (const [f, args] of Object.values(calls))
      expect(() => f(...(args as never[]))).not.toThrow();
  });

  it.each(Object.keys(calls))(
    "%s gives a result or a StoriesError, whatever each argument is",
    (name) => {
      const [, args] = calls[name]!;
      fc.assert(
        fc.property(fc.nat(args.length - 1), anyValue, (i, value) => {
          const broken = [...args];
          broken[i] = value;
          callOrTypedError(name, broken, `argument ${i} = ${fc.stringify(value)}`);
        }),
        { numRuns: runs },
      );
    },
  );

  it.each(Object.keys(calls))(
    "%s gives a result or a StoriesError, whatever field inside is broken",
    (name) => {
      const [, args] = calls[name]!;
      const all = paths(args).filter((p) => p.length > 1);
      if (all.length === 0) return; // a plain text: the whole-argument test covers it
      fc.assert(
        fc.property(fc.constantFrom(...all), anyValue, (path, value) => {
          const broken = structuredClone(args) as unknown as Record<string | number, unknown>;
          let parent = broken;
          for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
          parent[path.at(-1)!] = value;
          callOrTypedError(
            name,
            broken as unknown as unknown[],
            `${path.join(".")} = ${fc.stringify(value)}`,
          );
        }),
        { numRuns: runs },
      );
    },
  );

  it("names the argument at fault", () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (isStoriesError(e)) return `${e.code} ${e.field}`;
        throw e;
      }
      return "none";
    };
    expect(codeOf(() => planChantiers(backlog, undefined as never))).toBe(
      "invalid-capacity capacityDays",
    );
    expect(
      codeOf(() => planChantiers(null as never, { capacityDays: 6, start: "2026-03-02" })),
    ).toBe("invalid-argument stories");
    expect(codeOf(() => prioritise(undefined as never))).toBe("invalid-argument stories");
    expect(codeOf(() => evaluate(chantier, null as never))).toBe("invalid-argument outcomes");
    expect(codeOf(() => forecast([4], undefined as never))).toBe("invalid-argument backlog");
    expect(codeOf(() => checkQuality(null as never))).toBe("invalid-argument story");
    expect(codeOf(() => formatStory(null as never))).toBe("invalid-argument story");
  });
});
