// Fictional answers for the five associations named in the proposal. The people and
// situations are invented; only the names come from the proposal.
import { model } from "../model/index.ts";
import type { Answer, Answers, Level } from "../types.ts";

type Cell = Level | "?" | "-";

/**
 * Builds answers from one row per dimension: the choices of its questions in model order,
 * `?` for "don't know", `-` for a question left out.
 */
export function answersFrom(
  rows: Readonly<Record<string, readonly Cell[]>>,
  notes: Readonly<Record<string, string>> = {},
): Answers {
  const answers: Record<string, Answer> = {};
  for (const [dimension, cells] of Object.entries(rows)) {
    const questions = model.questions.filter((q) => q.dimension === dimension);
    cells.forEach((cell, i) => {
      const q = questions[i];
      if (!q || cell === "-") return;
      const note = notes[q.id];
      answers[q.id] = {
        choice: cell === "?" ? "dont-know" : cell,
        ...(note !== undefined && { note }),
      };
    });
  }
  return answers;
}

/** Dimension levels, by design: sharing, power, decision, openness, projects, tools, facilitation, pooling. */
export const collectiveAnswers: Readonly<Record<string, Answers>> = {
  ATABLE: answersFrom(
    {
      sharing: [3, 3, 4, 2],
      power: [2, 2, 3, 1],
      decision: [2, 2, 2, 2],
      openness: [3, 3, 3, 3],
      projects: [2, 3, 2, 1],
      tools: [3, 3, 3, 3],
      facilitation: [3, 3, 4, 2],
      pooling: [1, 1, 2, 1],
    },
    { "sharing-minutes": "Comptes rendus déposés sur le Nextcloud, souvent en retard." },
  ),
  "Inpact 37": answersFrom(
    {
      sharing: [3, 4, 3, 2],
      power: [3, 3, 3, 3],
      decision: [2, 3, 1, 2],
      openness: [4, 4, 5, 3],
      projects: [3, 3, 4, 2],
      tools: [3, 4, 3, 2],
      facilitation: [4, 4, 4, 4],
      pooling: [2, 2, 2, 2],
    },
    { "openness-licence": "Tous nos supports de formation portent la mention CC BY-SA." },
  ),
  Sepant: answersFrom({
    sharing: [2, 2, 2, 2],
    power: [2, 2, 2, 2],
    decision: [2, 2, 3, 1],
    openness: [2, 2, 2, 2],
    projects: [3, 3, 3, 3],
    tools: [3, 3, 3, 3],
    facilitation: [2, 2, 3, 1],
    pooling: [1, "?", 1, 2],
  }),
  "Cré-Sol": answersFrom({
    sharing: [3, 3, 3, 3],
    power: [2, 2, 2, 2],
    decision: [2, 2, 2, 2],
    openness: [1, 1, 2, 1],
    projects: [2, 2, 2, 2],
    tools: [3, 3, 4, 2],
    facilitation: [3, 3, 3, 3],
    pooling: [1, 1, 1, "-"],
  }),
  "Eco-habitat Groupé Touraine": answersFrom(
    {
      sharing: [4, 4, 4, 4],
      power: [3, 3, 4, 2],
      decision: [2, 2, 2, 3],
      openness: [3, 3, 3, 3],
      projects: [2, 2, 2, 2],
      tools: [3, 3, 3, 3],
      facilitation: [3, 3, 3, 3],
      pooling: [2, 3, 2, 1],
    },
    { "sharing-partners": "Un wiki commun avec les habitants, ouvert aux partenaires." },
  ),
};
