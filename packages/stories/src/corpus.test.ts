// Real stories: 853 lines from 11 public backlogs — F. Dalpiaz, "Requirements data sets
// (user stories)", Mendeley Data, v1, 2018, doi:10.17632/7zbk8zsd8y.1, CC BY 4.0, as cleaned
// in ace-design/gpt-stories. Read from <repo>/../shared/data/user-stories-en/.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { checkBacklog, parseStory } from "@pionniers/stories";
import { describe, expect, it } from "vitest";

const dir = fileURLToPath(new URL("../../../../shared/data/user-stories-en/", import.meta.url));
const lines = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .flatMap((f) => readFileSync(`${dir}${f}`, "utf8").split("\n"))
  .map((l) => l.replace(/^#G\d+#\s?/, ""))
  .filter((l) => l.trim() !== "");

// A story "follows a known template" when it opens with "As <role>" and has one of the
// issue's means phrases (written independently of the parser's own patterns).
const knownTemplate =
  /^\s*as\s+[^,]{1,80}?,?\s+i\s+(?:want|would like|wish|need|can|am able to|should be able to|do not want|don't want)\b/i;

describe("real English backlogs (853 stories)", () => {
  const templated = lines.filter((l) => knownTemplate.test(l));

  it("holds the expected corpus", () => {
    expect(lines).toHaveLength(852); // 853 lines, one of them empty after its backlog tag
    expect(templated.length).toBeGreaterThan(800);
  });

  it("reads at least 99 % of the stories that follow a known template", () => {
    const failed = templated.filter((l) => !parseStory(l).ok);
    expect(failed).toEqual([]);
    expect(1 - failed.length / templated.length).toBeGreaterThanOrEqual(0.99);
  });

  it("never calls a well-formed story malformed, and does flag the fragments", () => {
    const defects = checkBacklog(lines);
    const wronglyFlagged = lines.filter(
      (l, i) => knownTemplate.test(l) && defects[i]?.some((d) => d.kind === "well-formed"),
    );
    expect(wronglyFlagged).toEqual([]);
    const flagged = lines.filter((_, i) => defects[i]?.some((d) => d.kind === "well-formed"));
    expect(flagged).toEqual(
      expect.arrayContaining([
        "Auditing & Reporting.",
        "to support data migration integrity testing.",
      ]),
    );
  });

  it("sees no list in these one-line stories: the list rule adds no defect", () => {
    const defects = checkBacklog(lines);
    const lists = lines.filter((l, i) =>
      defects[i]?.some((d) => d.kind === "minimal" && /^(?::|\n)/.test(l.slice(d.span.start))),
    );
    expect(lists).toEqual([]);
  });

  it("finds the exact duplicates the backlogs really contain", () => {
    const defects = checkBacklog(lines);
    const dupes = lines.filter((_, i) =>
      defects[i]?.some((d) => d.kind === "unique" && d.severity === "high"),
    );
    expect(dupes).toContain(
      "As an Agency user, I want to be able to include a large number of flexfields without performance impact.",
    );
  });
});
