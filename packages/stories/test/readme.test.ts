// The README's Usage example is test/readme.example.ts: this test runs it and checks that
// the README shows it word for word.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { defects, next, plan, ranking, read, review } from "./readme.example.ts";

it("runs the README's usage example with the results its comments announce", () => {
  expect(read.ok && read.story.role).toBe("benevole·s");
  expect(read.ok && read.story.means).toBe("voir les creneaux libres");
  expect(defects).toEqual(["atomic", "uniform", "unambiguous", "unambiguous"]);
  expect(ranking[0]).toBe("1. fiches — impact 3 × portée 5 ÷ coût 1 j = 15");
  const [march, april] = plan.chantiers;
  expect([march?.start, march?.end, april?.start, april?.end]).toEqual([
    "2026-03-02",
    "2026-04-01",
    "2026-04-02",
    "2026-05-01",
  ]);
  expect(march?.stories.map((s) => s.id)).toEqual(["fiches", "agenda", "salle"]);
  expect([march?.loadDays, march?.expectedImpact]).toEqual([4.5, 47]);
  expect(april?.stories.map((s) => s.id)).toEqual(["cr-ca", "cotisation"]);
  expect([april?.loadDays, april?.expectedImpact]).toEqual([4, 22]);
  expect(plan.leftOut.map((l) => [l.story.id, l.reason])).toEqual([["livret", "no-room"]]);
  expect(review.velocity).toBe(3);
  expect(review.completionRate).toBeCloseTo(2 / 3);
  expect(review.estimationError).toBeCloseTo(1 / 3);
  expect(review.carriedOver.map((s) => s.id)).toEqual(["salle"]);
  expect([next.p50, next.p85]).toEqual([4, 3.33]);
  expect(next.fitAt85.stories.map((s) => s.id)).toEqual(["cr-ca", "salle"]);
});

it("shows the example in the README word for word", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const example = readFileSync(new URL("./readme.example.ts", import.meta.url), "utf8");
  const usage = readme.slice(readme.indexOf("## Usage"));
  const block = /```ts\n([\s\S]*?)```/.exec(usage)?.[1];
  const body = example.slice(0, example.indexOf("\n// Exported for readme.test.ts"));
  expect(block?.trimEnd()).toBe(body.trimEnd());
});
