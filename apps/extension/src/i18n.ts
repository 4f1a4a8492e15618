// Interface strings come from _locales/{fr,en}/messages.json, the browser's own format, so the
// manifest's strings and the UI's share one file per language. Pages fetch the one language
// they show (the popup stays small however many strings the library page has); the
// background and the tests use both through ./i18n-catalogs.ts. The UI does not use
// `i18n.getMessage` so that a pioneer can choose the language in the settings; French is the
// default, English when the browser speaks English.
import type { LanguageChoice } from "./features/settings.ts";

/** A language of the interface. */
export type Lang = "fr" | "en";
/** The shape of messages.json. */
export type Catalog = typeof import("../_locales/fr/messages.json");
/** A key of messages.json. */
export type MessageKey = keyof Catalog;

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

/**
 * The browser's language for the pioneer: the first of their preferred languages
 * (`navigator.languages`, Chrome's and Firefox's `intl.accept_languages`) that the extension
 * speaks, else the browser's UI language. The preferred languages are a profile setting every
 * context of the extension sees from its first instant; the UI language is the application
 * locale, which Chromium on Linux takes from locale packs a Debian `chromium` without
 * `chromium-l10n` lacks (it says `en-US` whatever `--lang` says).
 *
 * @param preferred the browser's preferred languages, in order
 * @param uiLanguage the browser's UI language
 * @returns a language tag for {@link resolveLanguage}
 * @example
 * ```ts
 * browserLanguage(["de-DE", "fr-FR"], "en-US"); // "fr-FR"
 * ```
 */
export function browserLanguage(preferred: readonly string[], uiLanguage: string): string {
  return preferred.find((l) => /^(fr|en)\b/i.test(l)) ?? uiLanguage;
}

/** A translation function for one language. */
export type T = (key: MessageKey, ...subs: (string | number)[]) => string;

/**
 * The translation function of a catalog: `$1`…`$9` are replaced by `subs`, like
 * `i18n.getMessage` does; a missing key shows the key (and a test fails on it).
 *
 * @param catalog the messages.json of the language
 * @returns `t(key, ...subs)`
 * @example
 * ```ts
 * makeT(fr)("clipsCount", 3); // "3 ressource(s)"
 * ```
 */
export function makeT(catalog: Partial<Record<string, { message: string }>>): T {
  return (key, ...subs) => {
    const text = catalog[key]?.message ?? key;
    return text.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ""));
  };
}

/**
 * Fetches one language's messages from the extension's own files.
 *
 * @param lang the language
 * @param getURL the platform's `getURL`
 * @returns the translation function
 */
export async function loadT(lang: Lang, getURL: (path: string) => string): Promise<T> {
  const response = await fetch(getURL(`_locales/${lang}/messages.json`));
  return makeT((await response.json()) as Catalog);
}
