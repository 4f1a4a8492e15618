// Argument checks at the public entry points: whatever a caller passes (null, a string, a
// profile read back from storage and edited by hand, a JSON object with a `toString` key), it
// gets a MaturityError that says what to pass, never a TypeError.
import { MaturityError, type MaturityErrorCode } from "./errors.ts";
import type { Recommendation } from "./recommend.ts";
import { check, profileSchema, recommendationSchema, validateModel } from "./schema.ts";
import type { Lang, MaturityModel, Profile } from "./types.ts";

/** A value as a message can show it: an object from JSON may carry a broken `toString`. */
export const shown = (value: unknown): string =>
  typeof value === "object" && value ? typeof value : String(value);

/** Throws `code` at `path` unless `value` is a plain object. */
export function assertObject(
  value: unknown,
  path: string,
  what = "an object",
  code: MaturityErrorCode = "invalid-option",
): void {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new MaturityError(code, `${path}: expected ${what}`, path);
}

// Checked once per model object: a questionnaire app passes the same model on every call.
const checkedModels = new WeakSet<object>();

/** The checked `model` of an options object, e.g. `{ model }` from `@pionniers/maturity/model`. */
export function modelOf(options: unknown): MaturityModel {
  const what = "{ model }, e.g. model from @pionniers/maturity/model";
  assertObject(options, "options", what);
  const m = (options as { model?: unknown }).model;
  if (m === undefined) assertObject(m, "model", what);
  return assertModel(m);
}

/** A model given by a caller, validated once per model object. */
export function assertModel(m: unknown): MaturityModel {
  if (typeof m === "object" && m !== null && checkedModels.has(m)) return m as MaturityModel;
  const valid = validateModel(m);
  checkedModels.add(valid);
  return valid;
}

/** The `lang` option: `"fr"` by default. */
export function langOf(options: { readonly lang?: unknown }): Lang {
  const lang = options.lang ?? "fr";
  if (lang === "fr" || lang === "en") return lang;
  throw new MaturityError("invalid-option", 'lang: expected "fr" or "en"', "lang");
}

/** A profile given by a caller, checked against the shape `assess` gives. */
export const assertProfile = (value: unknown, path = "profile"): Profile =>
  check(profileSchema, value, path, "invalid-profile");

/** A recommendation given by a caller, checked against the shape `recommend` gives. */
export const assertRecommendation = (value: unknown): Recommendation =>
  check(recommendationSchema, value, "recommendation", "invalid-recommendation");

/** Profiles given as an array or as a record name → profile, each checked. */
export function profileEntries(value: unknown, path: string): [string, Profile][] {
  if (Array.isArray(value))
    return value.map((p, i) => {
      const profile = assertProfile(p, `${path}.${i}`);
      return [profile.label ?? profile.date ?? `#${i + 1}`, profile];
    });
  assertObject(value, path, "profiles");
  return Object.entries(value as object).map(([name, p]) => [
    name,
    assertProfile(p, `${path}.${name}`),
  ]);
}
