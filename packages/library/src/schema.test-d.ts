import { describe, expectTypeOf, it } from "vitest";
import type { Change, Clip, Doc, Library, Theme } from "./index.ts";

describe("document types", () => {
  it("types clip fields from the collection schemas", () => {
    expectTypeOf<Clip["tags"]>().toEqualTypeOf<string[]>();
    expectTypeOf<Clip["title"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Clip["private"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Theme["name"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Doc<"stories">>().toHaveProperty("data");
    expectTypeOf<Doc<"missions">>().toHaveProperty("data");
  });

  it("types the library API by collection", () => {
    const library = {} as Library;
    expectTypeOf(library.get("themes", "t")).resolves.toEqualTypeOf<Doc<"themes"> | undefined>();
    expectTypeOf(library.query("clips")).resolves.toEqualTypeOf<Doc<"clips">[]>();
    // @ts-expect-error a url is a string
    void library.put("clips", { url: 3 });
    // @ts-expect-error themes have no tags
    void library.put("themes", { name: "x", tags: [] });
  });

  it("distinguishes scalar and set changes", () => {
    const change = {} as Change;
    if ("element" in change) expectTypeOf(change.present).toEqualTypeOf<boolean>();
    else expectTypeOf(change.value).not.toBeAny();
  });
});
