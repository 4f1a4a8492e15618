import {
  isStoriesError,
  type PlanOptions,
  planChantiers,
  type StoryRecord,
} from "@pionniers/stories";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryBacklog, frenchBacklog } from "./test-fixtures/backlog.ts";

const worth = (s: StoryRecord) => s.impact * s.reach;
const mustWorth = (list: readonly StoryRecord[]) =>
  list.reduce((t, s) => t + (s.moscow === "must" ? worth(s) : 0), 0);
const totalWorth = (list: readonly StoryRecord[]) => list.reduce((t, s) => t + worth(s), 0);

function bruteForceBest(stories: readonly StoryRecord[], capacity: number): [number, number] {
  let best: [number, number] = [0, 0];
  for (let mask = 0; mask < 1 << stories.length; mask++) {
    const subset = stories.filter((_, i) => mask & (1 << i));
    if (subset.reduce((t, s) => t + s.cost, 0) > capacity) continue;
    const score: [number, number] = [mustWorth(subset), totalWorth(subset)];
    if (score[0] > best[0] || (score[0] === best[0] && score[1] > best[1])) best = score;
  }
  return best;
}

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (isStoriesError(e)) return e.code;
    throw e;
  }
  return undefined;
}

const capacity = fc.integer({ min: 1, max: 24 }).map((u) => u / 2);

describe("planChantiers — laws", () => {
  it("never fills a chantier beyond its capacity", () => {
    fc.assert(
      fc.property(
        arbitraryBacklog(60),
        capacity,
        fc.integer({ min: 1, max: 4 }),
        (stories, cap, count) => {
          fc.pre(stories.some((s) => s.cost <= cap));
          const plan = planChantiers(stories, { capacityDays: cap, count, start: "2026-03-02" });
          for (const c of plan.chantiers) {
            expect(c.loadDays).toBeLessThanOrEqual(cap);
            expect(c.loadDays).toBe(c.stories.reduce((t, s) => t + s.cost, 0));
          }
        },
      ),
    );
  });

  it("plans no story twice and accounts for every story exactly once", () => {
    fc.assert(
      fc.property(
        arbitraryBacklog(60),
        capacity,
        fc.integer({ min: 1, max: 4 }),
        (stories, cap, count) => {
          fc.pre(stories.some((s) => s.cost <= cap));
          const plan = planChantiers(stories, { capacityDays: cap, count, start: "2026-03-02" });
          const planned = plan.chantiers.flatMap((c) => c.stories.map((s) => s.id));
          expect(new Set(planned).size).toBe(planned.length);
          const all = [...planned, ...plan.leftOut.map((l) => l.story.id)].sort();
          expect(all).toEqual(stories.map((s) => s.id).sort());
        },
      ),
    );
  });

  it("is never beaten by brute force on backlogs of up to 12 stories (Must first, then impact × reach)", () => {
    fc.assert(
      fc.property(arbitraryBacklog(12), capacity, (stories, cap) => {
        fc.pre(stories.some((s) => s.cost <= cap));
        const [chantier] = planChantiers(stories, {
          capacityDays: cap,
          start: "2026-03-02",
        }).chantiers;
        const best = bruteForceBest(stories, cap);
        expect([mustWorth(chantier!.stories), totalWorth(chantier!.stories)]).toEqual(best);
      }),
      { numRuns: 200 },
    );
  });

  it("gives the same plan whatever the order of the backlog", () => {
    fc.assert(
      fc.property(arbitraryBacklog(30), capacity, fc.integer(), (stories, cap, seed) => {
        fc.pre(stories.some((s) => s.cost <= cap));
        const shuffled = [...stories].sort(
          (a, b) => ((a.id.charCodeAt(3) * seed) % 7) - ((b.id.charCodeAt(3) * seed) % 7),
        );
        const opts: PlanOptions = { capacityDays: cap, count: 2, start: "2026-03-02" };
        expect(planChantiers(shuffled, opts)).toEqual(planChantiers(stories, opts));
      }),
      { numRuns: 50 },
    );
  });
});

