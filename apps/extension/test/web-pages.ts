// The real article pages of ../shared/data/web-pages (copied from mozilla/readability's test
// suite, see PROVENANCE.md), shared by the unit tests, the e2e tests and the benchmarks.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** `<repo>/../shared/data/web-pages`, wherever the repository is cloned. */
export const webPagesDir = fileURLToPath(
  new URL("../../../../shared/data/web-pages/", import.meta.url),
);

/** Readability's answer for a page: a reference, not gospel. */
export interface ExpectedMetadata {
  title: string;
  byline: string | null;
  lang?: string;
  siteName: string | null;
  publishedTime: string | null;
  excerpt?: string;
}

export interface WebPage {
  name: string;
  html: string;
  /** Readability's answer, corrected where a pioneer would call it otherwise. */
  expected: ExpectedMetadata;
}

/**
 * Where Readability's reference answer is not what a pioneer would call the page, what they
 * would — with why. `byline: null` means "no author": the site itself is not one.
 */
export const PIONEER_CORRECTIONS: Record<string, Partial<ExpectedMetadata> & { why: string }> = {
  "wikipedia-2": {
    siteName: "Wikipedia",
    why: "readers know the site as Wikipedia (its title says so); the Wikimedia Foundation, Inc. is its publisher",
  },
  "bbc-1": {
    byline: null,
    why: "the byline is the site's name: the article names no author",
  },
};

/** Every saved page with its expected metadata, sorted by name. */
export function loadWebPages(): WebPage[] {
  return readdirSync(webPagesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => ({
      name,
      html: readFileSync(`${webPagesDir}${name}/source.html`, "utf8"),
      expected: {
        ...(JSON.parse(
          readFileSync(`${webPagesDir}${name}/expected-metadata.json`, "utf8"),
        ) as ExpectedMetadata),
        ...withoutWhy(PIONEER_CORRECTIONS[name]),
      },
    }));
}

function withoutWhy(c: (Partial<ExpectedMetadata> & { why: string }) | undefined) {
  if (!c) return {};
  const { why: _why, ...rest } = c;
  return rest;
}

/** What a pioneer calls the same text: spacing and typographic quotes do not matter. */
export function sameText(s: string | undefined | null): string {
  return (s ?? "")
    .normalize("NFC")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/** "Par Sébastien Farcis" and "Sébastien Farcis" name the same author. */
export function sameAuthor(s: string | undefined | null): string {
  return sameText(s).replace(/^(par|by)\s+/i, "");
}
