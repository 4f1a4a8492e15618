import { LibraryError } from "../errors.ts";
import { createId } from "../id.ts";
import type { Library } from "../library.ts";
import { LIMITS } from "../limits.ts";
import type { Clip, DocInput } from "../schema.ts";
import { foldText } from "../text.ts";
import { normalizeUrl } from "../url.ts";
import { decodeEntities, escapeHtml } from "./html.ts";

/** One bookmark read from a Netscape bookmark file. */
export interface Bookmark {
  url: string;
  title: string;
  /** ISO timestamp from `ADD_DATE`, when present. */
  addedAt?: string;
  tags: string[];
  /** Folder names from the outermost in. */
  folders: string[];
  description?: string;
  private?: boolean;
}

/** What {@link parseNetscapeBookmarks} returns. */
export interface ParsedBookmarks {
  bookmarks: Bookmark[];
  /** Entries left out (not http(s), unreadable), with the line they are on. */
  skipped: { line: number; reason: string; url: string }[];
}

/** What {@link importNetscapeBookmarks} reports. */
export interface BookmarkImportReport {
  /** Clips created. */
  clips: number;
  /** Themes created from folders. */
  themes: number;
  /** Bookmarks already in the library (same normalised URL) or repeated in the file (merged). */
  duplicates: number;
  skipped: ParsedBookmarks["skipped"];
}

const TOKEN = /<(\/?)(dl|dt|h3|a|dd)\b([^>]*)>|<\/(h3|a)>/gi;
const END_A = /<\/a\s*>/gi;
const END_H3 = /<\/h3\s*>/gi;
const NEXT_ITEM = /<(?:dt|dl|\/dl)\b/gi;
const ATTR = /([a-z_:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
// Browser roots ("Bookmarks bar", "Other bookmarks") are places, not themes.
const ROOT_ATTRS = ["personal_toolbar_folder", "unfiled_bookmarks_folder"];

function attributes(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of raw.matchAll(ATTR))
    out.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ""));
  return out;
}

