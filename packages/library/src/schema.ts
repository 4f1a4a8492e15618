import * as v from "valibot";
import { checkJson, type Json } from "./json.ts";
import { LIMITS } from "./limits.ts";

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `at most ${max} characters`));

/** Document ids: 1–128 letters, digits, `_`, `-`, `.` or `:`. */
export const idSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9_.:-]{1,128}$/, "ids are 1–128 letters, digits, _ - . or :"),
);

/** An absolute `http:` or `https:` URL. */
export const urlSchema = v.pipe(
  v.string(),
  v.maxLength(LIMITS.urlLength, `URLs are at most ${LIMITS.urlLength} characters`),
  v.check(isWebUrl, "not an absolute http(s) URL"),
);

/** A favicon: an http(s) URL or a small `data:image/…` URL. */
const faviconSchema = v.pipe(
  v.string(),
  v.maxLength(65_536, "favicon too large (64 KB at most)"),
  v.check((s) => s.startsWith("data:image/") || isWebUrl(s), "not an http(s) or data:image URL"),
);

/** A plain JSON value within the size limits (no `__proto__` keys, no deep nesting). */
export const jsonSchema = v.pipe(
  v.unknown(),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = checkJson(dataset.value);
    if (problem) addIssue({ message: `${problem.path || "value"}: ${problem.reason}` });
  }),
) as v.GenericSchema<unknown, Json>;

const tag = v.pipe(
  v.string(),
  v.minLength(1, "empty"),
  v.maxLength(LIMITS.elementLength, `at most ${LIMITS.elementLength} characters`),
);

function isWebUrl(s: string): boolean {
  return /^https?:\/\//i.test(s) && URL.canParse(s);
}

/**
 * How one collection is made: its scalar fields (each a valibot schema, last writer wins),
 * its set fields (schema of one element; each element last writer wins) and the fields a new
 * document must have.
 */
export interface CollectionSpec {
  readonly fields: Readonly<Record<string, v.GenericSchema>>;
  readonly sets: Readonly<Record<string, v.GenericSchema<string>>>;
  readonly required: readonly string[];
}

const opaque = {
  fields: { title: text(LIMITS.shortText), data: jsonSchema },
  sets: {},
  required: [],
} satisfies CollectionSpec;

/**
 * Every collection of a library and its fields. The hub validates incoming changes against
 * the same table. Every collection also has the scalar field `deleted` (boolean).
 */
export const collections = {
  clips: {
    fields: {
      url: urlSchema,
      canonicalUrl: urlSchema,
      title: text(LIMITS.shortText),
      description: text(LIMITS.noteLength),
      selection: text(LIMITS.noteLength),
      note: text(LIMITS.noteLength),
      siteName: text(LIMITS.shortText),
      author: text(LIMITS.shortText),
      publishedAt: v.pipe(v.string(), v.isoDate("a date YYYY-MM-DD")),
      language: v.pipe(
        v.string(),
        v.regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, "a language tag such as fr or en-GB"),
      ),
      favicon: faviconSchema,
      text: text(LIMITS.textLength),
      private: v.boolean(),
      createdBy: idSchema,
      association: text(LIMITS.shortText),
      createdAt: v.pipe(
        v.string(),
        v.isoTimestamp("an ISO timestamp such as 2026-11-28T19:30:00.000Z"),
      ),
    },
    sets: { tags: tag, themeIds: idSchema, storyIds: idSchema },
    required: ["url"],
  },
  themes: {
    fields: {
      name: text(LIMITS.shortText),
      colour: v.pipe(v.string(), v.hexColor("a colour such as #1a7f5a")),
      description: text(LIMITS.noteLength),
    },
    sets: {},
    required: ["name"],
  },
  stories: opaque,
  chantiers: opaque,
  assessments: opaque,
  missions: opaque,
  pioneers: {
    fields: { displayName: text(LIMITS.shortText), association: text(LIMITS.shortText) },
    sets: {},
    required: ["displayName"],
  },
} as const satisfies Record<string, CollectionSpec>;

/** The name of a collection. */
export type CollectionName = keyof typeof collections;

/** All collection names, in a stable order. */
export const collectionNames = Object.keys(collections) as CollectionName[];

/** The `deleted` field every collection has: true puts the document in the trash. */
export const deletedSchema = v.boolean();

/**
 * Whether `name` is a collection.
 *
 * @param name anything
 * @returns true for `clips`, `themes`, `stories`, `chantiers`, `assessments`, `missions`,
 *   `pioneers`
 * @example
 * ```ts
 * isCollection("clips"); // true
 * ```
 */
export function isCollection(name: unknown): name is CollectionName {
  return typeof name === "string" && Object.hasOwn(collections, name);
}

/**
 * The valibot schema of one field of a collection: a scalar's value schema, or a set's element
 * schema, or `undefined` for an unknown field.
 *
 * @param collection collection name
 * @param field field name
 * @returns `{ kind, schema }` or `undefined`
 * @example
 * ```ts
 * fieldSchema("clips", "tags")?.kind; // "set"
 * ```
 */
export function fieldSchema(
  collection: CollectionName,
  field: string,
): { kind: "scalar" | "set"; schema: v.GenericSchema } | undefined {
  const spec: CollectionSpec = collections[collection];
  if (field === "deleted") return { kind: "scalar", schema: deletedSchema };
  if (Object.hasOwn(spec.fields, field)) return { kind: "scalar", schema: spec.fields[field]! };
  if (Object.hasOwn(spec.sets, field)) return { kind: "set", schema: spec.sets[field]! };
  return undefined;
}

type Spec<C extends CollectionName> = (typeof collections)[C];
type ScalarOut<C extends CollectionName> = {
  -readonly [K in keyof Spec<C>["fields"]]?: Spec<C>["fields"][K] extends v.GenericSchema
    ? v.InferOutput<Spec<C>["fields"][K]>
    : never;
};
type SetOut<C extends CollectionName> = { -readonly [K in keyof Spec<C>["sets"]]: string[] };

/**
 * A document of collection `C` as {@link Library.get} returns it: its `id`, the scalar fields
 * that were ever written, every set field as a sorted array, and `deleted` once removed or
 * restored.
 */
export type Doc<C extends CollectionName> = { id: string; deleted?: boolean } & ScalarOut<C> &
  SetOut<C>;

/** What {@link Library.put} accepts for collection `C`: fields, optional set arrays, optional id. */
export type DocInput<C extends CollectionName> = { id?: string } & ScalarOut<C> &
  Partial<SetOut<C>>;

/** A document of any collection (a union, narrowed by checking fields). */
export type AnyDoc = { [C in CollectionName]: Doc<C> }[CollectionName];

/** A clip: one clipped web resource. */
export type Clip = Doc<"clips">;
/** A theme that groups clips (a bookmark folder becomes one). */
export type Theme = Doc<"themes">;
/** A pioneer: display name and association. */
export type Pioneer = Doc<"pioneers">;
