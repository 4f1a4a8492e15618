import * as v from "valibot";
import { STAMP_PATTERN, type Stamp } from "./clock.ts";
import { LibraryError } from "./errors.ts";
import type { Json } from "./json.ts";
import { LIMITS } from "./limits.ts";
import {
  type CollectionName,
  collectionNames,
  fieldSchema,
  idSchema,
  jsonSchema,
} from "./schema.ts";

/** A write of one scalar field: the newest stamp wins. */
export interface ScalarChange {
  collection: CollectionName;
  id: string;
  field: string;
  value: Json;
  stamp: Stamp;
}

/** A write of one element of a set field (tags, themeIds…): per element, the newest stamp wins. */
export interface SetChange {
  collection: CollectionName;
  id: string;
  field: string;
  element: string;
  present: boolean;
  stamp: Stamp;
}

/** One field write, the unit that replicas, bundles and the hub exchange. */
export type Change = ScalarChange | SetChange;

/**
 * Whether a change writes a set element.
 *
 * @param change a change
 * @returns true for a {@link SetChange}
 * @example
 * ```ts
 * isSetChange({ collection: "clips", id: "a", field: "tags", element: "coop", present: true, stamp }); // true
 * ```
 */
export function isSetChange(change: Change): change is SetChange {
  return "element" in change;
}

/** A valibot schema of a stamp string. */
export const stampSchema = v.pipe(v.string(), v.regex(STAMP_PATTERN, "not a stamp"));

const collectionSchema = v.picklist(collectionNames, `one of ${collectionNames.join(", ")}`);
const fieldNameSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/, "not a field name"),
);

/** Shape of a {@link ScalarChange}, without the per-field value check. */
export const scalarChangeShape = v.strictObject({
  collection: collectionSchema,
  id: idSchema,
  field: fieldNameSchema,
  value: jsonSchema,
  stamp: stampSchema,
});

/** Shape of a {@link SetChange}, without the per-field element check. */
export const setChangeShape = v.strictObject({
  collection: collectionSchema,
  id: idSchema,
  field: fieldNameSchema,
  element: v.pipe(v.string(), v.maxLength(LIMITS.elementLength)),
  present: v.boolean(),
  stamp: stampSchema,
});

/** Bytes of `text` in UTF-8 (lone surrogates do not occur: JSON escapes them). */
function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) n += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return n;
}

/**
 * The size of a change as the hub counts it (UTF-8 bytes of its JSON) when it may exceed
 * {@link LIMITS}.changeBytes, else 0. Short values are not measured: a JSON character takes at
 * most 6 bytes (`\u0001`), and ids, field names and stamps are short.
 *
 * @param change a change (already of the right shape)
 * @returns its size in bytes when over the limit, else 0
 */
export function oversize(change: Change): number {
  const value = (change as ScalarChange).value;
  if (value === null || typeof value === "boolean" || typeof value === "number") return 0;
  if (typeof value === "string" && value.length * 6 + 1024 <= LIMITS.changeBytes) return 0;
  if (value === undefined) return 0;
  const size = utf8Length(JSON.stringify(change));
  return size > LIMITS.changeBytes ? size : 0;
}

/** The message of a change over {@link LIMITS}.changeBytes. */
export function oversizeMessage(size: number): string {
  return `change of ${size} bytes (at most ${LIMITS.changeBytes}, the hub's limit) — shorten the value`;
}

/**
 * Validates one change: its shape, then that the field exists in the collection with the
 * right kind (scalar or set) and that the value or element fits the field's schema.
 *
 * @returns `undefined` when fine, else the path inside the change and the reason
 */
function checkChange(
  input: unknown,
): { path: string; message: string; tooLarge?: true } | undefined {
  const isSet = typeof input === "object" && input !== null && Object.hasOwn(input, "element");
  const result = v.safeParse(isSet ? setChangeShape : scalarChangeShape, input);
  if (!result.success) {
    const issue = result.issues[0];
    const keys = (issue.path ?? []).map((p) => String(p.key));
    return { path: keys.length ? `.${keys.join(".")}` : "", message: issue.message };
  }
  const change = result.output as Change;
  const spec = fieldSchema(change.collection, change.field);
  if (!spec) {
    return { path: ".field", message: `${change.collection} has no field "${change.field}"` };
  }
  if (spec.kind === "set" && !isSet) {
    return { path: ".value", message: `${change.field} is a set: write { element, present }` };
  }
  if (spec.kind === "scalar" && isSet) {
    return { path: ".element", message: `${change.field} is not a set: write { value }` };
  }
  const checked = v.safeParse(
    spec.schema,
    isSet ? (change as SetChange).element : (change as ScalarChange).value,
  );
  if (!checked.success) {
    return { path: isSet ? ".element" : ".value", message: checked.issues[0].message };
  }
  const size = oversize(change);
  if (size > 0) return { path: ".value", message: oversizeMessage(size), tooLarge: true };
  return undefined;
}

/**
 * The valibot schema of one {@link Change}, field and value checked against the collection
 * (the hub validates pushed changes with it).
 *
 * @example
 * ```ts
 * v.is(changeSchema, { collection: "clips", id: "a", field: "title", value: "Hi", stamp }); // true
 * ```
 */
export const changeSchema: v.GenericSchema<unknown, Change> = v.pipe(
  v.unknown(),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = checkChange(dataset.value);
    if (problem) addIssue({ message: `${problem.path.slice(1) || "change"}: ${problem.message}` });
  }),
) as v.GenericSchema<unknown, Change>;

/** What {@link validateChanges} returns: the changes, or the error naming the first bad path. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; error: LibraryError };

/**
 * Validates a batch of changes from outside (a push, a bundle). Stops at the first bad change
 * and names its path, such as `changes[12].stamp`.
 *
 * @param input anything, typically parsed JSON
 * @param path the name of the batch in error paths (default `changes`)
 * @param maxChanges most changes accepted (default {@link LIMITS}.changes)
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with an `invalid-change` error, or a
 *   `too-large` one for too many changes or a change over {@link LIMITS}.changeBytes
 * @example
 * ```ts
 * const r = validateChanges(body.changes);
 * if (!r.ok) return reply.code(400).send({ error: r.error.message, path: r.error.path });
 * ```
 */
export function validateChanges(
  input: unknown,
  path = "changes",
  maxChanges: number = LIMITS.changes,
): ValidationResult<Change[]> {
  if (!Array.isArray(input)) {
    return {
      ok: false,
      error: new LibraryError("invalid-change", "expected an array of changes", path),
    };
  }
  if (input.length > maxChanges) {
    return {
      ok: false,
      error: new LibraryError(
        "too-large",
        `${input.length} changes (at most ${maxChanges}) — split the batch`,
        path,
      ),
    };
  }
  for (let i = 0; i < input.length; i++) {
    const problem = checkChange(input[i]);
    if (problem) {
      return {
        ok: false,
        error: new LibraryError(
          problem.tooLarge ? "too-large" : "invalid-change",
          problem.message,
          `${path}[${i}]${problem.path}`,
        ),
      };
    }
  }
  return { ok: true, value: input as Change[] };
}
