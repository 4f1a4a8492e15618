import { type Bilingual, fail, need, str } from "./errors.ts";
import { byRatio } from "./plan.ts";
import { checkFigures, MOSCOW, type Moscow, type StoryRecord, worthOf } from "./story.ts";

/** How to rank: see {@link prioritise}. */
export type PriorityMethod = "impact-per-cost" | "wsjf" | "rice" | "moscow";

/** The ranking methods {@link prioritise} knows. */
export const PRIORITY_METHODS: readonly PriorityMethod[] = [
  "impact-per-cost",
  "wsjf",
  "rice",
  "moscow",
];

/** One line of a ranking. */
export interface RankedStory {
  readonly story: StoryRecord;
  /** 1 for the first story. */
  readonly rank: number;
  readonly score: number;
  /** Why the story stands where it does, in one line. */
  readonly explanation: Bilingual;
}

/** Options of {@link prioritise}. */
export interface PrioritiseOptions {
  /** Default `"impact-per-cost"`, the DLA proposal's rule. */
  readonly method?: PriorityMethod;
}

const urgency: Record<Moscow, number> = { must: 5, should: 3, could: 1, wont: 0 };
const moscowName: Record<Moscow, Bilingual> = {
  must: { fr: "indispensable (Must)", en: "Must" },
  should: { fr: "important (Should)", en: "Should" },
  could: { fr: "souhaitable (Could)", en: "Could" },
  wont: { fr: "pas cette fois (Won't)", en: "Won't" },
};

const fmt = (n: number, lang: "fr" | "en") => {
  const r = Math.round(n * 100) / 100;
  return lang === "fr" ? str(r).replace(".", ",") : str(r);
};

function score(s: StoryRecord, method: PriorityMethod): { score: number; why: Bilingual } {
  const cost = { fr: fmt(s.cost, "fr"), en: fmt(s.cost, "en") };
  switch (method) {
    case "impact-per-cost": {
      const v = worthOf(s) / s.cost;
      return {
        score: v,
        why: {
          fr: `impact ${s.impact} × portée ${s.reach} ÷ coût ${cost.fr} j = ${fmt(v, "fr")}`,
          en: `impact ${s.impact} × reach ${s.reach} ÷ cost ${cost.en} d = ${fmt(v, "en")}`,
        },
      };
    }
    case "wsjf": {
      const reach = Math.min(5, s.reach);
      const delay = s.impact + urgency[s.moscow] + reach;
      const v = delay / s.cost;
      return {
        score: v,
        why: {
          fr: `coût du retard (impact ${s.impact} + urgence ${urgency[s.moscow]} + portée ${reach}) ÷ taille ${cost.fr} j = ${fmt(v, "fr")}`,
          en: `cost of delay (impact ${s.impact} + urgency ${urgency[s.moscow]} + reach ${reach}) ÷ size ${cost.en} d = ${fmt(v, "en")}`,
        },
      };
    }
    case "rice": {
      const c = s.confidence ?? 1;
      const v = (s.reach * s.impact * c) / s.cost;
      return {
        score: v,
        why: {
          fr: `portée ${s.reach} × impact ${s.impact} × confiance ${fmt(c * 100, "fr")} % ÷ effort ${cost.fr} j = ${fmt(v, "fr")}`,
          en: `reach ${s.reach} × impact ${s.impact} × confidence ${fmt(c * 100, "en")}% ÷ effort ${cost.en} d = ${fmt(v, "en")}`,
        },
      };
    }
    case "moscow": {
      const ratio = worthOf(s) / s.cost;
      return {
        score: 3 - MOSCOW.indexOf(s.moscow),
        why: {
          fr: `${moscowName[s.moscow].fr} ; à classe égale, impact × portée ÷ coût = ${fmt(ratio, "fr")}`,
          en: `${moscowName[s.moscow].en}; within the class, impact × reach ÷ cost = ${fmt(ratio, "en")}`,
        },
      };
    }
    default:
      return unknownMethod(method);
  }
}

function unknownMethod(method: unknown): never {
  return fail(
    "unknown-method",
    `méthode « ${str(method)} » inconnue — ${PRIORITY_METHODS.join(", ")}`,
    `unknown method "${str(method)}" — ${PRIORITY_METHODS.join(", ")}`,
    { field: "method" },
  );
}

/**
 * Ranks stories, best first, with each score and a one-line explanation.
 *
 * - `impact-per-cost` (default) — impact × reach ÷ cost: the DLA proposal's rule, the most
 *   positive impact for the least implementation cost.
 * - `wsjf` — Weighted Shortest Job First: (impact + urgency from MoSCoW, Must 5 … Won't 0
 *   + reach capped at 5) ÷ cost.
 * - `rice` — reach × impact × confidence ÷ effort (a missing confidence counts as 100 %).
 * - `moscow` — Must, Should, Could, Won't; within a class, impact × reach ÷ cost.
 *
 * Ties go to the cheaper story, then to the smaller id, so the ranking is deterministic.
 *
 * @param stories the backlog (records from {@link createStory})
 * @param options `method`
 * @returns the ranking
 * @example
 * prioritise(backlog)[0]?.explanation.fr; // "impact 4 × portée 5 ÷ coût 1,5 j = 13,33"
 */
export function prioritise(
  stories: readonly StoryRecord[],
  options: PrioritiseOptions = {},
): RankedStory[] {
  const method = options?.method ?? "impact-per-cost";
  need(stories, "stories", 1);
  if (!PRIORITY_METHODS.includes(method)) unknownMethod(method);
  const scored = stories.map((s) => {
    checkFigures(s);
    return { story: s, ...score(s, method) };
  });
  // Ties: impact × reach ÷ cost, then the cheaper, then the smaller id — as the planner ranks.
  scored.sort((a, b) => b.score - a.score || byRatio(a.story, b.story));
  return scored.map((x, i) => ({
    story: x.story,
    rank: i + 1,
    score: x.score,
    explanation: x.why,
  }));
}