describe("planChantiers — a French backlog", () => {
  const plan = planChantiers(frenchBacklog(), { capacityDays: 5, count: 2, start: "2026-03-02" });

  it("fills consecutive one-month chantiers with the best set, not the best-ratio prefix", () => {
    const [first, second] = plan.chantiers;
    expect(first).toMatchObject({
      id: "chantier-1",
      start: "2026-03-02",
      end: "2026-04-01",
      loadDays: 4.5,
    });
    expect(first?.stories.map((s) => s.id)).toEqual(["fiches", "agenda", "salle"]);
    expect(
      first?.stories.every((s) => s.status === "planned" && s.chantierId === "chantier-1"),
    ).toBe(true);
    expect(first?.expectedImpact).toBe(15 + 20 + 12);
    expect(second).toMatchObject({ id: "chantier-2", start: "2026-04-02", end: "2026-05-01" });
    expect(second?.stories.map((s) => s.id)).toEqual(["cr-ca", "cotisation"]);
    // The best-ratio prefix (fiches, cr-ca, agenda) would stop at 4 days, 45 points, one Must.
    expect(first?.expectedImpact).toBeGreaterThan(15 + 10 + 20);
  });

  it("says why each story is left out", () => {
    expect(plan.leftOut.map((l) => [l.story.id, l.reason])).toEqual([
      ["site", "wont"],
      ["livret", "no-room"],
      ["sms", "no-room"],
    ]);
    expect(plan.leftOut[0]?.explanation.fr).toContain("Won't");
  });

  it("leaves out done, dropped and in-progress stories and stories bigger than a chantier", () => {
    const backlog = frenchBacklog().map((s) =>
      s.id === "agenda"
        ? { ...s, status: "done" as const }
        : s.id === "salle"
          ? { ...s, status: "doing" as const }
          : s,
    );
    const p = planChantiers(backlog, { capacityDays: 3.5, start: "2026-03-02" });
    const reasons = Object.fromEntries(p.leftOut.map((l) => [l.story.id, l.reason]));
    expect(reasons).toMatchObject({ agenda: "closed", salle: "in-progress", sms: "too-big" });
  });

  it("clamps month ends and continues a numbered sequence", () => {
    const p = planChantiers(frenchBacklog(), {
      capacityDays: 2,
      count: 3,
      start: "2026-01-31",
      firstNumber: 3,
    });
    expect(p.chantiers.map((c) => [c.id, c.start, c.end])).toEqual([
      ["chantier-3", "2026-01-31", "2026-02-27"],
      ["chantier-4", "2026-02-28", "2026-03-30"],
      ["chantier-5", "2026-03-31", "2026-04-29"],
    ]);
  });
});

describe("planChantiers — bad input", () => {
  const backlog = frenchBacklog();
  it.each([
    [{ capacityDays: 0.5 }, "capacity-too-small"],
    [{ capacityDays: -3 }, "invalid-capacity"],
    [{ capacityDays: Number.NaN }, "invalid-capacity"],
    [{ capacityDays: 2.2 }, "invalid-capacity"],
    [{ count: 0 }, "invalid-count"],
    [{ count: 1.5 }, "invalid-count"],
    [{ start: "2026-02-30" }, "invalid-date"],
    [{ start: "02/03/2026" }, "invalid-date"],
  ])("refuses %o with %s", (patch, code) => {
    expect(
      codeOf(() => planChantiers(backlog, { capacityDays: 5, start: "2026-03-02", ...patch })),
    ).toBe(code);
  });

  it("refuses two stories with one id", () => {
    expect(
      codeOf(() =>
        planChantiers([...backlog, backlog[0]!], { capacityDays: 5, start: "2026-03-02" }),
      ),
    ).toBe("duplicate-id");
  });

  it("plans nothing, without error, when nothing is open", () => {
    const closed = backlog.map((s) => ({ ...s, status: "done" as const }));
    const p = planChantiers(closed, { capacityDays: 0.5, start: "2026-03-02" });
    expect(p.chantiers[0]?.stories).toEqual([]);
  });
});
