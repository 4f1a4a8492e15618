import { createStory, forecast, planChantiers } from "@pionniers/stories";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ToolboxDoc } from "../../messages.ts";
import {
  chantiersFromDocs,
  evaluateChantier,
  forecastBars,
  moveStory,
  nextStart,
  planDocs,
  type SavedChantier,
  throughput,
} from "./backlog.ts";
import { storyFromDoc } from "./records.ts";

const stories = [
  createStory({
    id: "agenda",
    text: "En tant que bénévole, je veux un agenda partagé",
    cost: 2,
    impact: 4,
    reach: 5,
  }),
  createStory({
    id: "salle",
    text: "En tant que coordinatrice, je veux réserver la salle",
    cost: 1.5,
    impact: 3,
    reach: 4,
  }),
  createStory({
    id: "dons",
    text: "En tant que trésorière, je veux exporter les dons",
    cost: 3,
    impact: 4,
    reach: 3,
  }),
];

function saved() {
  const plan = planChantiers(stories, { capacityDays: 3.5, count: 2, start: "2027-01-04" });
  const docs = planDocs(plan);
  const list = docs.stories.map((d) => storyFromDoc(d)!);
  return { plan, chantiers: chantiersFromDocs(docs.chantiers), stories: list };
}

describe("backlog glue", () => {
  it("saves a plan as chantier documents whose stories are planned in them", () => {
    const { plan, chantiers, stories: planned } = saved();
    expect(chantiers.map((c) => [c.number, c.start, c.storyIds])).toEqual(
      plan.chantiers.map((c) => [c.number, c.start, c.stories.map((s) => s.id)]),
    );
    for (const s of planned) {
      expect(s.status).toBe("planned");
      expect(chantiers.find((c) => c.id === s.chantierId)?.storyIds).toContain(s.id);
    }
    expect(nextStart(chantiers, "2026-11-28")).toBe("2027-03-04");
  });

  it("two pioneers planning offline write different chantiers: once merged, every planned story is in one", () => {
    // Each plans part of the backlog on their own browser; planChantiers numbers both "chantier-1".
    const mine = planDocs(
      planChantiers(stories.slice(0, 2), { capacityDays: 9, count: 1, start: "2027-01-04" }),
    );
    const theirs = planDocs(
      planChantiers(stories.slice(2), { capacityDays: 9, count: 1, start: "2027-01-04" }),
    );
    const merged = new Map<string, ToolboxDoc>();
    for (const d of [...mine.chantiers, ...theirs.chantiers]) merged.set(d.id, d);
    const chantiers = chantiersFromDocs([...merged.values()]);
    expect(chantiers).toHaveLength(2);
    for (const d of [...mine.stories, ...theirs.stories]) {
      const s = storyFromDoc(d)!;
      expect(chantiers.find((c) => c.id === s.chantierId)?.storyIds).toContain(s.id);
    }
  });

  it("moves a story by hand: out of one chantier, into another, or back to the backlog", () => {
    const { chantiers, stories: planned } = saved();
    const [one, two] = chantiers as [SavedChantier, SavedChantier];
    const s = planned.find((x) => x.chantierId === one.id)!;
    const docs = moveStory(s, two, chantiers);
    const after = chantiersFromDocs(docs.filter((d) => chantiers.some((c) => c.id === d.id)));
    expect(after.find((c) => c.id === one.id)?.storyIds).not.toContain(s.id);
    expect(after.find((c) => c.id === two.id)?.storyIds).toContain(s.id);
    expect(storyFromDoc(docs.at(-1)!)?.chantierId).toBe(two.id);
    const back = storyFromDoc(moveStory(s, undefined, chantiers).at(-1)!)!;
    expect([back.status, back.chantierId]).toEqual(["backlog", undefined]);
  });

  it("evaluates a chantier from its stories' statuses and carries the unfinished ones over", () => {
    const { chantiers, stories: planned } = saved();
    const c1 = chantiers[0]!;
    const [first, second] = c1.storyIds;
    const withDone = planned.map((s) => (s.id === first ? { ...s, status: "done" as const } : s));
    const { docs, evaluation } = evaluateChantier(c1, withDone, { [first!]: 3 });
    expect(evaluation.storiesDone).toBe(1);
    expect(evaluation.velocity).toBe(planned.find((s) => s.id === first)!.cost);
    expect(evaluation.actual).toEqual({ [first!]: 3 });
    const carried = docs.slice(1).map((d) => storyFromDoc(d)!);
    expect(carried.map((s) => [s.id, s.status, s.chantierId])).toEqual(
      second ? [[second, "backlog", undefined]] : [],
    );
    const history = throughput(chantiersFromDocs([docs[0]!]));
    expect(history).toEqual([
      { velocity: evaluation.velocity, plannedDays: evaluation.plannedDays },
    ]);
    const f = forecast(history, [], { capacityDays: 5 });
    expect(f.p85).toBeLessThanOrEqual(f.p50);
  });

  it("evaluating a chantier again leaves a carried-over story where it was planned since", () => {
    const { chantiers, stories: planned } = saved();
    const [c1, c2] = chantiers as [SavedChantier, SavedChantier];
    const unfinished = c1.storyIds[0]!;
    // Planned again, in the next chantier, after the first evaluation carried it over.
    const replanned = planned.map((s) =>
      s.id === unfinished ? { ...s, status: "planned" as const, chantierId: c2.id } : s,
    );
    const { docs, evaluation } = evaluateChantier(c1, replanned, {});
    expect(evaluation.storiesDone).toBe(0);
    expect(docs.slice(1).map((d) => storyFromDoc(d)!.id)).not.toContain(unfinished);
  });

  it("draws bars in order P50 ≥ P85 ≥ P95 and never beyond the plot", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 40, noNaN: true }), { minLength: 3, maxLength: 3 }),
        fc.double({ min: 0.5, max: 40, noNaN: true }),
        (values, capacity) => {
          const [p95, p85, p50] = [...values].sort((a, b) => a - b) as [number, number, number];
          const { bars, capacityX } = forecastBars({ p50, p85, p95 }, capacity, 360);
          expect(bars.map((b) => b.level)).toEqual(["p50", "p85", "p95"]);
          expect(bars[0]!.width).toBeGreaterThanOrEqual(bars[1]!.width);
          expect(bars[1]!.width).toBeGreaterThanOrEqual(bars[2]!.width);
          for (const b of bars) expect(b.width).toBeLessThanOrEqual(360);
          expect(capacityX).toBeLessThanOrEqual(360);
        },
      ),
    );
  });
});
