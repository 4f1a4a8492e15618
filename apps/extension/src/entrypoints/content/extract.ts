// Reads what a pioneer would call the page's metadata from a parsed document: the fast part of
// a capture (no layout, no Readability), so a clip is saved before the readable text is ready.

/** The metadata of one page, every field optional except the URL and title. */
export interface PageMetadata {
  url: string;
  canonicalUrl?: string;
  title: string;
  description?: string;
  siteName?: string;
  author?: string;
  /** `YYYY-MM-DD`, the publisher's own calendar date. */
  publishedAt?: string;
  /** A BCP 47 tag as the page declares it (`fr`, `en-GB`). */
  language?: string;
  favicon?: string;
  image?: string;
  type?: string;
}

type JsonLd = Record<string, unknown>;

const clean = (s: string | null | undefined): string | undefined => {
  const t = s?.replace(/\s+/g, " ").trim();
  return t ? t : undefined;
};

function meta(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const el =
      doc.querySelector(`meta[property="${key}"]`) ??
      doc.querySelector(`meta[name="${key}"]`) ??
      doc.querySelector(`meta[itemprop="${key}"]`);
    const value = clean(el?.getAttribute("content"));
    if (value) return value;
  }
  return undefined;
}

function absolute(href: string | null | undefined, base: string): string | undefined {
  const h = clean(href);
  if (!h) return undefined;
  try {
    const u = new URL(h, base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

const ARTICLE_TYPES =
  /^(Article|NewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|WebPage|SocialMediaPosting|LiveBlogPosting)$/;

function jsonLdNodes(doc: Document): JsonLd[] {
  const out: JsonLd[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    if (!node || typeof node !== "object") return;
    const obj = node as JsonLd;
    if (Array.isArray(obj["@graph"])) visit(obj["@graph"]);
    out.push(obj);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse((script.textContent ?? "").replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, "")));
    } catch {
      // A broken JSON-LD block is the publisher's problem; the other sources still count.
    }
  }
  const typeOf = (n: JsonLd) => [n["@type"]].flat().map(String);
  // Articles first: a page's JSON-LD often also describes the site, the breadcrumb, the author.
  return out.sort(
    (a, b) =>
      Number(typeOf(b).some((t) => ARTICLE_TYPES.test(t))) -
      Number(typeOf(a).some((t) => ARTICLE_TYPES.test(t))),
  );
}

function names(value: unknown): string | undefined {
  const list = [value]
    .flat()
    .map((v) =>
      typeof v === "string" ? v : v && typeof v === "object" ? (v as JsonLd).name : undefined,
    )
    .map((v) => (typeof v === "string" ? clean(v) : undefined))
    .filter((v): v is string => v !== undefined && !/^https?:\/\//.test(v));
  return list.length ? [...new Set(list)].join(", ") : undefined;
}

function fromJsonLd(nodes: JsonLd[], key: string): unknown {
  for (const n of nodes) if (n[key] !== undefined) return n[key];
  return undefined;
}

/** `Par Sébastien Farcis` → `Sébastien Farcis`; `By X` → `X`. URLs are not names. */
function cleanAuthor(raw: string | undefined): string | undefined {
  const a = clean(raw?.replace(/^(par|by|von|de)\s+/i, ""));
  if (!a || /^https?:\/\//.test(a) || a.length > 200) return undefined;
  return a;
}

/**
 * Normalises a published date to the publisher's calendar date `YYYY-MM-DD`: the date part of
 * an ISO timestamp as written (a 22:00 article in New York is not from "tomorrow"), else
 * whatever `Date` can read.
 */
export function toIsoDate(raw: string | undefined): string | undefined {
  const s = clean(raw);
  if (!s) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

function language(doc: Document, nodes: JsonLd[]): string | undefined {
  const candidates = [
    doc.documentElement?.getAttribute("lang"),
    doc.documentElement?.getAttribute("xml:lang"),
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute("content"),
    meta(doc, "og:locale")?.replace("_", "-"),
    (() => {
      const l = fromJsonLd(nodes, "inLanguage");
      return typeof l === "string" ? l : undefined;
    })(),
  ];
  for (const c of candidates) {
    const tag = clean(c)?.split(",")[0]?.trim();
    if (tag && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag)) {
      const [primary, ...rest] = tag.split("-");
      return [
        primary!.toLowerCase(),
        ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r)),
      ].join("-");
    }
  }
  return undefined;
}

const BYLINE_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]',
  '[itemprop="author"]',
  ".authorname",
  ".author-name",
  'a[rel="author"]',
  ".byline__name",
  ".byline",
];

function firstText(doc: Document, selectors: readonly string[]): string | undefined {
  for (const sel of selectors) {
    const t = clean(doc.querySelector(sel)?.textContent);
    if (t) return t;
  }
  return undefined;
}

const words = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );

/**
 * JSON-LD's `headline` is sometimes a tagline and `name` the title (Wikipedia): keep the one
 * that shares most words with the document's `<title>`.
 */
function closest(
  reference: string | undefined,
  ...candidates: (string | undefined)[]
): string | undefined {
  const present = candidates.filter((c): c is string => c !== undefined);
  if (present.length < 2 || !reference) return present[0];
  const ref = words(reference);
  const score = (c: string) =>
    [...words(c)].filter((w) => ref.has(w)).length / Math.max(1, words(c).size);
  return present.reduce((best, c) => (score(c) > score(best) ? c : best));
}

