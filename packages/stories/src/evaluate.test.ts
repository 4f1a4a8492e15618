import { evaluate, isStoriesError, type Outcome, planChantiers } from "@pionniers/stories";
import { describe, expect, it } from "vitest";
import { frenchBacklog } from "./test-fixtures/backlog.ts";

const [chantier] = planChantiers(frenchBacklog(), {
  capacityDays: 5,
  start: "2026-03-02",
}).chantiers;

describe("evaluate", () => {
  it("measures completion, velocity, estimation error and impact delivered", () => {
    const e = evaluate(chantier!, [
      { id: "agenda", status: "done", actualDays: 3 },
      { id: "fiches", status: "done", actualDays: 1 },
      { id: "salle", status: "doing", actualDays: 1 },
    ]);
    expect(e).toMatchObject({
      chantierId: "chantier-1",
      plannedDays: 4.5,
      velocity: 3,
      storiesDone: 2,
      storiesPlanned: 3,
      actualDays: 4,
      impactPlanned: 47,
      impactDelivered: 35,
    });
    expect(e.completionRate).toBeCloseTo(3 / 4.5);
    expect(e.estimationError).toBeCloseTo((4 - 3) / 3);
    expect(e.carriedOver.map((s) => [s.id, s.status, s.chantierId])).toEqual([
      ["salle", "backlog", undefined],
    ]);
  });

  it("counts a story without outcome as carried over and a dropped one as neither done nor carried", () => {
    const e = evaluate(chantier!, [{ id: "fiches", status: "dropped" }]);
    expect(e.velocity).toBe(0);
    expect(e.estimationError).toBeNull();
    expect(e.dropped.map((s) => s.id)).toEqual(["fiches"]);
    expect(e.carriedOver.map((s) => s.id).sort()).toEqual(["agenda", "salle"]);
  });

  it.each<[Outcome[], string]>([
    [[{ id: "sms", status: "done" }], "unknown-story"],
    [[{ id: "agenda", status: "finished" as "done" }], "invalid-outcome"],
    [[{ id: "agenda", status: "done", actualDays: -1 }], "invalid-outcome"],
    [
      [
        { id: "agenda", status: "done" },
        { id: "agenda", status: "dropped" },
      ],
      "invalid-outcome",
    ],
  ])("refuses %o with %s", (outcomes, code) => {
    try {
      evaluate(chantier!, outcomes);
    } catch (e) {
      expect(isStoriesError(e) && e.code).toBe(code);
    }
    expect.assertions(1);
  });
});
