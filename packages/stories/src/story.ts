import { fail, need, StoriesError, type StoriesErrorCode, str } from "./errors.ts";
import { emptyText, type Lang, type ParsedStory, parseStory } from "./parse.ts";

/** MoSCoW class: Must, Should, Could, Won't (this time). */
export type Moscow = "must" | "should" | "could" | "wont";

/** Where a story stands. */
export type StoryStatus = "backlog" | "planned" | "doing" | "done" | "dropped";

/** A story of the collective's backlog, ready to be ranked and planned. */
export interface StoryRecord {
  readonly id: string;
  readonly text: string;
  /** The parts read from `text`, or `null` when the sentence does not follow a template. */
  readonly parsed: ParsedStory | null;
  /** Person-days to implement it, in half-day steps (0.5 … 365). */
  readonly cost: number;
  /** Expected positive impact on one association, 1 (low) to 5 (high). */
  readonly impact: number;
  /** How many of the collective's associations it serves (integer ≥ 1). */
  readonly reach: number;
  /** How sure the pioneers are of impact and cost, 0 to 1, when said. */
  readonly confidence?: number;
  readonly moscow: Moscow;
  readonly themes: readonly string[];
  readonly status: StoryStatus;
  /** The chantier it is planned in or was done in. */
  readonly chantierId?: string;
}

/** What {@link createStory} takes: the record without `parsed`, with defaults. */
export interface StoryInput {
  readonly id: string;
  readonly text: string;
  readonly cost: number;
  readonly impact: number;
  /** Default 1. */
  readonly reach?: number;
  readonly confidence?: number;
  /** Default `"should"`. */
  readonly moscow?: Moscow;
  /** Default none. */
  readonly themes?: readonly string[];
  /** Default `"backlog"`. */
  readonly status?: StoryStatus;
  readonly chantierId?: string;
  /** Language to parse `text` with; default auto. */
  readonly lang?: Lang | "auto";
}

/** The MoSCoW classes, from most to least urgent. */
export const MOSCOW: readonly Moscow[] = ["must", "should", "could", "wont"];
/** The statuses, in the order a story goes through them. */
export const STATUSES: readonly StoryStatus[] = ["backlog", "planned", "doing", "done", "dropped"];

/** Largest cost of one story: a year of one person's days. */
export const MAX_COST_DAYS = 365;

/** Whether `n` is a count of half-days in `[0.5, max]` days. @internal */
export function isHalfDays(n: unknown, max: number): n is number {
  return (
    typeof n === "number" && Number.isFinite(n) && n >= 0.5 && n <= max && Number.isInteger(n * 2)
  );
}

/**
 * Builds a validated story record: reads its text, checks every figure, fills defaults.
 * Bad figures raise a {@link StoriesError} whose code names the field (`invalid-cost`,
 * `invalid-impact`, …); a sentence that follows no template is kept with `parsed: null`
 * (`checkQuality` reports it) so that a messy backlog can still be planned.
 *
 * @param input id, text, cost (days, half-day steps), impact (1–5) and the optional fields
 * @returns a frozen-shape record
 * @example
 * const s = createStory({
 *   id: "agenda", text: "En tant que bénévole, je veux un agenda partagé afin de m'organiser",
 *   cost: 1.5, impact: 4, reach: 5, moscow: "must",
 * });
 */
