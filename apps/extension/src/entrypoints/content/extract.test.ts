import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import {
  loadWebPages,
  PIONEER_CORRECTIONS,
  sameAuthor,
  sameText,
} from "../../../test/web-pages.ts";
import { extractMetadata, toIsoDate } from "./extract.ts";
import { readableText } from "./readable.ts";

const pages = loadWebPages();
const parse = (html: string) => parseHTML(html).document as unknown as Document;

describe("extractMetadata on real article pages", () => {
  it("has the twelve pages of the shared data set", () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
  });

  for (const page of pages) {
    describe(page.name, () => {
      const meta = extractMetadata(parse(page.html), `http://127.0.0.1/${page.name}/`);
      const { expected } = page;

      it("reads the title without the site name", () => {
        expect(sameText(meta.title)).toBe(sameText(expected.title));
      });
      it("reads the site name", () => {
        expect(sameText(meta.siteName)).toBe(sameText(expected.siteName));
      });
      it("reads the author (without 'Par')", () => {
        // Readability finds no byline on one page where the article names its author in
        // JSON-LD; a name there is right, so only a known byline is compared.
        if (expected.byline) expect(sameAuthor(meta.author)).toBe(sameAuthor(expected.byline));
        // A correction saying "no author": the page's byline is only the site's name.
        if (expected.byline === null && page.name in PIONEER_CORRECTIONS)
          expect(meta.author).toBeUndefined();
      });
      it("reads the publication date as the publisher's calendar date", () => {
        if (expected.publishedTime)
          expect(meta.publishedAt).toBe(expected.publishedTime.slice(0, 10));
        else
          expect(
            meta.publishedAt === undefined || /^\d{4}-\d{2}-\d{2}$/.test(meta.publishedAt),
          ).toBe(true);
      });
      it("reads the language", () => {
        expect(meta.language?.toLowerCase()).toBe(expected.lang?.toLowerCase());
      });
      it("keeps http(s) URLs only for canonical URL and favicon", () => {
        for (const u of [meta.canonicalUrl, meta.favicon]) if (u) expect(u).toMatch(/^https?:\/\//);
      });
    });
  }
});

describe("extractMetadata on small pages", () => {
  it("falls back to <title> and cuts the site name after a separator", () => {
    const doc = parse(
      '<html lang="fr"><head><title>Mutualiser un serveur - Le Réseau</title><meta property="og:site_name" content="Le Réseau"></head><body></body></html>',
    );
    const m = extractMetadata(doc, "https://exemple.org/a");
    expect(m).toMatchObject({
      title: "Mutualiser un serveur",
      siteName: "Le Réseau",
      language: "fr",
    });
  });

  it("survives broken JSON-LD and reads author arrays", () => {
    const doc = parse(
      `<html><head><title>T</title><script type="application/ld+json">{oops</script>
       <script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"Ana"},{"name":"Bo"}],"datePublished":"2024-02-03T23:30:00-05:00"}</script></head></html>`,
    );
    const m = extractMetadata(doc, "https://exemple.org/");
    expect(m.author).toBe("Ana, Bo");
    expect(m.publishedAt).toBe("2024-02-03");
  });

  it("never takes an author URL for a name", () => {
    const doc = parse(
      '<html><head><title>T</title><meta property="article:author" content="https://x.org/me"></head></html>',
    );
    expect(extractMetadata(doc, "https://x.org/").author).toBeUndefined();
  });

  it("resolves a relative favicon and ignores javascript: links", () => {
    const doc = parse(
      '<html><head><title>T</title><link rel="icon" href="/i.png"><link rel="canonical" href="javascript:alert(1)"></head></html>',
    );
    const m = extractMetadata(doc, "https://x.org/a/b");
    expect(m.favicon).toBe("https://x.org/i.png");
    expect(m.canonicalUrl).toBeUndefined();
  });
});

describe("toIsoDate", () => {
  it("keeps the publisher's date from an ISO timestamp and reads other formats", () => {
    expect(toIsoDate("2024-12-06T22:00:40.000Z")).toBe("2024-12-06");
    expect(toIsoDate("March 9, 2017 UTC")).toBe("2017-03-09");
    expect(toIsoDate("soon")).toBeUndefined();
  });
});

describe("readableText", () => {
  it("returns the article as plain text, capped", () => {
    const page = pages.find((p) => p.name === "liberation-1")!;
    const r = readableText(parse(page.html), 500);
    expect(r?.text).toContain("Un troisième Français a été tué");
    expect(r?.text.length).toBeLessThanOrEqual(500);
    expect(r?.text).not.toMatch(/<\/?[a-z]+[\s>]/);
  });
});
