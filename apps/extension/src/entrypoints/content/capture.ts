import { extractMetadata, type PageMetadata } from "./extract.ts";
import { readableText } from "./readable.ts";

/** Everything the content script reads from a page for one clip. */
export interface PageCapture extends PageMetadata {
  selection?: string;
  text?: string;
}

/** What the background asks the content script for. */
export interface CaptureRequest {
  mode: "page" | "selection" | "link";
  /** Readability's text: slower, so the background asks for it after the clip is saved. */
  withText?: boolean;
  linkUrl?: string;
}

const SELECTION_CAP = 4_000;

/**
 * Captures the page (or the selection, or one of its links) as plain text and metadata.
 *
 * @param doc the page
 * @param url the page's address
 * @param request what to capture
 * @param selection the selected text, if any
 * @returns the capture; for a link, the link's address and text
 * @example
 * ```ts
 * capture(document, location.href, { mode: "selection" }, String(getSelection()));
 * ```
 */
export function capture(
  doc: Document,
  url: string,
  request: CaptureRequest,
  selection?: string,
): PageCapture {
  if (request.mode === "link" && request.linkUrl) {
    const link = [...doc.querySelectorAll("a[href]")].find(
      (a) => (a as HTMLAnchorElement).href === request.linkUrl,
    );
    const title = link?.textContent?.replace(/\s+/g, " ").trim() || request.linkUrl;
    const out: PageCapture = { url: request.linkUrl, title };
    const from = extractMetadata(doc, url);
    if (from.siteName) out.description = `${from.title} — ${from.siteName}`;
    return out;
  }
  const out: PageCapture = extractMetadata(doc, url);
  const sel = selection?.replace(/[ \t]+/g, " ").trim();
  if (sel) out.selection = sel.slice(0, SELECTION_CAP);
  if (request.withText) {
    const readable = readableText(doc);
    if (readable?.text) out.text = readable.text;
    if (!out.author && readable?.byline) out.author = readable.byline.replace(/^(par|by)\s+/i, "");
  }
  return out;
}
