import { findActivities } from "@pionniers/pedagogy";
import { catalog } from "@pionniers/pedagogy/catalog";
import { describe, expect, it } from "vitest";

const ids = (xs: { id: string }[]) => xs.map((a) => a.id);

describe("findActivities", () => {
  it("ignores accents and case, in both languages", () => {
    expect(ids(findActivities({ catalog, text: "METEO" }))).toContain("meteo-arrivee");
    expect(ids(findActivities({ catalog, text: "débat" }))).toContain("debat-mouvant");
    expect(ids(findActivities({ catalog, text: "moving debate" }))).toEqual(["debat-mouvant"]);
  });

  it("needs every word to match", () => {
    expect(findActivities({ catalog, text: "café xylophone" })).toEqual([]);
  });

  it("combines filters", () => {
    const found = findActivities({
      catalog,
      principles: ["cooperation"],
      practices: ["partnerships"],
      phase: ["divergence", "emergence"],
      setting: "remote",
      groupSize: 10,
      minutes: 30,
    });
    expect(found.length).toBeGreaterThan(0);
    for (const a of found) {
      expect(a.practices).toContain("partnerships");
      expect(["divergence", "emergence"]).toContain(a.phase);
      expect(a.settings).toContain("remote");
      expect(a.duration.min).toBeLessThanOrEqual(30);
      expect(a.groupSize.max).toBeGreaterThanOrEqual(10);
    }
  });

  it("finds nothing remote for 200 people to open with", () => {
    expect(
      findActivities({ catalog, phase: "opening", setting: "remote", groupSize: 200 }),
    ).toEqual([]);
  });

  it("rejects unknown filter values with a typed error", () => {
    expect(() => findActivities({ catalog, principles: ["joy" as never] })).toThrow(
      /principles.0: unknown principle "joy" — use one of transparency, cooperation, participation/,
    );
    expect(() => findActivities({ catalog, setting: "moon" as never })).toThrow(/unknown setting/);
    expect(() => findActivities({ catalog, minutes: -3 })).toThrow(/minutes/);
  });
});
