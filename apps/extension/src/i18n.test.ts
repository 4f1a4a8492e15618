import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { chromeManifest, firefoxManifest } from "../scripts/manifest.mjs";
import { browserLanguage, resolveLanguage } from "./i18n.ts";
import { createT, localeKeys } from "./i18n-catalogs.ts";

const src = fileURLToPath(new URL(".", import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory()
      ? files(p)
      : /\.(ts|tsx)$/.test(f) && !f.includes(".test.")
        ? [p]
        : [];
  });

/** Every key the code asks for: `t("key")`, `t(\n"key"` and `key: "key"` of the welcome themes. */
function usedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of files(src)) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\bt\(\s*"([A-Za-z0-9]+)"/g)) keys.add(m[1]!);
    for (const m of text.matchAll(/\bkey: "([A-Za-z0-9]+)"/g)) keys.add(m[1]!);
    for (const m of text.matchAll(/boot\("([A-Za-z0-9]+)"/g)) keys.add(m[1]!);
  }
  return keys;
}

describe("_locales", () => {
  it("French and English have exactly the same keys, none empty", () => {
    expect(localeKeys("en").sort()).toEqual(localeKeys("fr").sort());
    for (const lang of ["fr", "en"] as const) {
      const t = createT(lang);
      for (const key of localeKeys(lang))
        expect(t(key as never).trim(), `${lang}.${key}`).not.toBe("");
    }
  });

  it("has every key the code uses", () => {
    const known = new Set(localeKeys("fr"));
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !known.has(k))).toEqual([]);
  });

  it("has every __MSG_ key of both manifests", () => {
    const known = new Set(localeKeys("fr"));
    for (const manifest of [chromeManifest("1.0.0"), firefoxManifest("1.0.0")]) {
      const keys = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
      expect(keys.filter((k) => !known.has(k))).toEqual([]);
    }
  });

  it("English strings are not left in French", () => {
    const fr = createT("fr");
    const en = createT("en");
    const same = localeKeys("fr").filter(
      (k) =>
        fr(k as never) === en(k as never) &&
        !/^(Pionniers|Note|Association|Tags?)$/.test(fr(k as never)),
    );
    expect(same).toEqual([]);
  });
});

describe("language", () => {
  it("is French by default, English for an English browser, and the pioneer's choice first", () => {
    expect(resolveLanguage("auto", "fr")).toBe("fr");
    expect(resolveLanguage("auto", "de-DE")).toBe("fr");
    expect(resolveLanguage("auto", "en-US")).toBe("en");
    expect(resolveLanguage("fr", "en-US")).toBe("fr");
    // A browser whose UI is English only for want of locale packs, set to prefer French.
    expect(resolveLanguage("auto", browserLanguage(["fr-FR", "fr"], "en-US"))).toBe("fr");
    expect(resolveLanguage("auto", browserLanguage(["de-DE", "en"], "de"))).toBe("en");
    expect(resolveLanguage("auto", browserLanguage(["de-DE"], "en-US"))).toBe("en");
    expect(resolveLanguage("auto", browserLanguage([], "fr"))).toBe("fr");
    expect(createT("fr")("clippedByOn", "Camille", "3 mars 2026")).toBe(
      "gardée par Camille le 3 mars 2026",
    );
  });
});
