// Interface strings come from _locales/{fr,en}/messages.json, the browser's own format, so the
// manifest's strings and the UI's share one file per language. The UI reads them through this
// module rather than `i18n.getMessage` so that a pioneer can choose the language in the
// settings; French is the default, English when the browser speaks English.
import en from "../_locales/en/messages.json" with { type: "json" };
import fr from "../_locales/fr/messages.json" with { type: "json" };
import type { LanguageChoice } from "./features/settings.ts";

/** A language of the interface. */
export type Lang = "fr" | "en";
/** A key of messages.json. */
export type MessageKey = keyof typeof fr;

type Catalog = Record<string, { message: string; description?: string }>;
const catalogs: Record<Lang, Catalog> = { fr, en };

/**
 * The language to show: the pioneer's choice, else English for an English browser, else French.
 *
 * @param choice the settings' language
 * @param uiLanguage the browser's UI language (`en-US`, `fr`, `de`)
 * @returns `fr` or `en`
 * @example
 * ```ts
 * resolveLanguage("auto", "en-GB"); // "en"
 * ```
 */
export function resolveLanguage(choice: LanguageChoice, uiLanguage: string): Lang {
  if (choice === "fr" || choice === "en") return choice;
  return uiLanguage.toLowerCase().startsWith("en") ? "en" : "fr";
}

/** A translation function for one language. */
export type T = (key: MessageKey, ...subs: (string | number)[]) => string;

/**
 * The translation function of a language: `$1`…`$9` are replaced by `subs`, like
 * `i18n.getMessage` does.
 *
 * @param lang the language
 * @returns `t(key, ...subs)`
 * @example
 * ```ts
 * createT("fr")("clipsCount", 3); // "3 ressources"
 * ```
 */
export function createT(lang: Lang): T {
  const catalog = catalogs[lang];
  return (key, ...subs) => {
    const entry = catalog[key] ?? catalogs.fr[key];
    const text = entry?.message ?? key;
    return text.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ""));
  };
}

/** All keys of a locale (tests compare them across languages). */
export function localeKeys(lang: Lang): string[] {
  return Object.keys(catalogs[lang]);
}
