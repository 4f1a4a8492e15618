// The shapes the toolbox pages keep in the library's opaque collections, and the checks the
// background runs before writing them. The library syncs `data` as one last-writer-wins field,
// so each document holds one thing a pioneer edits at a time: a story, a chantier, an
// assessment, the collective's mission. Stories keep the shape the clipper already writes
// (`data` is a StoryRecord); the mission's check is features/toolbox/mission.ts's.

import type { Answers } from "@pionniers/maturity";
import { parseAnswers } from "@pionniers/maturity";
import { createStory, type StoryInput, type StoryRecord } from "@pionniers/stories";
import type { ToolboxCollection, ToolboxDoc } from "../../messages.ts";
import { missionData } from "./mission.ts";

/** The balance sheet of a finished chantier, as kept with it (figures only). */
export interface EvaluationData {
  plannedDays: number;
  velocity: number;
  completionRate: number;
  actualDays: number;
  estimationError: number | null;
  impactPlanned: number;
  impactDelivered: number;
  storiesDone: number;
  storiesPlanned: number;
  /** Measured person-days per story id, as the pioneers typed them. */
  actual: Record<string, number>;
}

/** A chantier of the backlog: one month, a capacity, the ids of its stories. */
export interface ChantierData {
  number: number;
  start: string;
  end: string;
  capacityDays: number;
  storyIds: string[];
  evaluation?: EvaluationData;
}

/** One association's questionnaire, a draft until `complete`. */
export interface AssessmentData {
  association: string;
  /** `YYYY-MM-DD`, the day it was last saved. */
  date: string;
  modelVersion: string;
  answers: Answers;
  complete: boolean;
}

/** An error the background sends back with a code the page can show. */
export class ToolboxError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(`[toolbox] ${message}`);
    this.name = "ToolboxError";
    this.code = code;
  }
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** The fields of a story record that `createStory` takes back. */
export function storyInput(data: unknown, id: string): StoryInput {
  if (!isRecord(data)) throw new ToolboxError("invalid-story", `story ${id}: no data`);
  const input: Record<string, unknown> = { id };
  for (const k of ["text", "cost", "impact", "reach", "confidence", "moscow", "themes", "status"])
    if (data[k] !== undefined && data[k] !== null) input[k] = data[k];
  if (typeof data.chantierId === "string" && data.chantierId) input.chantierId = data.chantierId;
  return input as unknown as StoryInput;
}

/**
 * A story document read back as a record, or `undefined` when its data is not a valid story
 * (written by an older or foreign replica): lists skip it rather than break.
 *
 * @param doc a document of `stories`
 * @returns the record, re-parsed
 */
export function storyFromDoc(doc: ToolboxDoc): StoryRecord | undefined {
  try {
    return createStory(storyInput(doc.data, doc.id));
  } catch {
    return undefined;
  }
}

/** The document that keeps a story: its text as title, the record as data. */
export function storyDoc(story: StoryRecord): ToolboxDoc {
  return { id: story.id, title: story.text.slice(0, 2000), data: plain(story) };
}

/** Reads a chantier document's data, or throws a {@link ToolboxError} naming the field. */
export function chantierData(data: unknown, id = "?"): ChantierData {
  const bad = (field: string) =>
    new ToolboxError("invalid-chantier", `chantier ${id}: ${field} is missing or wrong`);
  if (!isRecord(data)) throw bad("data");
  const { number, start, end, capacityDays, storyIds, evaluation } = data;
  if (!Number.isInteger(number) || (number as number) < 1) throw bad("number");
  if (typeof start !== "string" || !isoDate.test(start)) throw bad("start");
  if (typeof end !== "string" || !isoDate.test(end)) throw bad("end");
  if (!finite(capacityDays) || capacityDays <= 0) throw bad("capacityDays");
  if (!Array.isArray(storyIds) || !storyIds.every((s) => typeof s === "string"))
    throw bad("storyIds");
  const out: ChantierData = {
    number: number as number,
    start,
    end,
    capacityDays,
    storyIds: [...storyIds] as string[],
  };
  if (evaluation !== undefined) {
    if (!isRecord(evaluation)) throw bad("evaluation");
    for (const k of ["plannedDays", "velocity", "completionRate", "impactDelivered"])
      if (!finite(evaluation[k])) throw bad(`evaluation.${k}`);
    out.evaluation = evaluation as unknown as EvaluationData;
  }
  return out;
}

/** Reads an assessment document's data, or throws a {@link ToolboxError} naming the field. */
export function assessmentData(data: unknown, id = "?"): AssessmentData {
  const bad = (field: string) =>
    new ToolboxError("invalid-assessment", `assessment ${id}: ${field} is missing or wrong`);
  if (!isRecord(data)) throw bad("data");
  const { association, date, modelVersion, answers, complete } = data;
  if (typeof association !== "string" || !association.trim()) throw bad("association");
  if (typeof date !== "string" || !isoDate.test(date)) throw bad("date");
  if (typeof modelVersion !== "string") throw bad("modelVersion");
  if (typeof complete !== "boolean") throw bad("complete");
  let checked: Answers;
  try {
    checked = parseAnswers(answers);
  } catch (e) {
    throw new ToolboxError("invalid-assessment", `assessment ${id}: ${(e as Error).message}`);
  }
  return { association: association.trim(), date, modelVersion, answers: checked, complete };
}

/**
 * Checks the data of a document before the background writes it, and gives the title it is
 * listed by. Stories are rebuilt through `createStory`, so bad figures come back as the
 * library's own bilingual errors.
 *
 * @param collection where the document goes
 * @param doc the document from the page
 * @returns the title and the JSON data to store
 */
export function checkDoc(
  collection: ToolboxCollection,
  doc: ToolboxDoc,
): { title: string; data: unknown } {
  if (collection === "stories") {
    const story = createStory(storyInput(doc.data, doc.id));
    return { title: story.text.slice(0, 2000), data: plain(story) };
  }
  if (collection === "chantiers") {
    const c = chantierData(doc.data, doc.id);
    return { title: doc.title ?? `Chantier ${c.number}`, data: plain(c) };
  }
  if (collection === "missions") {
    try {
      return { title: doc.title ?? "Mission DLA", data: plain(missionData(doc.data)) };
    } catch (e) {
      throw new ToolboxError("invalid-mission", (e as Error).message.replace(/^\[toolbox\] /, ""));
    }
  }
  const a = assessmentData(doc.data, doc.id);
  return { title: doc.title ?? `${a.association} — ${a.date}`, data: plain(a) };
}

/** A JSON copy: drops `undefined` fields, which IndexedDB and the change log do not want. */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
