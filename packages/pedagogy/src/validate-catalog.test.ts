import { describe, expect, it } from "vitest";
import { isPedagogyError } from "./errors";
import type { Activity } from "./model";
import { catalogIssues, mergeCatalogs, validateCatalog } from "./validate-catalog";

const t = (fr: string, en: string) => ({ fr, en });
const mine = (id: string, over: Partial<Activity> = {}): Activity => ({
  id,
  name: t("Balade sonore", "Sound walk"),
  summary: t("On écoute le quartier.", "We listen to the neighbourhood."),
  purposes: [t("Écouter", "Listen")],
  principles: ["participation"],
  practices: ["participant-choice"],
  phase: "divergence",
  duration: { min: 20, max: 40 },
  groupSize: { min: 2, max: 12 },
  settings: ["presence"],
  space: t("Dehors", "Outdoors"),
  materials: [],
  steps: [
    { minutes: 5, text: t("Consigne", "Brief") },
    { minutes: 20, text: t("Marche", "Walk") },
  ],
  variants: [],
  tips: [],
  traps: [],
  licence: "CC-BY-SA-4.0",
  ...over,
});

describe("validateCatalog", () => {
  it("accepts a well-formed user catalog", () => {
    expect(validateCatalog([mine("balade-sonore")])).toHaveLength(1);
  });

  it("reports duplicate ids, empty translations, steps over the duration, stray practices", () => {
    const issues = catalogIssues([
      mine("a"),
      mine("a", { name: t("Nom", "") }),
      mine("b", { duration: { min: 5, max: 15 } }),
      mine("c", { practices: ["partnerships"] }),
    ]);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["duplicate-id", "1.id"],
      ["missing-translation", "1.name.en"],
      ["steps-duration", "2.steps"],
      ["practice-principle", "3.practices.0"],
    ]);
    expect(issues[2]?.message).toContain("steps take 25 min but the duration is 5–15 min");
  });

  it("flags steps that fall short of the shortest run too", () => {
    expect(catalogIssues([mine("a", { duration: { min: 30, max: 40 } })])[0]?.code).toBe(
      "steps-duration",
    );
  });

  it("reports shape errors with their path", () => {
    const issues = catalogIssues([{ ...mine("a"), phase: "lunch" }]);
    expect(issues[0]).toMatchObject({ code: "schema", path: "0.phase" });
  });

  it("throws a typed error listing every issue", () => {
    try {
      validateCatalog([mine("a"), mine("a"), mine("Bad Id")]);
      expect.unreachable();
    } catch (e) {
      expect(isPedagogyError(e) && e.code).toBe("invalid-catalog");
      if (isPedagogyError(e)) {
        expect(e.message).toMatch(/^\[pedagogy\] invalid catalog: /);
        expect(e.issues.length).toBeGreaterThan(0);
      }
    }
  });
});

describe("mergeCatalogs", () => {
  const base = [mine("a"), mine("b")];

  it("appends new activities and replaces same-id ones in place", () => {
    const replaced = mine("b", { name: t("Autre", "Other") });
    const merged = mergeCatalogs(base, [replaced, mine("c")]);
    expect(merged.map((a) => a.id)).toEqual(["a", "b", "c"]);
    expect(merged[1]?.name.en).toBe("Other");
    expect(base[1]?.name.en).toBe("Sound walk");
  });

  it("refuses a clash when asked to", () => {
    expect(() => mergeCatalogs(base, [mine("a")], { onConflict: "error" })).toThrow(
      /"a" is already in the base catalog/,
    );
  });

  it("refuses an invalid addition", () => {
    expect(() => mergeCatalogs(base, [{ id: "x" }])).toThrow(/invalid catalog/);
  });
});