function epochToIso(value: string | undefined): string | undefined {
  if (value === undefined || !/^\d{1,16}$/.test(value)) return undefined;
  let n = Number(value);
  // Seconds in browsers; some tools write milliseconds or microseconds.
  if (n > 1e14) n = Math.floor(n / 1000);
  if (n < 1e11) n *= 1000;
  const d = new Date(n);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** Index of the next match of a global `pattern` at or after `from`, or -1 (no slicing: files are large). */
function nextMatch(html: string, pattern: RegExp, from: number): number {
  pattern.lastIndex = from;
  const m = pattern.exec(html);
  return m === null ? -1 : m.index;
}

const plain = (html: string) =>
  decodeEntities(html.replace(/<[^>]*>/g, ""))
    .replace(/\s+/g, " ")
    .trim();

/**
 * Reads a Netscape bookmark file — the format Firefox, Chrome, Raindrop, Linkding, Shaarli
 * and Karakeep export: folders, `ADD_DATE`, `TAGS`, `PRIVATE`, `<DD>` descriptions.
 *
 * @param html the file's text
 * @returns the bookmarks and the entries left out
 * @throws a `too-large` or `invalid-html` {@link LibraryError} for a file that is no bookmark file
 * @example
 * ```ts
 * const { bookmarks } = parseNetscapeBookmarks(await file.text());
 * bookmarks[0]; // { url, title, addedAt, tags: ["ess"], folders: ["Outils"] }
 * ```
 */
export function parseNetscapeBookmarks(html: string): ParsedBookmarks {
  if (typeof html !== "string")
    throw new LibraryError("invalid-html", "expected the file's text", "html");
  if (html.length > LIMITS.htmlChars) {
    throw new LibraryError(
      "too-large",
      `file of ${html.length} characters (at most ${LIMITS.htmlChars})`,
      "html",
    );
  }
  if (!/<dl\b/i.test(html) && !/<a\b[^>]*href/i.test(html)) {
    throw new LibraryError(
      "invalid-html",
      "no bookmark list found — export bookmarks as HTML from the browser or tool",
      "html",
    );
  }
  const bookmarks: Bookmark[] = [];
  const skipped: ParsedBookmarks["skipped"] = [];
  const folders: (string | null)[] = [];
  let pendingFolder: string | null | undefined;
  let last: Bookmark | undefined;
  let lineAt = 0;
  let line = 1;
  const lineOf = (index: number) => {
    for (let i = html.indexOf("\n", lineAt); i !== -1 && i < index; i = html.indexOf("\n", i + 1)) {
      line++;
      lineAt = i + 1;
    }
    return line;
  };

  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m !== null; m = TOKEN.exec(html)) {
    const closing = m[1] === "/";
    const tag = (m[2] ?? "").toLowerCase();
    if (m[4] !== undefined) continue; // </h3> or </a>, consumed with their opening tag
    if (tag === "dl") {
      if (closing) folders.pop();
      else {
        folders.push(pendingFolder ?? null);
        pendingFolder = undefined;
      }
      last = undefined;
    } else if (tag === "h3" && !closing) {
      const attrs = attributes(m[3]!);
      const end = nextMatch(html, END_H3, TOKEN.lastIndex);
      const name = plain(html.slice(TOKEN.lastIndex, end === -1 ? TOKEN.lastIndex : end)).slice(
        0,
        LIMITS.shortText,
      );
      pendingFolder = ROOT_ATTRS.some((a) => attrs.has(a)) || name === "" ? null : name;
      last = undefined;
    } else if (tag === "a" && !closing) {
      const attrs = attributes(m[3]!);
      const end = nextMatch(html, END_A, TOKEN.lastIndex);
      const title = plain(html.slice(TOKEN.lastIndex, end === -1 ? TOKEN.lastIndex : end)).slice(
        0,
        LIMITS.shortText,
      );
      const href = (attrs.get("href") ?? "").trim();
      last = undefined;
      if (!/^https?:\/\//i.test(href) || href.length > LIMITS.urlLength) {
        skipped.push({
          line: lineOf(m.index),
          reason: "not an http(s) link",
          url: href.slice(0, 200),
        });
        continue;
      }
      try {
        new URL(href);
      } catch {
        skipped.push({ line: lineOf(m.index), reason: "unreadable URL", url: href.slice(0, 200) });
        continue;
      }
      const bookmark: Bookmark = {
        url: href,
        title,
        tags: (attrs.get("tags") ?? "")
          .split(",")
          .map((t) => t.trim().slice(0, LIMITS.elementLength))
          .filter((t) => t !== ""),
        folders: folders.filter((f): f is string => f !== null),
      };
      const added = epochToIso(attrs.get("add_date"));
      if (added !== undefined) bookmark.addedAt = added;
      if (attrs.get("private") === "1") bookmark.private = true;
      bookmarks.push(bookmark);
      last = bookmark;
    } else if (tag === "dd" && !closing && last) {
      // A <DD> may hold line breaks and inline markup: read up to the next list tag.
      const stop = nextMatch(html, NEXT_ITEM, TOKEN.lastIndex);
      const raw = html.slice(TOKEN.lastIndex, stop === -1 ? undefined : stop);
      const text = decodeEntities(raw.replace(/<[^>]*>/g, ""))
        .trim()
        .slice(0, LIMITS.noteLength);
      if (text !== "") last.description = text;
      last = undefined;
    }
  }
  return { bookmarks, skipped };
}

/** Between the folders of a nested folder's theme name: `Outils libres › Visio`. */
export const FOLDER_SEPARATOR = " › ";

/** The theme of a bookmark's folders: their path, outermost first, or undefined at the root. */
function themeName(folders: readonly string[]): string | undefined {
  if (folders.length === 0) return undefined;
  return folders.join(FOLDER_SEPARATOR).slice(0, LIMITS.shortText);
}

/**
 * Imports a Netscape bookmark file into a library, in one transaction: each folder becomes a
 * theme (reusing a theme of the same name), each bookmark a clip with its tags, date and
 * description. A nested folder's theme is named by its path, so that `Visio` inside
 * `Outils libres` becomes the theme `Outils libres › Visio` (browser roots such as the
 * bookmarks bar are left out of paths). Bookmarks already clipped (same normalised URL) are
 * left alone; a bookmark found in several folders becomes one clip in several themes.
 *
 * @param library the library
 * @param html the file's text
 * @returns counts of clips and themes created, duplicates, and entries left out
 * @example
 * ```ts
 * const report = await importNetscapeBookmarks(library, await file.text());
 * console.log(`${report.clips} clips, ${report.themes} themes`);
 * ```
 */
