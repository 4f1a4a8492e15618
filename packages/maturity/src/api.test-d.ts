import {
  type Answers,
  assess,
  type Level,
  type Profile,
  radarSvg,
  recommend,
} from "@pionniers/maturity";
import { model } from "@pionniers/maturity/model";
import { describe, expectTypeOf, test } from "vitest";

describe("public types", () => {
  test('answers take a level or "dont-know", nothing else', () => {
    expectTypeOf<Answers[string]["choice"]>().toEqualTypeOf<Level | "dont-know">();
    // @ts-expect-error a choice is a level, not any number
    const bad: Answers = { "sharing-minutes": { choice: 7 } };
    void bad;
  });

  test("functions that need texts require the model", () => {
    expectTypeOf(assess).parameter(1).toHaveProperty("model");
    // @ts-expect-error the model is required: import it from @pionniers/maturity/model
    assess({});
    expectTypeOf(assess({}, { model })).toEqualTypeOf<Profile>();
    expectTypeOf(recommend).parameter(1).toHaveProperty("target");
    expectTypeOf(radarSvg).returns.toEqualTypeOf<string>();
  });
});
