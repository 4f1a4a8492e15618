/**
 * A text a pioneer reads, in French and English (French first).
 *
 * @example
 * ```ts
 * const name: Text = { fr: "Coopération", en: "Cooperation" };
 * ```
 */
export interface Text {
  readonly fr: string;
  readonly en: string;
}

/** A language the texts are written in. */
export type Lang = "fr" | "en";

/**
 * A maturity level, from 1 (isolation) to 5 (commons).
 *
 * @example
 * ```ts
 * const level: Level = 4; // cooperation
 * ```
 */
export type Level = 1 | 2 | 3 | 4 | 5;

/** The stable id of each level, in order: isolation, exchange, collaboration, cooperation, commons. */
export type LevelId = "isolation" | "exchange" | "collaboration" | "cooperation" | "commons";

/** One of the five levels of the scale, with its name and a general description. */
export interface LevelDefinition {
  readonly level: Level;
  readonly id: LevelId;
  readonly name: Text;
  readonly summary: Text;
}

/** What one observes, in an association, on one dimension at one level. */
export interface LevelDescription {
  readonly level: Level;
  readonly observed: Text;
}

/** A practice to try, with a one-line reason. */
export interface PracticeAdvice {
  readonly text: Text;
  readonly why: Text;
}

/** A facilitation activity of the `@pionniers/pedagogy` catalog, referenced by id only. */
export interface ActivityAdvice {
  readonly id: string;
  readonly why: Text;
}

/** The kind of a free-software tool, so a collective can pick any tool of that kind. */
export type ToolKind =
  | "pad"
  | "wiki"
  | "cloud"
  | "forms"
  | "chat"
  | "video"
  | "board"
  | "poll"
  | "mailing-list"
  | "calendar"
  | "mind-map"
  | "hosting"
  | "data"
  | "office"
  | "forge";

/** A free-software tool that fits a level, with a one-line reason. */
export interface ToolAdvice {
  readonly name: string;
  readonly kind: ToolKind;
  readonly why: Text;
}

/** How to reach one level on one dimension from the level just below it. */
export interface StepAdvice {
  readonly to: Level;
  readonly practices: readonly PracticeAdvice[];
  readonly activities: readonly ActivityAdvice[];
  readonly tools: readonly ToolAdvice[];
}

/** One axis of the model, described concretely at each of the five levels. */
export interface Dimension {
  readonly id: string;
  readonly name: Text;
  readonly summary: Text;
  /** Five descriptions, levels 1 to 5 in order. */
  readonly levels: readonly LevelDescription[];
  /** Advice to reach levels 2 to 5, in order. */
  readonly steps: readonly StepAdvice[];
}

/** One answer option: an observable situation anchored to a level. */
export interface QuestionOption {
  readonly level: Level;
  readonly text: Text;
}

/** A questionnaire question about one dimension; options are ordered by level. */
export interface Question {
  readonly id: string;
  readonly dimension: string;
  readonly prompt: Text;
  readonly options: readonly QuestionOption[];
}

/**
 * A cooperation-maturity model: the levels, the dimensions and the questionnaire.
 *
 * @example
 * ```ts
 * import { model } from "@pionniers/maturity/model";
 * model.dimensions.length; // 8
 * ```
 */
export interface MaturityModel {
  readonly version: string;
  readonly levels: readonly LevelDefinition[];
  readonly dimensions: readonly Dimension[];
  readonly questions: readonly Question[];
}

/** The answer "don't know": counted as not answered, so it lowers confidence, not the level. */
export type DontKnow = "dont-know";

/**
 * One answer: the level of the situation chosen (or `"dont-know"`), and an optional note
 * kept as evidence (a document, an example, who said so).
 */
export interface Answer {
  readonly choice: Level | DontKnow;
  readonly note?: string;
}

/** Answers keyed by question id. Questions left out count as not answered. */
export type Answers = Readonly<Record<string, Answer>>;

/** An answer with a note, kept in a profile as evidence. */
export interface Evidence {
  readonly question: string;
  readonly choice: Level | DontKnow;
  readonly note: string;
}

/** The result of one dimension in a profile. */
export interface DimensionResult {
  readonly dimension: string;
  /** `null` when no question of the dimension was answered. */
  readonly level: Level | null;
  /** 0 (every answer at level 1) to 100 (every answer at level 5); `null` when unknown. */
  readonly score: number | null;
  /** Share of the dimension's questions answered, 0 to 1. */
  readonly confidence: number;
  readonly answered: number;
  readonly questions: number;
  readonly evidence: readonly Evidence[];
}

/**
 * The maturity profile of one association at one date. Plain JSON: store it, sync it.
 */
export interface Profile {
  readonly modelVersion: string;
  readonly label?: string;
  /** `YYYY-MM-DD`. */
  readonly date?: string;
  readonly dimensions: readonly DimensionResult[];
  readonly overall: {
    readonly level: Level | null;
    readonly score: number | null;
    readonly confidence: number;
  };
  /** Up to three dimensions with the best scores, never one tied with the lowest. */
  readonly strengths: readonly string[];
  /** The dimension that most holds the group back (lowest score; on a tie the first in model order), `null` if none is known. */
  readonly holdsBack: string | null;
}
