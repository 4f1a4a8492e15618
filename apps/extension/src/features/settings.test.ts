import { describe, expect, it } from "vitest";
import { createFakePlatform } from "../platform/fake.ts";
import {
  defaultSettings,
  loadSettings,
  migrateSettings,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  saveSettings,
} from "./settings.ts";

describe("settings", () => {
  it("upgrades version 1 (no language) keeping the pioneer's id and name", () => {
    const v1 = {
      version: 1,
      pioneerId: "p-abc",
      pioneerName: "Camille",
      association: "La Ruche",
      welcomed: true,
    };
    expect(migrateSettings(v1)).toEqual({ ...v1, version: SETTINGS_VERSION, language: "auto" });
  });

  it("replaces broken values by defaults but never changes an existing pioneer id", () => {
    expect(migrateSettings("garbage").pioneerId).toMatch(/^p-/);
    expect(migrateSettings({ version: 99, pioneerId: "p-keep" }).pioneerId).toBe("p-keep");
  });

  it("creates settings once on first run and saves trimmed changes", async () => {
    const platform = createFakePlatform();
    const first = await loadSettings(platform);
    expect(first).toMatchObject({ welcomed: false, language: "auto", version: SETTINGS_VERSION });
    expect((await loadSettings(platform)).pioneerId).toBe(first.pioneerId);
    const next = await saveSettings(platform, {
      pioneerName: "  Camille ",
      language: "en",
      pioneerId: "hack",
    } as never);
    expect(next).toMatchObject({
      pioneerName: "Camille",
      language: "en",
      pioneerId: first.pioneerId,
    });
    expect(platform.storage.get(SETTINGS_KEY)).toEqual(next);
    expect(defaultSettings().pioneerId).not.toBe(defaultSettings().pioneerId);
  });
});
