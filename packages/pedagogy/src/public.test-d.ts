import {
  type Activity,
  type Agenda,
  type Catalog,
  composeAgenda,
  findActivities,
  type Practice,
  type Principle,
  practices,
} from "@pionniers/pedagogy";
import { activityIds, type BuiltInActivityId, catalog } from "@pionniers/pedagogy/catalog";
import { expectTypeOf, test } from "vitest";

test("built-in ids are a literal union other packages can type against", () => {
  expectTypeOf<BuiltInActivityId>().toExtend<string>();
  expectTypeOf<"world-cafe">().toExtend<BuiltInActivityId>();
  expectTypeOf<"cafe-du-monde">().not.toExtend<BuiltInActivityId>();
  expectTypeOf(activityIds).toExtend<readonly BuiltInActivityId[]>();
});

test("the catalog is a readonly array of activities, and functions take one", () => {
  expectTypeOf(catalog).toEqualTypeOf<Catalog>();
  expectTypeOf(findActivities({ catalog })).toEqualTypeOf<Activity[]>();
  expectTypeOf(composeAgenda({ catalog, minutes: 60 })).toEqualTypeOf<Agenda>();
  // @ts-expect-error the catalog is required: the main entry never imports the built-in one
  composeAgenda({ minutes: 60 });
});

test("practices know their principle", () => {
  expectTypeOf(practices["peer-feedback"].principle).toEqualTypeOf<"participation">();
  expectTypeOf<keyof typeof practices>().toEqualTypeOf<Practice>();
  expectTypeOf<Activity["principles"][number]>().toEqualTypeOf<Principle>();
});
