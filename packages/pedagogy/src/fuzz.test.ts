import {
  type Agenda,
  catalogIssues,
  composeAgenda,
  findActivities,
  isPedagogyError,
  mergeCatalogs,
  moveSlot,
  removeSlot,
  renderHtml,
  renderMarkdown,
  resizeSlot,
  retimeAgenda,
  validateCatalog,
} from "@pionniers/pedagogy";
import { catalog as builtIn, composeTemplate } from "@pionniers/pedagogy/catalog";
import { describe, expect, it } from "vitest";
import {
  type Calls,
  describeHostileArguments,
} from "../../../scripts/testing/hostile-arguments.ts";

// A small catalog keeps a thousand broken copies quick to validate.
const catalog = [
  ...builtIn.filter((a) => a.phase === "opening").slice(0, 2),
  ...builtIn.filter((a) => a.phase === "divergence").slice(0, 2),
  ...builtIn.filter((a) => a.phase === "convergence").slice(0, 1),
  ...builtIn.filter((a) => a.phase === "closing").slice(0, 2),
];
const agenda: Agenda = composeAgenda({ catalog, minutes: 120, seed: 2 });

/** Every public function, with arguments that work. */
const calls: Calls = {
  composeAgenda: [
    composeAgenda,
    [
      {
        catalog,
        minutes: 120,
        start: "14:00",
        setting: "presence",
        groupSize: 10,
        principles: ["cooperation"],
        mustInclude: [catalog[2]!.id],
        seed: 3,
        title: { fr: "Atelier", en: "Workshop" },
        breaks: { every: 60, minutes: 10, lunch: 45 },
      },
    ],
  ],
  findActivities: [
    findActivities,
    [
      {
        catalog,
        text: "groupe",
        principles: ["participation"],
        practices: [],
        phase: ["opening", "closing"],
        minutes: 30,
        groupSize: 12,
        setting: "presence",
      },
    ],
  ],
  composeTemplate: [composeTemplate, ["rencontre-mensuelle", { catalog: builtIn, seed: 2 }]],
  renderMarkdown: [renderMarkdown, [agenda, "en"]],
  renderHtml: [renderHtml, [agenda, "fr"]],
  retimeAgenda: [retimeAgenda, [agenda]],
  moveSlot: [moveSlot, [agenda, 0, 1]],
  removeSlot: [removeSlot, [agenda, 1]],
  resizeSlot: [resizeSlot, [agenda, 1, 20]],
  catalogIssues: [catalogIssues, [catalog]],
  validateCatalog: [validateCatalog, [catalog]],
  mergeCatalogs: [mergeCatalogs, [catalog, catalog.slice(0, 1), { onConflict: "replace" }]],
};

describeHostileArguments(calls, {
  errorName: "PedagogyError",
  isTypedError: isPedagogyError,
  prefix: "[pedagogy] ",
});

describe("what a caller is told", () => {
  const failure = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      if (isPedagogyError(e)) return { code: e.code, path: e.path, message: e.message };
      throw e;
    }
    return undefined;
  };

  it("asks for the catalog when it is missing", () => {
    for (const f of [
      () => composeAgenda({ minutes: 60 } as never),
      () => findActivities({ text: "meteo" } as never),
    ]) {
      expect(failure(f)).toEqual({
        code: "invalid-request",
        path: "catalog",
        message: "[pedagogy] catalog: missing — e.g. catalog from @pionniers/pedagogy/catalog",
      });
    }
  });

  it("lists what is wrong with a malformed custom catalog instead of crashing on it", () => {
    const mine = [{ ...catalog[0]!, duration: undefined }, { id: "half-written" }];
    for (const f of [
      () => composeAgenda({ catalog: mine as never, minutes: 60 }),
      () => findActivities({ catalog: mine as never }),
    ]) {
      const e = failure(f);
      expect(e?.code).toBe("invalid-catalog");
      expect(e?.message).toContain("0.duration");
    }
  });

  it("takes one id or one principle where a list is expected", () => {
    const id = catalog[2]!.id;
    const one = composeAgenda({
      catalog,
      minutes: 120,
      mustInclude: id,
      principles: "cooperation",
    });
    expect(one.slots.map((s) => s.activityId)).toContain(id);
    expect(findActivities({ catalog, principles: "cooperation" })).toEqual(
      findActivities({ catalog, principles: ["cooperation"] }),
    );
    expect(failure(() => composeAgenda({ catalog, minutes: 60, mustInclude: 3 as never }))).toEqual(
      expect.objectContaining({ code: "invalid-request", path: "mustInclude" }),
    );
  });

  it("refuses an agenda that was not made by composeAgenda, naming the field", () => {
    const broken = { ...agenda, slots: [{ ...agenda.slots[0]!, minutes: "ten" }] };
    expect(failure(() => renderHtml(broken as never))).toEqual(
      expect.objectContaining({ code: "invalid-request", path: "agenda.slots.0.minutes" }),
    );
    expect(failure(() => renderMarkdown(agenda, "de" as never))).toEqual(
      expect.objectContaining({ code: "invalid-request", path: "lang" }),
    );
  });
});
