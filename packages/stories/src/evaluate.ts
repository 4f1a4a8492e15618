import { fail, need, str } from "./errors.ts";
import type { Chantier } from "./plan.ts";
import { checkFigures, MAX_COST_DAYS, type StoryRecord, worthOf } from "./story.ts";

/** What became of one planned story at the end of its chantier. */
export interface Outcome {
  readonly id: string;
  /** `done`, `dropped`, or still `doing` / `planned` (then carried over). */
  readonly status: "done" | "doing" | "planned" | "dropped";
  /** Person-days it really took, when measured. */
  readonly actualDays?: number;
}

/** The balance sheet of one chantier. */
export interface Evaluation {
  readonly chantierId: string;
  /** Sum of planned costs. */
  readonly plannedDays: number;
  /** Sum of the planned costs of the stories done: the chantier's velocity. */
  readonly velocity: number;
  /** velocity ÷ plannedDays, 0 to 1. */
  readonly completionRate: number;
  /** Stories done / stories planned. */
  readonly storiesDone: number;
  readonly storiesPlanned: number;
  /** Person-days really spent on the stories done that have `actualDays`. */
  readonly actualDays: number;
  /**
   * (actual − estimated) ÷ estimated over the stories done that have `actualDays`:
   * +0.25 means they took a quarter more than planned; `null` without measures.
   */
  readonly estimationError: number | null;
  /** impact × reach planned and delivered. */
  readonly impactPlanned: number;
  readonly impactDelivered: number;
  readonly done: readonly StoryRecord[];
  readonly dropped: readonly StoryRecord[];
  /** Stories not finished, back in the backlog (status `backlog`, no chantier) for the next plan. */
  readonly carriedOver: readonly StoryRecord[];
}

/**
 * Evaluates a chantier from what became of its stories: planned against done load,
 * completion rate, velocity (the estimated days actually delivered), estimation error,
 * impact delivered and the stories carried over to the next plan. A story without an
 * outcome counts as not finished.
 *
 * @param chantier a chantier from {@link planChantiers}
 * @param outcomes one outcome per story that moved
 * @returns the balance sheet; pass it to {@link forecast} as history
 * @throws StoriesError `unknown-story` for an outcome about a story not in the chantier,
 *   `invalid-outcome` for a bad status, a duplicate or a bad `actualDays`
 * @example
 * const e = evaluate(plan.chantiers[0], [{ id: "agenda", status: "done", actualDays: 2 }]);
 * e.completionRate; // 0.25 when agenda was 1.5 of 6 planned days
 */
export function evaluate(chantier: Chantier, outcomes: readonly Outcome[]): Evaluation {
  need(chantier, "chantier");
  need(chantier.stories, "chantier.stories", 1);
  for (const s of chantier.stories) checkFigures(s);
  need(outcomes, "outcomes", 1);
  const byId = new Map(chantier.stories.map((s) => [s.id, s]));
  const seen = new Map<string, Outcome>();
  for (const o of outcomes) {
    need(o, "outcomes");
    if (!byId.has(o.id)) {
      fail(
        "unknown-story",
        `le récit « ${str(o.id)} » n'est pas dans ${str(chantier.id)}`,
        `story "${str(o.id)}" is not in ${str(chantier.id)}`,
        { storyId: str(o.id) },
      );
    }
    if (seen.has(o.id) || !["done", "doing", "planned", "dropped"].includes(o.status)) {
      fail(
        "invalid-outcome",
        `statut « ${str(o.status)} » inconnu ou en double — done, doing, planned ou dropped, une fois`,
        `unknown or repeated status "${str(o.status)}" — done, doing, planned or dropped, once`,
        { storyId: str(o.id), field: "status" },
      );
    }
    const a = o.actualDays;
    if (
      a !== undefined &&
      !(typeof a === "number" && Number.isFinite(a) && a >= 0 && a <= MAX_COST_DAYS)
    ) {
      fail(
        "invalid-outcome",
        `durée réelle ${str(a)} invalide — de 0 à ${MAX_COST_DAYS} jours`,
        `invalid actual days ${str(a)} — 0 to ${MAX_COST_DAYS} days`,
        { storyId: str(o.id), field: "actualDays" },
      );
    }
    seen.set(o.id, o);
  }
  const done: StoryRecord[] = [];
  const dropped: StoryRecord[] = [];
  const carriedOver: StoryRecord[] = [];
  let estimated = 0;
  let actual = 0;
  for (const s of chantier.stories) {
    const o = seen.get(s.id);
    if (o?.status === "done") {
      done.push({ ...s, status: "done" });
      if (o.actualDays !== undefined) {
        estimated += s.cost;
        actual += o.actualDays;
      }
    } else if (o?.status === "dropped") {
      dropped.push({ ...s, status: "dropped" });
    } else {
      const { chantierId: _, ...rest } = s;
      carriedOver.push({ ...rest, status: "backlog" });
    }
  }
  const sum = (list: readonly StoryRecord[], f: (s: StoryRecord) => number) =>
    list.reduce((t, s) => t + f(s), 0);
  const plannedDays = sum(chantier.stories, (s) => s.cost);
  const velocity = sum(done, (s) => s.cost);
  return {
    chantierId: chantier.id,
    plannedDays,
    velocity,
    completionRate: plannedDays === 0 ? 0 : velocity / plannedDays,
    storiesDone: done.length,
    storiesPlanned: chantier.stories.length,
    actualDays: actual,
    estimationError: estimated === 0 ? null : (actual - estimated) / estimated,
    impactPlanned: sum(chantier.stories, worthOf),
    impactDelivered: sum(done, worthOf),
    done,
    dropped,
    carriedOver,
  };
}
