/**
 * The built-in cooperation-maturity model: 5 levels, 8 dimensions each described at every
 * level, and a questionnaire of observable situations. Texts are CC BY-SA 4.0.
 *
 * This module is data only; `@pionniers/maturity/model` exposes it on its own.
 *
 * @module
 */
import type { MaturityModel } from "../types.ts";
import { decisionDimension, decisionQuestions } from "./dimensions/decision.ts";
import { facilitationDimension, facilitationQuestions } from "./dimensions/facilitation.ts";
import { opennessDimension, opennessQuestions } from "./dimensions/openness.ts";
import { poolingDimension, poolingQuestions } from "./dimensions/pooling.ts";
import { powerDimension, powerQuestions } from "./dimensions/power.ts";
import { projectsDimension, projectsQuestions } from "./dimensions/projects.ts";
import { sharingDimension, sharingQuestions } from "./dimensions/sharing.ts";
import { toolsDimension, toolsQuestions } from "./dimensions/tools.ts";
import { levels } from "./levels.ts";

/**
 * The built-in model (`{ version, levels, dimensions, questions }`), in French and English.
 *
 * @example
 * ```ts
 * import { model } from "@pionniers/maturity/model";
 * model.levels.map((l) => l.name.en); // ["Isolation", "Exchange", "Collaboration", "Cooperation", "Commons"]
 * ```
 */
export const model: MaturityModel = {
  version: "1.0.0",
  levels,
  dimensions: [
    sharingDimension,
    powerDimension,
    decisionDimension,
    opennessDimension,
    projectsDimension,
    toolsDimension,
    facilitationDimension,
    poolingDimension,
  ],
  questions: [
    ...sharingQuestions,
    ...powerQuestions,
    ...decisionQuestions,
    ...opennessQuestions,
    ...projectsQuestions,
    ...toolsQuestions,
    ...facilitationQuestions,
    ...poolingQuestions,
  ],
};

export type {
  ActivityAdvice,
  Dimension,
  Level,
  LevelDefinition,
  LevelDescription,
  LevelId,
  MaturityModel,
  PracticeAdvice,
  Question,
  QuestionOption,
  StepAdvice,
  Text,
  ToolAdvice,
  ToolKind,
} from "../types.ts";
