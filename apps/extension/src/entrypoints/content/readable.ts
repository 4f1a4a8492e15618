import { Readability } from "@mozilla/readability";

/** The readable text is capped: enough for full-text search, small enough for 10,000 clips. */
export const TEXT_CAP = 100_000;

/** What Readability found: plain text only (its HTML is never kept nor shown). */
export interface ReadableText {
  text: string;
  byline?: string;
  excerpt?: string;
}

/**
 * The page's main text, as plain text with paragraph breaks, capped at {@link TEXT_CAP}.
 *
 * @param doc the page (cloned first: Readability mutates the tree it reads)
 * @param cap the maximum length in characters
 * @returns the text, or `undefined` when the page has no article-like content
 * @example
 * ```ts
 * readableText(document)?.text.length; // 4 213
 * ```
 */
export function readableText(doc: Document, cap = TEXT_CAP): ReadableText | undefined {
  const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200 }).parse();
  const raw = article?.textContent;
  if (!raw) return undefined;
  const text = raw
    .split(/\n\s*\n+/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n")
    .slice(0, cap);
  const out: ReadableText = { text };
  if (article.byline) out.byline = article.byline;
  if (article.excerpt) out.excerpt = article.excerpt;
  return out;
}
