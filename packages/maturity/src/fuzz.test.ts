import {
  assess,
  collectiveView,
  compareProfiles,
  isMaturityError,
  parseAnswers,
  profileToMarkdown,
  questionnaireToMarkdown,
  radarSvg,
  recommend,
  recommendationToMarkdown,
  referencedActivityIds,
  validateModel,
} from "@pionniers/maturity";
import { answersFromCsv, profileToCsv, questionnaireToCsv } from "@pionniers/maturity/csv";
import { model } from "@pionniers/maturity/model";
import { describe, expect, it } from "vitest";
import { describeHostileArguments } from "../../../scripts/testing/hostile-arguments.ts";
import { collectiveAnswers } from "./test-fixtures/collective.ts";

const [[nameA, answersA], [nameB, answersB]] = Object.entries(collectiveAnswers) as [
  [string, (typeof collectiveAnswers)[string]],
  [string, (typeof collectiveAnswers)[string]],
];
const a = assess(answersA, { model, label: nameA, date: "2026-01-10" });
const b = assess(answersB, { model, label: nameB, date: "2026-06-10" });
const advice = recommend(a, { model, target: 4 });

/** Every public function, with arguments that work. */
const calls: Record<string, [(...x: never[]) => unknown, unknown[]]> = {
  assess: [assess, [answersA, { model, label: "X", date: "2026-11-28" }]],
  parseAnswers: [parseAnswers, [answersA]],
  answersFromCsv: [answersFromCsv, ["question_id,answer,note\r\nsharing-minutes,3,ok\r\n"]],
  compareProfiles: [compareProfiles, [a, b]],
  collectiveView: [collectiveView, [{ [nameA]: a, [nameB]: b }]],
  recommend: [recommend, [a, { model, target: 4 }]],
  radarSvg: [
    radarSvg,
    [
      { [nameA]: a, [nameB]: b },
      { model, lang: "en", size: 400, title: "T" },
    ],
  ],
  profileToCsv: [profileToCsv, [a, { model, lang: "fr", separator: ";" }]],
  questionnaireToCsv: [questionnaireToCsv, [{ model, lang: "en" }]],
  profileToMarkdown: [profileToMarkdown, [a, { model, lang: "en" }]],
  questionnaireToMarkdown: [questionnaireToMarkdown, [{ model, lang: "fr" }]],
  recommendationToMarkdown: [recommendationToMarkdown, [advice, { model, lang: "en" }]],
  referencedActivityIds: [referencedActivityIds, [model]],
  validateModel: [validateModel, [model]],
};

describeHostileArguments(calls, {
  errorName: "MaturityError",
  isTypedError: isMaturityError,
  prefix: "[maturity] ",
});

describe("what a caller is told", () => {
  const failure = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      if (isMaturityError(e)) return { code: e.code, path: e.path, message: e.message };
      throw e;
    }
    return undefined;
  };

  it("asks for the model when assess gets none", () => {
    expect(failure(() => assess(answersA, undefined as never))).toEqual({
      code: "invalid-option",
      path: "options",
      message: "[maturity] options: expected { model }, e.g. model from @pionniers/maturity/model",
    });
    expect(failure(() => assess(answersA, {} as never))).toEqual(
      expect.objectContaining({ code: "invalid-option", path: "model" }),
    );
    expect(failure(() => assess(null as never, { model }))).toEqual(
      expect.objectContaining({ code: "invalid-answer", path: "answers" }),
    );
  });

  it("says which profile of a collective is broken, and where", () => {
    expect(failure(() => collectiveView({ [nameA]: a, Sepant: null } as never))).toEqual(
      expect.objectContaining({ code: "invalid-profile", path: "profiles.Sepant" }),
    );
    const edited = { ...b, dimensions: [{ ...b.dimensions[0]!, level: 7 }] };
    expect(failure(() => compareProfiles(a, edited as never))).toEqual(
      expect.objectContaining({ code: "invalid-profile", path: "after.dimensions.0.level" }),
    );
    expect(failure(() => recommend(undefined as never, { model }))).toEqual(
      expect.objectContaining({ code: "invalid-profile", path: "profile" }),
    );
  });

  it("checks the error class's own example", () => {
    expect(failure(() => assess({ "no-such-question": { choice: 3 } }, { model }))?.code).toBe(
      "unknown-question",
    );
  });
});