const TITLE_SEPARATORS = [" - ", " | ", " — ", " – ", " · ", " :: "];
const letters = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[^\p{L}\p{N}]/gu, "")
    .toLowerCase();

/**
 * The name a reader sees at the end of a `<title>` ("New Zealand - Wikipedia"), when the page's
 * own address spells it ("en.wikipedia.org"): truer than a publisher's legal name.
 */
function titleSuffixName(
  title: string | undefined,
  address: string | undefined,
): string | undefined {
  if (!title || !address) return undefined;
  let host: string;
  try {
    host = letters(new URL(address).hostname);
  } catch {
    return undefined;
  }
  for (const sep of TITLE_SEPARATORS) {
    const at = title.lastIndexOf(sep);
    const suffix = at > 0 ? title.slice(at + sep.length).trim() : "";
    if (suffix.length >= 3 && suffix.length <= 40 && host.includes(letters(suffix))) return suffix;
  }
  return undefined;
}

function siteNameFromTitle(title: string, siteName: string | undefined): string {
  if (!siteName) return title;
  for (const sep of TITLE_SEPARATORS) {
    const suffix = `${sep}${siteName}`;
    if (title.endsWith(suffix) && title.length > suffix.length)
      return title.slice(0, -suffix.length);
  }
  return title;
}

function favicon(doc: Document, base: string): string | undefined {
  const links = [...doc.querySelectorAll("link[rel][href]")].filter((l) =>
    /(^|\s)icon(\s|$)/i.test(l.getAttribute("rel") ?? ""),
  );
  const size = (l: Element) => Number.parseInt(l.getAttribute("sizes") ?? "16", 10) || 16;
  // The icon nearest 32 px reads best in a list row.
  links.sort((a, b) => Math.abs(size(a) - 32) - Math.abs(size(b) - 32));
  return absolute(links[0]?.getAttribute("href"), base) ?? absolute("/favicon.ico", base);
}

/**
 * Reads a page's metadata: Open Graph, Twitter cards, JSON-LD (author, date published),
 * `<meta>`, `<link rel=canonical>`, `<html lang>` and the favicon.
 *
 * @param doc the page's document (a real one in the content script, linkedom in tests)
 * @param url the page's address
 * @returns the metadata, with the site name cut off the end of a `<title>`
 * @example
 * ```ts
 * extractMetadata(document, location.href).author; // "Sébastien Farcis"
 * ```
 */
export function extractMetadata(doc: Document, url: string): PageMetadata {
  const nodes = jsonLdNodes(doc);
  const ldString = (key: string): string | undefined => {
    const v = fromJsonLd(nodes, key);
    return typeof v === "string" ? clean(v) : undefined;
  };
  const publisher = fromJsonLd(nodes, "publisher");
  const docTitle = clean(doc.querySelector("title")?.textContent);
  const canonical =
    absolute(doc.querySelector('link[rel="canonical"]')?.getAttribute("href"), url) ??
    absolute(meta(doc, "og:url"), url);
  // The name the site gives itself; a publisher's legal name only when the title has none
  // ("Wikipedia", not "Wikimedia Foundation, Inc.").
  const siteName =
    meta(doc, "og:site_name", "application-name", "twitter:app:name:iphone") ??
    titleSuffixName(docTitle, canonical ?? url) ??
    names(publisher);
  const rawTitle =
    (ldString("headline")
      ? closest(docTitle, ldString("headline"), ldString("name"))
      : undefined) ??
    meta(doc, "og:title", "twitter:title", "parsely-title", "dc:title", "DC.title") ??
    clean(doc.querySelector("title")?.textContent) ??
    clean(doc.querySelector("h1")?.textContent) ??
    url;
  const byline = firstText(doc, BYLINE_SELECTORS);
  const author =
    cleanAuthor(names(fromJsonLd(nodes, "author"))) ??
    cleanAuthor(
      meta(
        doc,
        "author",
        "article:author",
        "og:article:author",
        "parsely-author",
        "dc.creator",
        "DC.creator",
        "sailthru.author",
      ),
    ) ??
    cleanAuthor(byline);
  // "BBC News" by "BBC News": the site is not an author.
  const personalAuthor =
    author && siteName && letters(author) === letters(siteName) ? undefined : author;
  const publishedAt = toIsoDate(
    ldString("datePublished") ??
      meta(
        doc,
        "article:published_time",
        "og:article:published_time",
        "datePublished",
        "parsely-pub-date",
        "date",
        "pubdate",
        "DC.date.issued",
        "dc.date",
        "sailthru.date",
      ) ??
      doc.querySelector("time[pubdate], time[itemprop=datePublished]")?.getAttribute("datetime") ??
      undefined,
  );
  const out: PageMetadata = { url, title: siteNameFromTitle(rawTitle, siteName) };
  const set = <K extends keyof PageMetadata>(k: K, v: PageMetadata[K] | undefined) => {
    if (v !== undefined) out[k] = v;
  };
  set("canonicalUrl", canonical);
  set(
    "description",
    meta(doc, "og:description", "twitter:description", "description") ?? ldString("description"),
  );
  set("siteName", siteName);
  set("author", personalAuthor);
  set("publishedAt", publishedAt);
  set("language", language(doc, nodes));
  set("favicon", favicon(doc, url));
  set("image", absolute(meta(doc, "og:image", "twitter:image", "twitter:image:src"), url));
  set("type", meta(doc, "og:type"));
  return out;
}
