import { readFileSync } from "node:fs";
import { composeAgenda, renderMarkdown } from "@pionniers/pedagogy";
import { catalog } from "@pionniers/pedagogy/catalog";
import { expect, it, vi } from "vitest";

const usage = `import { composeAgenda, renderMarkdown } from "@pionniers/pedagogy";
import { catalog } from "@pionniers/pedagogy/catalog";

const agenda = composeAgenda({ catalog, minutes: 210, start: "09:00", seed: 1 });
console.log(renderMarkdown(agenda, "fr"));`;

it("README's usage example is this test's code, in five lines", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const block = /## Usage[\s\S]*?```ts\n([\s\S]*?)\n```/.exec(readme)?.[1];
  expect(block).toBe(usage);
  expect(block?.split("\n")).toHaveLength(5);
});

it("README's usage example composes and prints a half-day agenda", () => {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  const agenda = composeAgenda({ catalog, minutes: 210, start: "09:00", seed: 1 });
  console.log(renderMarkdown(agenda, "fr"));
  const printed = String(log.mock.calls[0]?.[0]);
  log.mockRestore();
  expect(agenda.totalMinutes).toBeLessThanOrEqual(210);
  expect(printed).toContain("| 09:00 |");
  expect(printed).toContain("_Pause_");
});
