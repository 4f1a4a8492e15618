import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Lang, T } from "../i18n.ts";

/** The current language and its translation function. */
export interface I18n {
  lang: Lang;
  t: T;
}

export const I18nContext = createContext<I18n>({ lang: "fr", t: (key) => key });

/** The translation function of the page's language. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}

const formats = new Map<Lang, Intl.DateTimeFormat>();

/** A date as a pioneer reads it (`12 nov. 2026`, `Nov 12, 2026`). */
export function formatDate(iso: string | undefined, lang: Lang): string {
  if (!iso) return "";
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  // One formatter per language: building one per call costs ~1 ms, and a list shows hundreds.
  let f = formats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
    });
    formats.set(lang, f);
  }
  return f.format(d);
}
