import {
  type Chantier,
  type ParsedStory,
  type ParseResult,
  parseStory,
  planChantiers,
  type StoriesError,
  type StoriesErrorCode,
  type StoryRecord,
} from "@pionniers/stories";
import { describe, expectTypeOf, it } from "vitest";

describe("public types", () => {
  it("narrows a parse result on ok", () => {
    const r = parseStory("En tant que bénévole, je veux un agenda");
    expectTypeOf(r).toEqualTypeOf<ParseResult>();
    if (r.ok) expectTypeOf(r.story).toEqualTypeOf<ParsedStory>();
    else expectTypeOf(r.error).toEqualTypeOf<StoriesError>();
  });

  it("keeps records and plans read-only", () => {
    expectTypeOf<StoryRecord["themes"]>().toEqualTypeOf<readonly string[]>();
    expectTypeOf(planChantiers)
      .returns.toHaveProperty("chantiers")
      .toEqualTypeOf<readonly Chantier[]>();
    const s = {} as StoryRecord;
    // @ts-expect-error records are read-only
    s.cost = 1;
  });

  it("exposes error codes as a closed union", () => {
    expectTypeOf<"invalid-cost">().toExtend<StoriesErrorCode>();
    expectTypeOf<"oops">().not.toExtend<StoriesErrorCode>();
  });
});
