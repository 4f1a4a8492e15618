import { describe, expect, it } from "vitest";
import { isLibraryError } from "./errors.ts";
import type { Clip } from "./schema.ts";
import { findDuplicates, normalizeUrl } from "./url.ts";

describe("normalizeUrl", () => {
  it.each([
    ["HTTPS://Example.ORG:443/a?utm_source=x&id=3#top", "https://example.org/a?id=3"],
    ["http://example.org:80", "http://example.org/"],
    ["http://example.org:8080/x", "http://example.org:8080/x"],
    ["https://a.fr/p?fbclid=1&gclid=2&mc_eid=3&utm_medium=m", "https://a.fr/p"],
    ["https://app.example/#/board/3", "https://app.example/#/board/3"],
    ["https://a.fr/p?b=2&a=1", "https://a.fr/p?b=2&a=1"],
    ["https://a.fr/p?", "https://a.fr/p"],
    ["https://a.fr/p?utm_source=x", "https://a.fr/p"],
    [
      "https://a.fr/p?q=%C3%A9conomie%20sociale&utm_source=x",
      "https://a.fr/p?q=%C3%A9conomie%20sociale",
    ],
    ["https://a.fr/p?q=a+b&&utm%5Fsource=x", "https://a.fr/p?q=a+b"],
    ["https://a.fr/p?flag&x=%2", "https://a.fr/p?flag&x=%2"],
  ])("%s → %s", (input, output) => {
    expect(normalizeUrl(input)).toBe(output);
  });

  it("sees an address with an empty query and one without as duplicates", () => {
    expect(normalizeUrl("https://a.fr/p?")).toBe(normalizeUrl("https://a.fr/p"));
    expect(normalizeUrl("https://a.fr/p?q=a%20b")).not.toBe(normalizeUrl("https://a.fr/p?q=a+b#x"));
    expect(normalizeUrl("https://a.fr/p?q=a%20b#x")).toBe("https://a.fr/p?q=a%20b");
  });

  it("refuses what is not a URL with a typed error", () => {
    try {
      normalizeUrl("example dot org");
      expect.unreachable();
    } catch (e) {
      expect(isLibraryError(e) && e.code).toBe("invalid-url");
    }
  });
});

describe("findDuplicates", () => {
  const clip = (id: string, url: string, extra: Partial<Clip> = {}): Clip =>
    ({ id, url, tags: [], themeIds: [], storyIds: [], ...extra }) as Clip;

  it("groups clips of different pioneers that point at the same page", () => {
    const groups = findDuplicates([
      clip("1", "https://www.avise.org/ressources?utm_source=nl", {
        createdBy: "ana",
        createdAt: "2026-01-02T00:00:00.000Z",
      }),
      clip("2", "https://WWW.avise.org/ressources#haut", {
        createdBy: "leo",
        createdAt: "2026-01-01T00:00:00.000Z",
      }),
      clip("3", "https://other.example/", {}),
      clip("4", "https://amp.example/x", { canonicalUrl: "https://other.example/" }),
      clip("5", "https://www.avise.org/ressources", { deleted: true }),
    ]);
    expect(groups.map((g) => [g.url, g.clips.map((c) => c.id)])).toEqual([
      ["https://other.example/", ["3", "4"]],
      ["https://www.avise.org/ressources", ["2", "1"]],
    ]);
  });
});
