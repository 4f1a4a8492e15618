/**
 * `@pionniers/maturity` — a cooperation-maturity model for collectives of associations:
 * questionnaire, scoring, profiles, collective view, advice, radar chart, Markdown and CSV.
 *
 * This entry holds the code only. The built-in model (texts in French and English, CC BY-SA
 * 4.0) is data and has its own entry, `@pionniers/maturity/model`; functions that need texts
 * take it as `{ model }`, so your own validated model works the same way.
 *
 * @module
 */
export { type AssessOptions, assess } from "./assess.ts";
export {
  type Alignment,
  type CollectiveDimension,
  type CollectiveView,
  collectiveView,
  type Divergence,
} from "./collective.ts";
export {
  compareProfiles,
  type DimensionProgress,
  type Progress,
  type Trend,
} from "./compare.ts";
export { isMaturityError, MaturityError, type MaturityErrorCode } from "./errors.ts";
export {
  type MarkdownOptions,
  profileToMarkdown,
  questionnaireToMarkdown,
  recommendationToMarkdown,
} from "./markdown.ts";
export { type RadarOptions, radarSvg } from "./radar.ts";
export {
  type NextStep,
  type Recommendation,
  type RecommendOptions,
  recommend,
  referencedActivityIds,
} from "./recommend.ts";
export { answersSchema, modelSchema, parseAnswers, validateModel } from "./schema.ts";
export type {
  ActivityAdvice,
  Answer,
  Answers,
  Dimension,
  DimensionResult,
  DontKnow,
  Evidence,
  Lang,
  Level,
  LevelDefinition,
  LevelDescription,
  LevelId,
  MaturityModel,
  PracticeAdvice,
  Profile,
  Question,
  QuestionOption,
  StepAdvice,
  Text,
  ToolAdvice,
  ToolKind,
} from "./types.ts";
