import {
  CatalogSchema,
  catalogIssues,
  composeAgenda,
  phases,
  practices,
  principles,
  settings,
  validateCatalog,
} from "@pionniers/pedagogy";
import { activityIds, catalog } from "@pionniers/pedagogy/catalog";
import * as v from "valibot";
import { describe, expect, it } from "vitest";

describe("built-in catalog", () => {
  it("passes the schema and every catalog check", () => {
    expect(v.safeParse(CatalogSchema, catalog).success).toBe(true);
    expect(catalogIssues(catalog)).toEqual([]);
    expect(validateCatalog(catalog)).toBe(catalog);
  });

  it("holds at least 60 activities, in the order and with the ids published in ids.ts", () => {
    expect(catalog.length).toBeGreaterThanOrEqual(60);
    expect(catalog.map((a) => a.id)).toEqual([...activityIds]);
    expect(new Set(activityIds).size).toBe(activityIds.length);
  });

  it("keeps the ids other packages already rely on", () => {
    for (const id of [
      "world-cafe",
      "fishbowl",
      "open-space",
      "1-2-4-all",
      "debat-mouvant",
      "photolangage",
      "carte-heuristique",
      "speed-boat",
      "pecha-kucha",
      "porteur-de-parole",
      "meteo-arrivee",
      "tour-de-table",
      "revue-par-les-pairs",
    ]) {
      expect(activityIds).toContain(id);
    }
  });

  it.each(principles)("serves %s with at least 12 activities", (p) => {
    expect(catalog.filter((a) => a.principles.includes(p)).length).toBeGreaterThanOrEqual(12);
  });

  it.each(settings)("offers at least 15 activities for the %s setting", (s) => {
    expect(catalog.filter((a) => a.settings.includes(s)).length).toBeGreaterThanOrEqual(15);
  });

  it("uses each of the nine practices and each phase", () => {
    for (const p of Object.keys(practices)) {
      expect(
        catalog.some((a) => a.practices.includes(p as keyof typeof practices)),
        p,
      ).toBe(true);
    }
    for (const ph of phases)
      expect(
        catalog.some((a) => a.phase === ph),
        ph,
      ).toBe(true);
  });

  it("is licensed CC BY-SA 4.0 and written in both languages", () => {
    for (const a of catalog) {
      expect(a.licence).toBe("CC-BY-SA-4.0");
      expect(a.name.fr).not.toBe("");
      expect(a.summary.en).not.toBe(a.summary.fr);
    }
  });

  it("can open and close a session in every setting", () => {
    for (const setting of settings) {
      const agenda = composeAgenda({ catalog, minutes: 45, setting, groupSize: 8 });
      expect(agenda.slots[0]?.phase).toBe("opening");
      expect(agenda.slots.at(-1)?.phase).toBe("closing");
    }
  });
});
