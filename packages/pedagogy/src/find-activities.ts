import {
  asList,
  assertObject,
  assertPhase,
  assertPractice,
  assertPrinciple,
  assertSetting,
  assertWhole,
  invalid,
} from "./guards";
import type { Activity, Catalog, Phase, Practice, Principle, Setting } from "./model";
import { assertCatalog } from "./validate-catalog";

/** Filters of {@link findActivities}; every given filter must hold. */
export interface ActivityQuery {
  /** The catalog to search, e.g. `catalog` from `@pionniers/pedagogy/catalog`. */
  catalog: Catalog;
  /** Words to find in id, name, summary or purposes, in either language, accents and case ignored. */
  text?: string;
  /** The activity serves every one of these principles (one or a list). */
  principles?: readonly Principle[] | Principle;
  /** The activity uses every one of these practices (one or a list). */
  practices?: readonly Practice[] | Practice;
  /** The activity belongs to this phase, or to one of these phases. */
  phase?: Phase | readonly Phase[];
  /** The activity can run within this many minutes (its shortest run fits). */
  minutes?: number;
  /** The activity works for a group of this size. */
  groupSize?: number;
  /** The activity works in this setting. */
  setting?: Setting;
}

/** Lower case without accents, so "Météo" matches "meteo". */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

function haystack(a: Activity): string {
  const texts = [a.name, a.summary, ...a.purposes];
  return fold([a.id, ...texts.flatMap((t) => [t.fr, t.en])].join(" "));
}

/**
 * Activities of a catalog matching every given filter, in catalog order. Text search is
 * accent- and case-insensitive and needs every word to appear (in French or English).
 *
 * @param query the catalog and the filters
 * @returns the matching activities
 * @throws PedagogyError `unknown-principle`, `unknown-practice`, `unknown-phase`,
 *   `unknown-setting` or `invalid-request` for a filter value that cannot match anything
 * @example
 * ```ts
 * findActivities({ catalog, text: "debat", setting: "presence", groupSize: 20 });
 * ```
 */
export function findActivities(query: ActivityQuery): Activity[] {
  assertObject(query, "query");
  const catalog = assertCatalog(query.catalog);
  const wantedPrinciples = (asList(query.principles, "principles") ?? []).map((p, i) =>
    assertPrinciple(p, `principles.${i}`),
  );
  const wantedPractices = (asList(query.practices, "practices") ?? []).map((p, i) =>
    assertPractice(p, `practices.${i}`),
  );
  const wantedPhases = asList(query.phase, "phase")?.map((p, i) => assertPhase(p, `phase.${i}`));
  if (query.text !== undefined && typeof query.text !== "string") invalid("text", "expected words");
  const setting = query.setting === undefined ? undefined : assertSetting(query.setting, "setting");
  const minutes = query.minutes === undefined ? undefined : assertWhole(query.minutes, "minutes");
  const size =
    query.groupSize === undefined ? undefined : assertWhole(query.groupSize, "groupSize");
  const words = fold(query.text ?? "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

  return catalog.filter((a) => {
    if (wantedPhases && !wantedPhases.includes(a.phase)) return false;
    if (setting && !a.settings.includes(setting)) return false;
    if (minutes !== undefined && a.duration.min > minutes) return false;
    if (size !== undefined && (size < a.groupSize.min || size > a.groupSize.max)) return false;
    if (!wantedPrinciples.every((p) => a.principles.includes(p))) return false;
    if (!wantedPractices.every((p) => a.practices.includes(p))) return false;
    if (words.length === 0) return true;
    const hay = haystack(a);
    return words.every((w) => hay.includes(w));
  });
}
