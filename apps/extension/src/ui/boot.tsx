import type { ComponentChildren } from "preact";
import { render } from "preact";
import { migrateSettings, SETTINGS_KEY } from "../features/settings.ts";
import { loadT, resolveLanguage, type T } from "../i18n.ts";
import { send } from "../messages.ts";
import { createBrowserPlatform } from "../platform/browser.ts";
import type { Platform } from "../platform/platform.ts";
import { I18nContext } from "./i18n-context.ts";
import "./styles.css";

/**
 * Starts a page of the extension: reads the settings, fetches the language's messages,
 * sets `<html lang>` and the title, and renders.
 *
 * @param titleKey the page title's message key
 * @param app the page, given the platform and the settings
 */
export async function boot(
  titleKey: "popupTitle" | "libraryTitle",
  app: (platform: Platform, settings: Awaited<ReturnType<typeof loadForPage>>) => ComponentChildren,
): Promise<void> {
  const platform = createBrowserPlatform();
  const settings = await loadForPage(platform);
  const lang = resolveLanguage(settings.language, platform.uiLanguage());
  // When the browser already picked this language for the extension, its strings come
  // synchronously from i18n.getMessage; otherwise (a pioneer's choice, or a browser whose
  // application locale differs from its UI language) they are fetched.
  const t: T =
    platform.getMessage("localeCode", []) === lang
      ? (key, ...subs) => platform.getMessage(key, subs.map(String)) || key
      : await loadT(lang, (path) => platform.getURL(path));
  document.documentElement.lang = lang;
  document.title = t(titleKey);
  const root = document.getElementById("app")!;
  render(
    <I18nContext.Provider value={{ lang, t }}>{app(platform, settings)}</I18nContext.Provider>,
    root,
  );
  // Benchmarks read this mark: the page is drawn and its handlers are attached.
  performance.mark("pionniers:interactive");
}

/**
 * Pages read the settings straight from storage.local (reading is not writing: the background
 * stays the one writer), which spares waking the service worker before the first paint.
 */
async function loadForPage(platform: Platform) {
  const stored = await platform.storageGet(SETTINGS_KEY);
  return stored === undefined ? send(platform, "getSettings", {}) : migrateSettings(stored);
}