export function createStory(input: StoryInput): StoryRecord {
  const d = { storyId: str(input?.id) };
  if (typeof input?.id !== "string" || input.id.trim() === "" || input.id !== input.id.trim()) {
    fail(
      "invalid-id",
      "identifiant manquant ou entouré d'espaces",
      "missing id, or id with surrounding spaces",
      { field: "id" },
    );
  }
  if (typeof input.text !== "string" || input.text.trim() === "") {
    throw new StoriesError("empty-text", emptyText, { ...d, field: "text" });
  }
  const reach = input.reach ?? 1;
  const moscow = input.moscow ?? "should";
  const status = input.status ?? "backlog";
  const { confidence } = input;
  checkFigures({
    id: input.id,
    cost: input.cost,
    impact: input.impact,
    reach,
    confidence,
    moscow,
    status,
  });
  // A single theme may come as a string; anything else that is not a list is refused below.
  const themes = [input.themes ?? []].flat();
  for (const t of themes) {
    if (typeof t !== "string" || t.trim() === "" || t !== t.trim() || /[,|;\n]/.test(t)) {
      fail(
        "invalid-theme",
        `thème « ${str(t)} » invalide — sans , | ni ;`,
        `invalid theme "${str(t)}" — no , | or ;`,
        { ...d, field: "themes" },
      );
    }
  }
  const parsed = parseStory(input.text, { lang: input.lang ?? "auto" });
  if (!parsed.ok && parsed.error.code === "invalid-lang") throw parsed.error;
  return {
    id: input.id,
    text: input.text,
    parsed: parsed.ok ? parsed.story : null,
    cost: input.cost,
    impact: input.impact,
    reach,
    ...(confidence !== undefined ? { confidence } : {}),
    moscow,
    themes,
    status,
    ...(input.chantierId !== undefined && input.chantierId !== ""
      ? { chantierId: input.chantierId }
      : {}),
  };
}

/** Impact × reach: what a story brings to the collective. @internal */
export function worthOf(s: StoryRecord): number {
  return s.impact * s.reach;
}

/** Refuses two stories with one id. @internal */
export function assertUniqueIds(stories: readonly StoryRecord[]): void {
  const seen = new Set<string>();
  for (const s of stories) {
    if (seen.has(s.id)) {
      fail(
        "duplicate-id",
        `deux récits portent l'identifiant « ${str(s.id)} » — renommez l'un d'eux`,
        `two stories share the id "${str(s.id)}" — rename one`,
        { storyId: str(s.id) },
      );
    }
    seen.add(s.id);
  }
}

/** Checks the figures of a record, however it was made: bad input gets a typed error. @internal */
export function checkFigures(s: {
  readonly id: string;
  readonly cost: number;
  readonly impact: number;
  readonly reach: number;
  readonly confidence?: number | undefined;
  readonly moscow: Moscow;
  readonly status: StoryStatus;
}): void {
  need(s, "story");
  const c = s.confidence;
  // One table, one message shape: the error code and field are `invalid-<field>`, `<field>`.
  const rules: [keyof typeof s, string, boolean, string, string][] = [
    [
      "cost",
      "coût",
      isHalfDays(s.cost, MAX_COST_DAYS),
      `des jours par demi-journées, de 0,5 à ${MAX_COST_DAYS}`,
      `days in half-day steps, 0.5 to ${MAX_COST_DAYS}`,
    ],
    ["impact", "impact", isWhole(s.impact, 5), "entier de 1 à 5", "an integer 1 to 5"],
    ["reach", "portée", isWhole(s.reach, 10_000), "un entier ≥ 1", "an integer ≥ 1"],
    [
      "confidence",
      "confiance",
      c === undefined || (typeof c === "number" && c >= 0 && c <= 1),
      "de 0 à 1",
      "0 to 1",
    ],
    [
      "moscow",
      "classe MoSCoW",
      MOSCOW.includes(s.moscow),
      "must, should, could ou wont",
      "must, should, could or wont",
    ],
    ["status", "statut", STATUSES.includes(s.status), STATUSES.join(", "), STATUSES.join(", ")],
  ];
  for (const [field, name, ok, fr, en] of rules) {
    if (!ok) {
      const v = str(s[field]);
      fail(
        `invalid-${field}` as StoriesErrorCode,
        `${name} ${v} invalide — ${fr}`,
        `invalid ${field} ${v} — ${en}`,
        {
          storyId: str(s.id),
          field,
        },
      );
    }
  }
}

/** Whether `n` is an integer in `[1, max]`. @internal */
export function isWhole(n: number, max: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= max;
}
