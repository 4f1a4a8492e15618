import * as v from "valibot";
import { type CatalogIssue, PedagogyError } from "./errors";
import { invalid } from "./guards";
import { type Activity, type Catalog, practices, type Text } from "./model";
import { CatalogSchema } from "./schema";

function textIssues(value: unknown, path: string, out: CatalogIssue[]): void {
  if (value === null || typeof value !== "object") return;
  if ("fr" in value && "en" in value && typeof value.fr === "string") {
    const t = value as Text;
    for (const lang of ["fr", "en"] as const) {
      if (t[lang].trim() === "") {
        out.push({
          code: "missing-translation",
          path: `${path}.${lang}`,
          message: `${path}: empty ${lang === "fr" ? "French" : "English"} text — write it`,
        });
      }
    }
    return;
  }
  for (const [key, child] of Object.entries(value))
    textIssues(child, path ? `${path}.${key}` : key, out);
}

function activityIssues(a: Activity, i: number, out: CatalogIssue[]): void {
  const at = `${i}`;
  for (const key of ["duration", "groupSize"] as const) {
    if (a[key].min > a[key].max) {
      out.push({
        code: "inverted-range",
        path: `${at}.${key}`,
        message: `${a.id}: ${key} min ${a[key].min} is above max ${a[key].max} — swap them`,
      });
    }
  }
  const total = a.steps.reduce((sum, s) => sum + s.minutes, 0);
  if (total < a.duration.min || total > a.duration.max) {
    out.push({
      code: "steps-duration",
      path: `${at}.steps`,
      message: `${a.id}: steps take ${total} min but the duration is ${a.duration.min}–${a.duration.max} min — adjust the steps' minutes or the duration`,
    });
  }
  for (const [j, p] of a.practices.entries()) {
    const principle = practices[p].principle;
    if (!a.principles.includes(principle)) {
      out.push({
        code: "practice-principle",
        path: `${at}.practices.${j}`,
        message: `${a.id}: practice "${p}" belongs to "${principle}", which is not in its principles — add it`,
      });
    }
  }
}

/**
 * Every defect of a catalog, without throwing: shape (against {@link CatalogSchema}), duplicate
 * ids, empty translations, inverted ranges, steps whose minutes do not add up to a value within
 * the stated duration, practices whose principle is not listed.
 *
 * @param input a catalog, typically parsed from a user's JSON file
 * @returns the issues found, empty for a valid catalog
 * @example
 * ```ts
 * catalogIssues([{ id: "x" }])[0]?.code; // "schema"
 * ```
 */
export function catalogIssues(input: unknown): CatalogIssue[] {
  const parsed = v.safeParse(CatalogSchema, input);
  if (!parsed.success) {
    return parsed.issues.map((issue) => {
      const path = v.getDotPath(issue) ?? "";
      return {
        code: "schema" as const,
        path,
        message: `${path || "catalog"}: ${issue.message} — expected ${issue.expected ?? "another value"}`,
      };
    });
  }
  const out: CatalogIssue[] = [];
  const seen = new Map<string, number>();
  for (const [i, a] of parsed.output.entries()) {
    const first = seen.get(a.id);
    if (first !== undefined) {
      out.push({
        code: "duplicate-id",
        path: `${i}.id`,
        message: `${i}.id: "${a.id}" is already the id of activity ${first} — rename one`,
      });
    } else seen.set(a.id, i);
    textIssues(a, `${i}`, out);
    activityIssues(a, i, out);
  }
  return out;
}

/**
 * Checks a catalog and returns it typed, or throws a `PedagogyError` (code `invalid-catalog`)
 * whose `issues` list every defect with its path and what to change.
 *
 * @param input a catalog, typically parsed from a user's JSON file
 * @returns the same activities, typed as a {@link Catalog}
 * @example
 * ```ts
 * const mine = validateCatalog(JSON.parse(text));
 * ```
 */
export function validateCatalog(input: unknown): Catalog {
  const issues = catalogIssues(input);
  if (issues.length > 0) {
    const shown = issues.slice(0, 3).map((i) => i.message);
    const more = issues.length > 3 ? ` (and ${issues.length - 3} more in error.issues)` : "";
    throw new PedagogyError("invalid-catalog", `invalid catalog: ${shown.join("; ")}${more}`, {
      path: issues[0]?.path ?? "",
      issues,
    });
  }
  return input as Catalog;
}

/**
 * Adds a user's catalog to a base one (typically the built-in `catalog`). An activity of
 * `addition` whose id is already in `base` replaces it in place when `onConflict` is
 * `"replace"` (the default), or makes the merge throw when it is `"error"`. The addition is
 * validated first.
 *
 * @param base the catalog to extend
 * @param addition the user's activities, unvalidated
 * @param options `onConflict`: `"replace"` (default) or `"error"`
 * @returns a new catalog, base order first, new activities appended
 * @example
 * ```ts
 * const all = mergeCatalogs(catalog, JSON.parse(myActivitiesJson));
 * ```
 */
export function mergeCatalogs(
  base: Catalog,
  addition: unknown,
  options: { onConflict?: "replace" | "error" } = {},
): Catalog {
  assertCatalog(base, "base");
  const extra = validateCatalog(addition);
  const byId = new Map(extra.map((a) => [a.id, a]));
  const merged = base.map((a) => {
    const replacement = byId.get(a.id);
    if (!replacement) return a;
    if (options?.onConflict === "error") {
      throw new PedagogyError(
        "invalid-catalog",
        `"${a.id}" is already in the base catalog — rename your activity or pass { onConflict: "replace" }`,
        { path: `${extra.indexOf(replacement)}.id` },
      );
    }
    byId.delete(a.id);
    return replacement;
  });
  return [...merged, ...byId.values()];
}

// Validated once per catalog object: composing many agendas from one catalog stays cheap. A
// catalog edited in place after its first use is not checked again.
const checkedCatalogs = new WeakSet<object>();

/**
 * Checks a catalog given to composeAgenda or findActivities, once per catalog object: a missing
 * one gets `invalid-request`, a malformed one `invalid-catalog` with every issue.
 */
export function assertCatalog(value: unknown, path = "catalog"): Catalog {
  if (value === undefined) invalid(path, "missing — e.g. catalog from @pionniers/pedagogy/catalog");
  if (typeof value === "object" && value !== null && checkedCatalogs.has(value))
    return value as Catalog;
  const catalog = validateCatalog(value);
  checkedCatalogs.add(catalog);
  return catalog;
}
