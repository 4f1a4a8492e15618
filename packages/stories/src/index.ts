// @pionniers/stories — user stories for collectives of non-profits: parse, check quality,
// prioritise, plan one-month chantiers optimally, evaluate and forecast. CSV import/export
// lives behind its own entry, `@pionniers/stories/csv`, to keep this one small.

export type { Bilingual, Span, StoriesErrorCode, StoriesErrorDetails } from "./errors.ts";
export { isStoriesError, StoriesError } from "./errors.ts";
export type { Evaluation, Outcome } from "./evaluate.ts";
export { evaluate } from "./evaluate.ts";
export type { Forecast, ForecastOptions, ThroughputRecord } from "./forecast.ts";
export { forecast } from "./forecast.ts";
export { formatStory } from "./format.ts";
export type {
  EndsForm,
  Lang,
  MeansForm,
  ParsedStory,
  ParseOptions,
  ParseResult,
  StoryTemplate,
} from "./parse.ts";
export { parseStory } from "./parse.ts";
export type { Chantier, LeftOut, LeftOutReason, Plan, PlanOptions } from "./plan.ts";
export { MAX_CAPACITY_DAYS, planChantiers } from "./plan.ts";
export type { PrioritiseOptions, PriorityMethod, RankedStory } from "./prioritise.ts";
export { PRIORITY_METHODS, prioritise } from "./prioritise.ts";
export type { DefectKind, QualityDefect, QualityOptions, Severity, StoryLike } from "./quality.ts";
export { checkBacklog, checkQuality } from "./quality.ts";
export type { Moscow, StoryInput, StoryRecord, StoryStatus } from "./story.ts";
export { createStory, MAX_COST_DAYS, MOSCOW, STATUSES } from "./story.ts";
