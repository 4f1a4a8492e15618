// The pioneer's settings, kept in storage.local with a version number: each stored shape has
// one upgrader to the next, so a settings object written by any released version still loads.
import type { Platform } from "../platform/platform.ts";

/** The interface language: follow the browser, or a fixed one. */
export type LanguageChoice = "auto" | "fr" | "en";

/** Settings, current version. */
export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Stable id of this pioneer (their replica id too), made on first run. */
  pioneerId: string;
  pioneerName: string;
  association: string;
  language: LanguageChoice;
  /** The welcome was completed. */
  welcomed: boolean;
}

/** Settings version 1 (before the language choice). */
interface SettingsV1 {
  version: 1;
  pioneerId: string;
  pioneerName: string;
  association: string;
  welcomed: boolean;
}

export const SETTINGS_KEY = "settings";
export const SETTINGS_VERSION = 2;

/** One upgrader per stored version, to the next one. */
export const settingsUpgraders = {
  1: (s: SettingsV1): Settings => ({ ...s, version: 2, language: "auto" }),
} as const;

function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return `p-${[...bytes].map((b) => b.toString(36).padStart(2, "0")).join("")}`.slice(0, 18);
}

/** Fresh settings for a first run. */
export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    pioneerId: newId(),
    pioneerName: "",
    association: "",
    language: "auto",
    welcomed: false,
  };
}

/**
 * Brings any stored settings to the current version; unknown or broken values give defaults
 * (keeping the pioneer id when there is one, so a replica never changes identity).
 *
 * @param stored what storage.local held
 * @returns current settings
 * @example
 * ```ts
 * migrateSettings({ version: 1, pioneerId: "p-1", pioneerName: "Ana", association: "", welcomed: true }).language; // "auto"
 * ```
 */
export function migrateSettings(stored: unknown): Settings {
  if (!stored || typeof stored !== "object") return defaultSettings();
  const s = stored as { version?: unknown; pioneerId?: unknown };
  if (s.version === 1) return settingsUpgraders[1](stored as SettingsV1);
  if (s.version === SETTINGS_VERSION) return { ...defaultSettings(), ...(stored as Settings) };
  const fresh = defaultSettings();
  return typeof s.pioneerId === "string" ? { ...fresh, pioneerId: s.pioneerId } : fresh;
}

/** Reads the settings (creating and saving them on first run). */
export async function loadSettings(platform: Platform): Promise<Settings> {
  const stored = await platform.storageGet(SETTINGS_KEY);
  const settings = migrateSettings(stored);
  if (JSON.stringify(stored) !== JSON.stringify(settings))
    await platform.storageSet(SETTINGS_KEY, settings);
  return settings;
}

/** Saves a change to the settings; the id and version cannot be overwritten. */
export async function saveSettings(
  platform: Platform,
  patch: Partial<Settings>,
): Promise<Settings> {
  const current = await loadSettings(platform);
  const clean = (x: unknown, max: number) =>
    typeof x === "string" ? x.trim().slice(0, max) : undefined;
  const next: Settings = { ...current };
  const name = clean(patch.pioneerName, 200);
  const association = clean(patch.association, 200);
  if (name !== undefined) next.pioneerName = name;
  if (association !== undefined) next.association = association;
  if (patch.language === "auto" || patch.language === "fr" || patch.language === "en")
    next.language = patch.language;
  if (typeof patch.welcomed === "boolean") next.welcomed = patch.welcomed;
  await platform.storageSet(SETTINGS_KEY, next);
  return next;
}
