// The example themes the welcome offers. Every browser that picks one writes the very same
// changes — the same id, the French name, the same stamp at the epoch from the same replica —
// so a newcomer's welcome can never rename a theme the collective already has: any real edit
// (a rename, a colour, a deletion) is newer and wins, and two welcomes write identical rows.
// The name is shown in the reader's language as long as nobody renamed the theme.
import { type Change, formatStamp, type Theme } from "@pionniers/library";
import type { Lang, MessageKey, T } from "../i18n.ts";

/** An example theme: its stable id, the message key of its name, whether it starts checked. */
export interface ExampleTheme {
  id: string;
  key: MessageKey;
  checked: boolean;
}

/** The example themes: the three pooling goals first, checked by default. */
export const EXAMPLE_THEMES: readonly ExampleTheme[] = [
  { key: "themeHosting", id: "theme-common-hosting", checked: true },
  { key: "themeMaintenance", id: "theme-shared-maintenance", checked: true },
  { key: "themeDataSharing", id: "theme-data-sharing", checked: true },
  { key: "themeTraining", id: "theme-volunteer-training", checked: false },
  { key: "themeFunding", id: "theme-funding", checked: false },
];

/** The stamp of every example theme's name: older than any edit a pioneer can make. */
export const EXAMPLE_STAMP = formatStamp(0, 0, "pionniers");

/**
 * The changes that create the chosen example themes, identical on every browser.
 *
 * @param ids ids of {@link EXAMPLE_THEMES} (unknown ones are ignored)
 * @param fr the French translation function (names are stored in French, the default)
 * @returns changes for `library.apply`
 * @example
 * ```ts
 * await library.apply(exampleThemeChanges(["theme-common-hosting"], createT("fr")));
 * ```
 */
export function exampleThemeChanges(ids: readonly string[], fr: T): Change[] {
  return EXAMPLE_THEMES.filter((x) => ids.includes(x.id)).map((x) => ({
    collection: "themes",
    id: x.id,
    field: "name",
    value: fr(x.key),
    stamp: EXAMPLE_STAMP,
  }));
}

/**
 * A theme as a pioneer reads it: an example theme nobody renamed (its name is still one of the
 * example's names) is shown in the reader's language; every other name as written.
 *
 * @param theme the stored theme
 * @param lang the reader's language
 * @param ts the translation functions of both languages
 * @returns the theme, its name in `lang` when it is an untouched example
 * @example
 * ```ts
 * shownTheme({ id: "theme-funding", name: "Financements" }, "en", ts).name; // "Funding"
 * ```
 */
export function shownTheme(theme: Theme, lang: Lang, ts: Record<Lang, T>): Theme {
  const example = EXAMPLE_THEMES.find((x) => x.id === theme.id);
  if (!example || (theme.name !== ts.fr(example.key) && theme.name !== ts.en(example.key)))
    return theme;
  return { ...theme, name: ts[lang](example.key) };
}
