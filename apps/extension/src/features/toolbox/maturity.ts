// The maturity page's glue: assessment documents into profiles (the latest finished one per
// association), progress between an association's last two assessments, and the library
// themes that match a dimension (so advice can point at the clips already gathered).
import {
  assess,
  compareProfiles,
  type MaturityModel,
  type Profile,
  type Progress,
} from "@pionniers/maturity";
import type { ToolboxDoc } from "../../messages.ts";
import { type AssessmentData, assessmentData } from "./records.ts";

/** An assessment document read back, with its id. */
export interface SavedAssessment extends AssessmentData {
  id: string;
}

/** The assessment documents of a listing, oldest first; broken ones left out. */
export function assessmentsFromDocs(docs: readonly ToolboxDoc[]): SavedAssessment[] {
  const out: SavedAssessment[] = [];
  for (const d of docs) {
    try {
      out.push({ id: d.id, ...assessmentData(d.data, d.id) });
    } catch {
      // Another model or a broken replica: left out rather than breaking the page.
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** The profile of a finished assessment of this model, or `undefined`. */
export function profileOf(a: SavedAssessment, model: MaturityModel): Profile | undefined {
  if (!a.complete || a.modelVersion !== model.version) return undefined;
  try {
    return assess(a.answers, { model, label: a.association, date: a.date });
  } catch {
    return undefined;
  }
}

/**
 * Each association's latest finished profile, for the collective view.
 *
 * @param list every assessment of the collective
 * @param model the maturity model
 * @returns association name → profile
 */
export function latestProfiles(
  list: readonly SavedAssessment[],
  model: MaturityModel,
): Record<string, Profile> {
  const out: Record<string, Profile> = {};
  for (const a of list) {
    const p = profileOf(a, model);
    if (p) out[a.association] = p; // the list is oldest first: the last one wins
  }
  return out;
}

/** Progress of one association between its last two finished assessments, if it has two. */
export function progressOf(
  list: readonly SavedAssessment[],
  association: string,
  model: MaturityModel,
): Progress | undefined {
  const profiles = list
    .filter((a) => a.association === association)
    .flatMap((a) => profileOf(a, model) ?? []);
  const [before, after] = profiles.slice(-2);
  return before && after ? compareProfiles(before, after) : undefined;
}

/** The draft (or last assessment) of an association, to resume. */
export function draftOf(
  list: readonly SavedAssessment[],
  association: string,
): SavedAssessment | undefined {
  return list.filter((a) => a.association === association && !a.complete).at(-1);
}

const KEYWORDS: Record<string, string[]> = {
  sharing: ["partag", "information", "document", "sharing", "donnee", "data"],
  power: ["gouvernance", "pouvoir", "governance", "power", "role"],
  decision: ["decision", "decid", "vote", "consent"],
  openness: ["licence", "license", "ouvert", "open", "commun", "common"],
  projects: ["projet", "project", "tache", "task"],
  tools: ["outil", "tool", "logiciel", "software"],
  facilitation: ["animation", "facilitat", "reunion", "meeting"],
  pooling: ["mutualis", "heberg", "hosting", "maintenance", "pool", "serveur", "server"],
};
const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * The library themes that speak of a dimension (by keywords, accents ignored).
 *
 * @param dimension a dimension id of the model
 * @param themes the library's themes
 * @returns the matching themes
 */
export function themesFor<T extends { name?: string }>(
  dimension: string,
  themes: readonly T[],
): T[] {
  const words = KEYWORDS[dimension] ?? [fold(dimension)];
  return themes.filter((t) => words.some((w) => fold(t.name ?? "").includes(w)));
}