export async function importNetscapeBookmarks(
  library: Library,
  html: string,
): Promise<BookmarkImportReport> {
  const { bookmarks, skipped } = parseNetscapeBookmarks(html);
  const themeIds = new Map<string, string>();
  for (const theme of await library.query("themes"))
    themeIds.set(foldText(theme.name ?? ""), theme.id);
  const known = new Set<string>();
  for (const clip of await library.query("clips", { trash: "all" })) {
    try {
      known.add(normalizeUrl(clip.canonicalUrl ?? clip.url ?? ""));
    } catch {}
  }
  const newThemes: DocInput<"themes">[] = [];
  const themeOf = (name: string): string => {
    const key = foldText(name);
    let id = themeIds.get(key);
    if (id === undefined) {
      id = createId();
      themeIds.set(key, id);
      newThemes.push({ id, name });
    }
    return id;
  };
  const clips = new Map<string, DocInput<"clips"> & { tags: string[]; themeIds: string[] }>();
  let duplicates = 0;
  for (const b of bookmarks) {
    const key = normalizeUrl(b.url);
    const folder = themeName(b.folders);
    const themeId = folder === undefined ? undefined : themeOf(folder);
    const seen = clips.get(key);
    if (seen) {
      duplicates++;
      if (themeId !== undefined && !seen.themeIds.includes(themeId)) seen.themeIds.push(themeId);
      for (const t of b.tags) if (!seen.tags.includes(t)) seen.tags.push(t);
      continue;
    }
    if (known.has(key)) {
      duplicates++;
      continue;
    }
    const clip: DocInput<"clips"> & { tags: string[]; themeIds: string[] } = {
      url: b.url,
      title: b.title,
      tags: [...new Set(b.tags)],
      themeIds: themeId === undefined ? [] : [themeId],
    };
    if (b.addedAt !== undefined) clip.createdAt = b.addedAt;
    if (b.description !== undefined) clip.description = b.description;
    if (b.private) clip.private = true;
    clips.set(key, clip);
  }
  // One transaction: if anything fails, no theme is left without its clips.
  if (newThemes.length > 0 || clips.size > 0) {
    await library.putAll({ themes: newThemes, clips: [...clips.values()] });
  }
  return { clips: clips.size, themes: newThemes.length, duplicates, skipped };
}

/** Options of {@link exportNetscapeBookmarks}. */
export interface BookmarkExportOptions {
  /** Include private clips (default false). */
  includePrivate?: boolean;
  /** Keep only these clips. */
  filter?: (clip: Clip) => boolean;
}

const seconds = (iso: string | undefined) => {
  const t = iso === undefined ? Number.NaN : Date.parse(iso);
  return Number.isNaN(t) ? "" : ` ADD_DATE="${Math.floor(t / 1000)}"`;
};

/**
 * Writes a library's clips as a Netscape bookmark file that browsers and bookmark managers
 * import: one folder per theme (a clip in two themes appears in both folders — importing
 * merges them back), tags in `TAGS`, date in `ADD_DATE`, description in `<DD>`.
 *
 * @param library the library
 * @param options private clips, filter
 * @returns the HTML text
 * @example
 * ```ts
 * download(await exportNetscapeBookmarks(library), "pionniers-bookmarks.html");
 * ```
 */
export async function exportNetscapeBookmarks(
  library: Library,
  options: BookmarkExportOptions = {},
): Promise<string> {
  const themes = (await library.query("themes")).sort((a, b) =>
    (a.name ?? "").localeCompare(b.name ?? "", "fr"),
  );
  const clips = (await library.query("clips")).filter(
    (c) =>
      (options.includePrivate === true || c.private !== true) &&
      (!options.filter || options.filter(c)),
  );
  clips.sort((a, b) =>
    (a.createdAt ?? "") < (b.createdAt ?? "")
      ? -1
      : (a.createdAt ?? "") > (b.createdAt ?? "")
        ? 1
        : 0,
  );
  const item = (c: Clip, indent: string) => {
    const tags = c.tags.length ? ` TAGS="${escapeHtml(c.tags.join(","))}"` : "";
    const priv = c.private ? ' PRIVATE="1"' : "";
    const dd = c.description ? `\n${indent}<DD>${escapeHtml(c.description)}` : "";
    return `${indent}<DT><A HREF="${escapeHtml(c.url ?? "")}"${seconds(c.createdAt)}${tags}${priv}>${escapeHtml(c.title ?? c.url ?? "")}</A>${dd}`;
  };
  const lines = [
    "<!DOCTYPE NETSCAPE-Bookmark-file-1>",
    "<!-- This is an automatically generated file. It will be read and overwritten. DO NOT EDIT! -->",
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    "<TITLE>Bookmarks</TITLE>",
    "<H1>Pionniers</H1>",
    "<DL><p>",
  ];
  const known = new Set(themes.map((t) => t.id));
  for (const theme of themes) {
    const inTheme = clips.filter((c) => c.themeIds.includes(theme.id));
    if (inTheme.length === 0) continue;
    lines.push(`    <DT><H3>${escapeHtml(theme.name ?? "")}</H3>`, "    <DL><p>");
    for (const c of inTheme) lines.push(item(c, "        "));
    lines.push("    </DL><p>");
  }
  for (const c of clips) if (!c.themeIds.some((id) => known.has(id))) lines.push(item(c, "    "));
  lines.push("</DL><p>", "");
  return lines.join("\n");
}
