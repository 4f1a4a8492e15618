import * as v from "valibot";
import { type Activity, phases, practices, principles, settings } from "./model";

const text = v.strictObject({ fr: v.string(), en: v.string() });
const whole = (min: number) => v.pipe(v.number(), v.integer(), v.minValue(min));
const range = (min: number) => v.strictObject({ min: whole(min), max: whole(min) });

/**
 * Valibot schema of one activity. `validateCatalog` uses it and adds the checks a schema
 * cannot express (unique ids, translations, steps fitting the duration).
 *
 * @example
 * ```ts
 * import * as v from "valibot";
 * v.is(ActivitySchema, catalog[0]); // true
 * ```
 */
export const ActivitySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a kebab-case id")),
  name: text,
  summary: text,
  purposes: v.array(text),
  principles: v.pipe(v.array(v.picklist(principles)), v.minLength(1)),
  practices: v.array(v.picklist(Object.keys(practices) as (keyof typeof practices)[])),
  phase: v.picklist(phases),
  duration: range(1),
  groupSize: range(1),
  settings: v.pipe(v.array(v.picklist(settings)), v.minLength(1)),
  space: text,
  materials: v.array(text),
  steps: v.pipe(
    v.array(v.strictObject({ minutes: whole(0), text })),
    v.minLength(1, "at least one step"),
  ),
  variants: v.array(text),
  tips: v.array(text),
  traps: v.array(text),
  licence: v.pipe(v.string(), v.minLength(1)),
  attribution: v.exactOptional(text),
}) satisfies v.GenericSchema<unknown, Activity>;

/** Valibot schema of a catalog: an array of {@link ActivitySchema}. */
export const CatalogSchema = v.array(ActivitySchema);

const clock = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, "an HH:MM time"));

/** Valibot schema of an agenda, to check one read back from storage before editing it. @internal */
export const AgendaSchema = v.strictObject({
  title: v.exactOptional(text),
  start: clock,
  end: v.string(),
  minutes: whole(0),
  totalMinutes: v.number(),
  overrun: v.number(),
  setting: v.picklist(settings),
  groupSize: whole(1),
  seed: v.number(),
  slots: v.array(
    v.strictObject({
      kind: v.picklist(["activity", "break", "lunch"]),
      activityId: v.exactOptional(v.string()),
      title: text,
      phase: v.exactOptional(v.picklist(phases)),
      principles: v.array(v.picklist(principles)),
      start: v.string(),
      minutes: whole(0),
      rationale: text,
    }),
  ),
});
