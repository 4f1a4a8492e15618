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
} from "@pionniers/stories";
import { fromCsv, toCsv } from "@pionniers/stories/csv";
import { describe, expect, it } from "vitest";
import {
  type Calls,
  describeHostileArguments,
} from "../../../scripts/testing/hostile-arguments.ts";
import { frenchBacklog } from "./test-fixtures/backlog.ts";

const backlog = frenchBacklog();
const plan = planChantiers(backlog, { capacityDays: 6, start: "2026-03-02" });
const chantier = plan.chantiers[0]!;
const text = backlog[0]!.text;

/** Every public function, with arguments that work. */
const calls: Calls = {
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

describeHostileArguments(calls, {
  errorName: "StoriesError",
  isTypedError: isStoriesError,
  prefix: "[stories] ",
  runs: 300,
});

describe("what a caller is told", () => {
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
