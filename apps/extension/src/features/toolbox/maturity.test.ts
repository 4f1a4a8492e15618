import { model } from "@pionniers/maturity/model";
import { describe, expect, it } from "vitest";
import { assessmentsFromDocs, draftOf, latestProfiles, progressOf, themesFor } from "./maturity.ts";

const doc = (
  id: string,
  association: string,
  date: string,
  level: 1 | 2 | 3 | 4 | 5,
  complete = true,
) => ({
  id,
  data: {
    association,
    date,
    modelVersion: model.version,
    complete,
    answers: Object.fromEntries(model.questions.map((q) => [q.id, { choice: level }])),
  },
});

describe("maturity glue", () => {
  const list = assessmentsFromDocs([
    doc("b", "La Ruche", "2026-06-01", 3),
    doc("a", "La Ruche", "2026-01-10", 2),
    doc("c", "Open Commons", "2026-05-01", 4),
    doc("d", "La Ruche", "2026-11-01", 1, false),
    { id: "broken", data: { association: "" } },
  ]);

  it("takes each association's latest finished assessment for the collective view", () => {
    expect(list.map((a) => a.id)).toEqual(["a", "c", "b", "d"]);
    const profiles = latestProfiles(list, model);
    expect(Object.keys(profiles).sort()).toEqual(["La Ruche", "Open Commons"]);
    expect(profiles["La Ruche"]?.overall.level).toBe(3);
  });

  it("resumes the draft and measures progress between the last two finished ones", () => {
    expect(draftOf(list, "La Ruche")?.id).toBe("d");
    expect(draftOf(list, "Open Commons")).toBeUndefined();
    const progress = progressOf(list, "La Ruche", model)!;
    expect([progress.overall.before, progress.overall.after, progress.overall.trend]).toEqual([
      2,
      3,
      "up",
    ]);
    expect(progressOf(list, "Open Commons", model)).toBeUndefined();
  });

  it("finds the library themes of a dimension, accents ignored", () => {
    const themes = [
      { name: "Hébergement mutualisé" },
      { name: "Outils de partage de données" },
      { name: "Cuisine" },
    ];
    expect(themesFor("pooling", themes).map((t) => t.name)).toEqual(["Hébergement mutualisé"]);
    expect(themesFor("sharing", themes).map((t) => t.name)).toEqual([
      "Outils de partage de données",
    ]);
  });
});
