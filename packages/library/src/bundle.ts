import { type Change, type ValidationResult, validateChanges } from "./change.ts";
import { LibraryError } from "./errors.ts";
import type { ApplyReport, Library } from "./library.ts";
import { LIMITS } from "./limits.ts";
import { docChanges, toDoc } from "./merge.ts";
import { type AnyDoc, type CollectionName, collectionNames } from "./schema.ts";

/** A file of changes any replica can import: a whole library or a selection. */
export interface Bundle {
  format: "pionniers-bundle";
  version: 1;
  /** When it was made (ISO timestamp). */
  exportedAt: string;
  /** The replica that made it. */
  replicaId: string;
  changes: Change[];
}

/** Options of {@link exportBundle}. */
export interface ExportBundleOptions {
  /** Keep only the documents for which this returns true (default: all). */
  filter?: (collection: CollectionName, doc: AnyDoc) => boolean;
  /** Include clips marked private (default false: they stay on this replica). */
  includePrivate?: boolean;
}

/** Options of {@link parseBundle}. */
export interface ParseBundleOptions {
  /** Largest accepted text, in characters (default {@link LIMITS}.bundleChars). */
  maxChars?: number;
  /** Most changes accepted (default {@link LIMITS}.changes). */
  maxChanges?: number;
}

const KEYS = new Set(["format", "version", "exportedAt", "replicaId", "changes"]);

/**
 * Makes a bundle of a library: every field of every document (trash included, so deletions
 * travel), private clips left out unless asked for. Importing it anywhere is merging.
 *
 * @param library the library to export
 * @param options `filter` by document, `includePrivate`
 * @returns the bundle; `JSON.stringify` it to write the file
 * @example
 * ```ts
 * const bundle = await exportBundle(library, { filter: (c, doc) => c !== "clips" || doc.tags.includes("rgpd") });
 * download(JSON.stringify(bundle), "rgpd.pionniers.json");
 * ```
 */
export async function exportBundle(
  library: Library,
  options: ExportBundleOptions = {},
): Promise<Bundle> {
  const changes: Change[] = [];
  for (const collection of collectionNames) {
    for (const stored of await library.store.list(collection)) {
      const isPrivate = stored.state.fields.get("private")?.value === true;
      if (collection === "clips" && isPrivate && options.includePrivate !== true) continue;
      if (options.filter && !options.filter(collection, toDoc(stored.state) as AnyDoc)) continue;
      for (const c of docChanges(stored.state)) changes.push(c);
    }
  }
  return {
    format: "pionniers-bundle",
    version: 1,
    exportedAt: new Date().toISOString(),
    replicaId: library.replicaId,
    changes,
  };
}

function bad(
  message: string,
  path: string,
  code: "invalid-bundle" | "too-large" = "invalid-bundle",
): ValidationResult<Bundle> {
  return { ok: false, error: new LibraryError(code, message, path) };
}

/**
 * Reads a bundle file and validates all of it before anything is written: size, JSON,
 * format and version, and every change (the first bad one is named, e.g. `changes[12].stamp`).
 * Hostile files — truncated, deeply nested, huge arrays, `__proto__` keys — are refused.
 *
 * @param text the file's text
 * @param options size limits
 * @returns `{ ok: true, value: bundle }` or `{ ok: false, error }` (a {@link LibraryError} with `path`)
 * @example
 * ```ts
 * const parsed = parseBundle(await file.text());
 * if (!parsed.ok) alert(parsed.error.message);
 * else console.log(await importBundle(library, parsed.value)); // { added, updated, unchanged }
 * ```
 */
export function parseBundle(
  text: unknown,
  options: ParseBundleOptions = {},
): ValidationResult<Bundle> {
  if (typeof text !== "string") return bad("a bundle is a JSON text", "bundle");
  const maxChars = options.maxChars ?? LIMITS.bundleChars;
  if (text.length > maxChars) {
    return bad(
      `file of ${text.length} characters is larger than the ${maxChars} allowed — export a selection`,
      "bundle",
      "too-large",
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return bad(`not valid JSON (truncated or damaged file?): ${reason.slice(0, 120)}`, "bundle");
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return bad("expected an object { format, version, changes }", "bundle");
  }
  for (const key of Object.keys(data)) {
    if (!KEYS.has(key)) return bad("unexpected key", key);
  }
  const o = data as Record<string, unknown>;
  if (o.format !== "pionniers-bundle")
    return bad('not a Pionniers bundle (format must be "pionniers-bundle")', "format");
  if (o.version !== 1) {
    return bad(
      `version ${JSON.stringify(o.version)} is not supported — update Pionniers to read it`,
      "version",
    );
  }
  if (typeof o.exportedAt !== "string" || o.exportedAt.length > 40)
    return bad("expected an ISO timestamp", "exportedAt");
  if (typeof o.replicaId !== "string" || o.replicaId.length > 64)
    return bad("expected the replica id", "replicaId");
  const changes = validateChanges(o.changes, "changes", options.maxChanges ?? LIMITS.changes);
  if (!changes.ok) return changes as ValidationResult<never>;
  return {
    ok: true,
    value: {
      format: "pionniers-bundle",
      version: 1,
      exportedAt: o.exportedAt,
      replicaId: o.replicaId,
      changes: changes.value,
    },
  };
}

/**
 * Merges a bundle into a library, in one transaction: safe to import twice or in any order.
 * A text is parsed first; a bad bundle throws its {@link LibraryError} and writes nothing.
 *
 * @param library the library to merge into
 * @param bundle a parsed bundle, or the file's text
 * @returns documents `added`, `updated`, `unchanged` (and the changes that won)
 * @example
 * ```ts
 * const { added, updated, unchanged } = await importBundle(library, text);
 * ```
 */
export async function importBundle(
  library: Library,
  bundle: Bundle | string,
): Promise<ApplyReport> {
  let value: Bundle;
  if (typeof bundle === "string") {
    const parsed = parseBundle(bundle);
    if (!parsed.ok) throw parsed.error;
    value = parsed.value;
  } else value = bundle;
  return library.apply(value.changes);
}
