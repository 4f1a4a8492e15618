// The backlog's glue between @pionniers/stories and the library documents: saving a plan as
// chantiers, moving a story by hand, evaluating a chantier from its stories' statuses, the
// history a forecast draws from, and the forecast chart's geometry.

import { createId } from "@pionniers/library";
import {
  type Chantier,
  createStory,
  evaluate,
  type Forecast,
  type Outcome,
  type Plan,
  type StoryRecord,
  type ThroughputRecord,
} from "@pionniers/stories";
import type { ToolboxDoc } from "../../messages.ts";
import {
  type ChantierData,
  chantierData,
  type EvaluationData,
  storyDoc,
  storyInput,
} from "./records.ts";

/** A chantier document read back, with its id. */
export interface SavedChantier extends ChantierData {
  id: string;
}

/** A fresh story id (time-ordered, unique enough across pioneers). */
export function newStoryId(now = Date.now()): string {
  return `story-${now.toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

/** The chantier documents of a collection listing, sorted by number; broken ones left out. */
export function chantiersFromDocs(docs: readonly ToolboxDoc[]): SavedChantier[] {
  const out: SavedChantier[] = [];
  for (const d of docs) {
    try {
      out.push({ id: d.id, ...chantierData(d.data, d.id) });
    } catch {
      // Written by a newer or broken replica: not shown rather than breaking the page.
    }
  }
  return out.sort((a, b) => a.number - b.number);
}

/** A story with some fields changed, re-validated by `createStory`. */
export function withStory(
  story: StoryRecord,
  patch: Partial<Omit<StoryRecord, "id" | "parsed" | "chantierId">> & {
    chantierId?: string | undefined;
  },
): StoryRecord {
  const input = { ...storyInput(story, story.id), ...patch } as Record<string, unknown>;
  if (!input.chantierId) delete input.chantierId;
  return createStory(input as never);
}

/**
 * The documents that save a plan: one per chantier, and every planned story with its
 * chantier and status `planned`. `planChantiers` numbers its chantiers `chantier-1`,
 * `chantier-2`…; two pioneers planning offline would write the same ids and one plan would
 * overwrite the other, leaving its stories planned in no chantier. Each saved chantier gets a
 * fresh random id instead, and its stories point at it.
 *
 * @param plan what `planChantiers` returned
 * @param newId makes a chantier id (default: the library's random ids)
 * @returns the chantier and story documents to write
 */
export function planDocs(
  plan: Plan,
  newId: () => string = () => `chantier-${createId()}`,
): { chantiers: ToolboxDoc[]; stories: ToolboxDoc[] } {
  const chantiers: ToolboxDoc[] = [];
  const stories: ToolboxDoc[] = [];
  for (const c of plan.chantiers) {
    const id = newId();
    chantiers.push({
      id,
      title: `Chantier ${c.number}`,
      data: {
        number: c.number,
        start: c.start,
        end: c.end,
        capacityDays: c.capacityDays,
        storyIds: c.stories.map((s) => s.id),
      } satisfies ChantierData,
    });
    for (const s of c.stories) stories.push(storyDoc(withStory(s, { chantierId: id })));
  }
  return { chantiers, stories };
}

/**
 * Moves a story into a chantier, or back to the backlog (`to` undefined), by hand.
 *
 * @returns the documents to write: the story and the chantiers whose lists changed
 */
export function moveStory(
  story: StoryRecord,
  to: SavedChantier | undefined,
  chantiers: readonly SavedChantier[],
): ToolboxDoc[] {
  const docs: ToolboxDoc[] = [];
  for (const c of chantiers) {
    const has = c.storyIds.includes(story.id);
    const wants = to?.id === c.id;
    if (has === wants) continue;
    const storyIds = wants ? [...c.storyIds, story.id] : c.storyIds.filter((s) => s !== story.id);
    docs.push(chantierDoc({ ...c, storyIds }));
  }
  const moved = withStory(
    story,
    to
      ? { status: story.status === "backlog" ? "planned" : story.status, chantierId: to.id }
      : { status: "backlog", chantierId: undefined },
  );
  docs.push(storyDoc(moved));
  return docs;
}

/** The document that keeps a chantier. */
export function chantierDoc(c: SavedChantier): ToolboxDoc {
  const { id, ...data } = c;
  return { id, title: `Chantier ${c.number}`, data };
}

/** The chantier as `@pionniers/stories` sees it, rebuilt from its document and the stories. */
export function chantierOf(c: SavedChantier, stories: readonly StoryRecord[]): Chantier {
  const byId = new Map(stories.map((s) => [s.id, s]));
  const list = c.storyIds.flatMap((id) => byId.get(id) ?? []);
  return {
    id: c.id,
    number: c.number,
    start: c.start,
    end: c.end,
    capacityDays: c.capacityDays,
    stories: list,
    loadDays: list.reduce((t, s) => t + s.cost, 0),
    expectedImpact: list.reduce((t, s) => t + s.impact * s.reach, 0),
  };
}

/**
 * Evaluates a chantier from what its stories became (done, dropped, still in progress) and the
 * person-days they really took; unfinished stories go back to the backlog.
 *
 * @param c the saved chantier
 * @param stories every story of the backlog
 * @param actual measured person-days per story id (done stories only count)
 * @returns the documents to write (the chantier with its evaluation, the carried-over stories)
 *   and the evaluation
 */
export function evaluateChantier(
  c: SavedChantier,
  stories: readonly StoryRecord[],
  actual: Readonly<Record<string, number>>,
): { docs: ToolboxDoc[]; evaluation: EvaluationData } {
  const chantier = chantierOf(c, stories);
  const outcomes = chantier.stories.map((s): Outcome => {
    const status: Outcome["status"] =
      s.status === "done" || s.status === "dropped" || s.status === "doing" ? s.status : "planned";
    const days = actual[s.id];
    return days !== undefined && status === "done"
      ? { id: s.id, status, actualDays: days }
      : { id: s.id, status };
  });
  const e = evaluate(chantier, outcomes);
  const evaluation: EvaluationData = {
    plannedDays: e.plannedDays,
    velocity: e.velocity,
    completionRate: e.completionRate,
    actualDays: e.actualDays,
    estimationError: e.estimationError,
    impactPlanned: e.impactPlanned,
    impactDelivered: e.impactDelivered,
    storiesDone: e.storiesDone,
    storiesPlanned: e.storiesPlanned,
    actual: Object.fromEntries(
      e.done.flatMap((s) => (actual[s.id] === undefined ? [] : [[s.id, actual[s.id]!]])),
    ),
  };
  // A story carried over earlier may since be planned elsewhere: evaluating this chantier again
  // must not pull it back to the backlog.
  const docs = [
    chantierDoc({ ...c, evaluation }),
    ...e.carriedOver
      .filter((s) => {
        const now = stories.find((x) => x.id === s.id)?.chantierId;
        return now === undefined || now === c.id;
      })
      .map((s) => storyDoc(createStory(storyInput(s, s.id)))),
  ];
  return { docs, evaluation };
}

/** The past chantiers a forecast draws from: every evaluated one. */
export function throughput(chantiers: readonly SavedChantier[]): ThroughputRecord[] {
  return chantiers.flatMap((c) =>
    c.evaluation
      ? [{ velocity: c.evaluation.velocity, plannedDays: c.evaluation.plannedDays }]
      : [],
  );
}

/** The first day after the last chantier, or today: where the next plan starts. */
export function nextStart(chantiers: readonly SavedChantier[], today: string): string {
  const last = chantiers.at(-1);
  if (!last) return today;
  const d = new Date(`${last.end}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** One bar of the forecast chart. */
export interface ForecastBar {
  level: "p50" | "p85" | "p95";
  days: number;
  /** Bar width in px. */
  width: number;
  y: number;
}

/**
 * The forecast chart's geometry: one horizontal bar per confidence level, on a scale that
 * holds the capacity planned, so the pioneers see what they can promise against what they
 * would like.
 *
 * @param f the forecast
 * @param capacityDays the capacity planned for the next chantier
 * @param width the plot's width in px
 */
export function forecastBars(
  f: Pick<Forecast, "p50" | "p85" | "p95">,
  capacityDays: number,
  width = 360,
): { bars: ForecastBar[]; max: number; capacityX: number; ticks: number[] } {
  const max = Math.max(1, Math.ceil(Math.max(f.p50, capacityDays)));
  const scale = (d: number) => Math.round((d / max) * width);
  const keys = ["p50", "p85", "p95"] as const;
  const bars = keys.map((level, i) => ({
    level,
    days: f[level],
    width: scale(f[level]),
    y: i * 34,
  }));
  const step = max <= 10 ? 1 : max <= 40 ? 5 : 10;
  const ticks: number[] = [];
  for (let t = 0; t <= max; t += step) ticks.push(t);
  return { bars, max, capacityX: scale(capacityDays), ticks };
}
