import { activityIds, catalog, composeTemplate, templates } from "@pionniers/pedagogy/catalog";
import { describe, expect, it } from "vitest";

describe("templates", () => {
  it("cover the proposal's five session formats with the right number of days", () => {
    expect(Object.fromEntries(templates.map((t) => [t.id, t.sessions.length]))).toEqual({
      "formation-pionniers": 2,
      "transposition-structures": 2,
      "demi-journee-intra": 1,
      "consolidation-essaimage": 1,
      "rencontre-mensuelle": 1,
    });
  });

  it("refer only to built-in activities", () => {
    for (const t of templates) {
      for (const s of t.sessions) for (const id of s.mustInclude) expect(activityIds).toContain(id);
    }
  });

  it.each(templates.map((t) => t.id))("%s composes within time, with its activities", (id) => {
    const template = templates.find((t) => t.id === id)!;
    for (const seed of [1, 2, 3]) {
      const agendas = composeTemplate(id, { catalog, seed });
      expect(agendas).toHaveLength(template.sessions.length);
      for (const [i, agenda] of agendas.entries()) {
        const session = template.sessions[i]!;
        expect(agenda.title).toEqual(session.title);
        expect(agenda.totalMinutes).toBeLessThanOrEqual(session.minutes);
        const ids = agenda.slots.map((s) => s.activityId);
        for (const must of session.mustInclude) expect(ids).toContain(must);
      }
    }
  });

  it("the monthly meeting is one remote hour, opened by the weather and closed by ROTI", () => {
    const [meeting] = composeTemplate("rencontre-mensuelle", { catalog });
    expect(meeting?.setting).toBe("remote");
    expect(meeting?.start).toBe("12:30");
    expect(meeting?.slots[0]?.activityId).toBe("meteo-arrivee");
    expect(meeting?.slots.at(-1)?.activityId).toBe("roti");
  });

  it("names the known templates when given an unknown one", () => {
    expect(() => composeTemplate("seminaire", { catalog })).toThrow(
      /no template "seminaire" — use one of formation-pionniers/,
    );
  });
});
