// Both languages bundled: for the background (menu titles) and the tests, which cannot fetch.
import en from "../_locales/en/messages.json" with { type: "json" };
import fr from "../_locales/fr/messages.json" with { type: "json" };
import { type Lang, makeT, type T } from "./i18n.ts";

const catalogs: Record<Lang, Record<string, { message: string }>> = { fr, en };

/**
 * The translation function of a language, from the bundled catalogs.
 *
 * @param lang the language
 * @returns `t(key, ...subs)`
 * @example
 * ```ts
 * createT("fr")("clippedByOn", "Camille", "3 mars 2026"); // "gardée par Camille le 3 mars 2026"
 * ```
 */
export function createT(lang: Lang): T {
  return makeT(catalogs[lang]);
}

/** All keys of a locale (tests compare them across languages). */
export function localeKeys(lang: Lang): string[] {
  return Object.keys(catalogs[lang]);
}
