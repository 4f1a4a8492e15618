// The background's message handlers: the one place that writes the library. Each handler is
// small and calls the library, its search index or the content script; the popup and the library page only ever send typed messages (../messages.ts).
import { type Clip, type DocInput, LIMITS, type Library } from "@pionniers/library";
import type { SearchFilter } from "@pionniers/library/search";
import {
  checkQuality,
  createStory,
  isStoriesError,
  parseStory,
  type StoryRecord,
} from "@pionniers/stories";
import type { CaptureRequest, PageCapture } from "../entrypoints/content/capture.ts";
import { type Lang, resolveLanguage } from "../i18n.ts";
import { createT } from "../i18n-catalogs.ts";
import type {
  ClipFilter,
  ClipResult,
  DuplicateInfo,
  Handlers,
  StoryHint,
  StoryView,
} from "../messages.ts";
import type { Platform } from "../platform/platform.ts";
import { summarize } from "./clip-summary.ts";
import { exampleThemeChanges, shownTheme } from "./example-themes.ts";
import type { Search } from "./search.ts";
import { loadSettings, type Settings, saveSettings } from "./settings.ts";
import type { LibraryTransfer } from "./transfer.ts";

/** What the handlers work with. */
export interface ClipperContext {
  platform: Platform;
  /**
   * The library and its search index (saved between wakes): lists, searches, the trash and the
   * private/shared filter page through it, reading only the clips of the page.
   */
  search: () => Promise<{ library: Library; search: Search }>;
  transfer: LibraryTransfer;
  /** Called when the settings changed (the library is reopened with the new pioneer). */
  onSettingsChanged?: (settings: Settings) => Promise<void>;
  /**
   * The library alone, open as soon as its store is: clipping needs nothing more, so a
   * service worker woken by a clip answers without loading every clip first.
   */
  core: () => Promise<Library>;
  /** Work that outlives its message (the readable text), so the background can wait for it. */
  track?: (work: Promise<unknown>) => void;
}

/** The content script file and the function it exposes. */
export const CONTENT_SCRIPT = { file: "content.js", call: "pionniersCapture" } as const;

/** A list's filter as the search index's. */
function searchFilter(f: ClipFilter): SearchFilter {
  const out: SearchFilter = {};
  if (f.trash) out.trash = true;
  if (f.visibility) out.private = f.visibility === "private";
  if (f.themeId) out.themeIds = [f.themeId];
  if (f.storyId) out.storyIds = [f.storyId];
  if (f.tag) out.tags = [f.tag];
  if (f.pioneer) out.createdBy = [f.pioneer];
  if (f.association) out.associations = [f.association];
  if (f.from) out.from = f.from;
  if (f.to) out.to = f.to;
  return out;
}

const cut = (s: string | undefined, max: number) => (s === undefined ? undefined : s.slice(0, max));

/** Turns a capture into the fields of a new clip (limits respected, nothing but text). */
export function clipFromCapture(capture: PageCapture, settings: Settings): DocInput<"clips"> {
  const doc: DocInput<"clips"> = {
    url: capture.url,
    title: cut(capture.title, LIMITS.shortText) ?? capture.url,
    createdBy: settings.pioneerId,
    createdAt: new Date().toISOString(),
    private: false,
  };
  const optional = {
    canonicalUrl: capture.canonicalUrl,
    description: cut(capture.description, LIMITS.noteLength),
    selection: cut(capture.selection, LIMITS.noteLength),
    siteName: cut(capture.siteName, LIMITS.shortText),
    author: cut(capture.author, LIMITS.shortText),
    publishedAt: capture.publishedAt,
    language: capture.language,
    favicon: capture.favicon && capture.favicon.length < 2000 ? capture.favicon : undefined,
    text: cut(capture.text, LIMITS.textLength),
    association: settings.association || undefined,
  };
  for (const [k, v] of Object.entries(optional))
    if (v !== undefined && v !== "") (doc as Record<string, unknown>)[k] = v;
  return doc;
}

/** A story record kept in the library's `stories` collection. */
function storyView(doc: { id: string; title?: string; data?: unknown }): StoryView {
  const data = doc.data as Partial<StoryRecord> | undefined;
  return {
    id: doc.id,
    title: doc.title ?? data?.text ?? doc.id,
    text: data?.text ?? doc.title ?? "",
  };
}

/**
 * Every message handler of the background.
 *
 * @param ctx the platform, the library (opened lazily), import/export
 * @returns the handler map, complete by type
 * @example
 * ```ts
 * const handlers = createHandlers({ platform, search: openSearch, core: openCore, transfer });
 * await handlers.queryClips({ text: "hébergement" }, {});
 * ```
 */
export function createHandlers(ctx: ClipperContext): Handlers {
  const { platform } = ctx;
  const translations: Record<Lang, ReturnType<typeof createT>> = {
    fr: createT("fr"),
    en: createT("en"),
  };
  const language = async () =>
    resolveLanguage((await loadSettings(platform)).language, platform.uiLanguage());

  async function duplicatesOf(
    capture: { url?: string; canonicalUrl?: string },
    exceptId?: string,
  ): Promise<DuplicateInfo[]> {
    const library = await ctx.core();
    // The library finds clips by normalised URL through its index: no need to load them all.
    const found = new Map<string, Clip>();
    for (const url of [capture.url, capture.canonicalUrl]) {
      if (!url) continue;
      try {
        for (const c of await library.findByUrl(url)) if (c.id !== exceptId) found.set(c.id, c);
      } catch {
        // An unreadable URL has no duplicates.
      }
    }
    const out: DuplicateInfo[] = [];
    for (const c of found.values()) {
      const info: DuplicateInfo = { id: c.id };
      if (c.title) info.title = c.title;
      if (c.createdBy) {
        info.createdBy = c.createdBy;
        const pioneer = await library.get("pioneers", c.createdBy);
        if (pioneer?.displayName) info.pioneerName = pioneer.displayName;
      }
      if (c.association) info.association = c.association;
      if (c.createdAt) info.createdAt = c.createdAt;
      if (c.deleted) info.deleted = true;
      out.push(info);
    }
    return out.sort((a, b) => (a.createdAt ?? "").localeCompare(b.createdAt ?? ""));
  }

  async function save(capture: PageCapture, force: boolean): Promise<ClipResult> {
    const duplicates = (await duplicatesOf(capture)).filter((d) => !d.deleted);
    if (duplicates.length > 0 && !force) return { status: "duplicate", capture, duplicates };
    const library = await ctx.core();
    const settings = await loadSettings(platform);
    const id = await library.put("clips", clipFromCapture(capture, settings));
    return { status: "saved", clip: summarize((await library.get("clips", id))!), duplicates };
  }

  /** The readable text takes longer (Readability): it follows the saved clip. */
  function addTextLater(tabId: number, clipId: string, mode: CaptureRequest["mode"]) {
    if (mode === "link") return;
    const work = (async () => {
      try {
        const full = await platform.runInTab<PageCapture>(
          tabId,
          CONTENT_SCRIPT.file,
          CONTENT_SCRIPT.call,
          {
            mode,
            withText: true,
          } satisfies CaptureRequest,
        );
        const library = await ctx.core();
        const fields: { text?: string; author?: string } = {};
        if (full?.text) fields.text = full.text.slice(0, LIMITS.textLength);
        const clip = await library.get("clips", clipId);
        if (!clip?.author && full?.author) fields.author = full.author.slice(0, LIMITS.shortText);
        if (Object.keys(fields).length > 0) await library.update("clips", clipId, fields);
      } catch {
        // The tab was closed or navigated: the clip stays without its text.
      }
    })();
    ctx.track?.(work);
  }

  async function eachClip(ids: string[], write: (library: Library, clip: Clip) => Promise<void>) {
    const { library, search } = await ctx.search();
    let updated = 0;
    for (const id of ids) {
      const clip = await library.get("clips", id);
      if (!clip) continue;
      await write(library, clip);
      updated++;
    }
    await search.settled();
    return { updated };
  }

  return {
    async clipTab({ tabId, mode, force, linkUrl }) {
      const tab = tabId === undefined ? await platform.activeTab() : await platform.getTab(tabId);
      if (!tab)
        throw Object.assign(new Error("[extension] no tab to clip — open a web page first"), {
          code: "no-tab",
        });
      const request: CaptureRequest = { mode };
      if (linkUrl) request.linkUrl = linkUrl;
      let capture: PageCapture;
      try {
        capture = await platform.runInTab<PageCapture>(
          tab.id,
          CONTENT_SCRIPT.file,
          CONTENT_SCRIPT.call,
          request,
        );
      } catch {
        throw Object.assign(
          new Error(
            `[extension] this page cannot be read (${tab.url ?? "browser page"}) — clip a web page (http or https)`,
          ),
          { code: "page-unreadable" },
        );
      }
      if (!/^https?:/.test(capture.url))
        throw Object.assign(
          new Error("[extension] only web pages (http or https) can be clipped"),
          { code: "not-web" },
        );
      const result = await save(capture, force === true);
      if (result.status === "saved") {
        addTextLater(tab.id, result.clip.id, mode);
        await platform.setBadge("✓", tab.id).catch(() => undefined);
      }
      return result;
    },

    async clipCapture({ capture }) {
      return save(capture, true);
    },

    async getClip({ id }) {
      const library = await ctx.core();
      return library.get("clips", id);
    },

    async updateClip({ ids, patch }) {
      return eachClip(ids, async (library, clip) => {
        const fields: Record<string, unknown> = {};
        if (patch.title !== undefined)
          fields.title = patch.title.slice(0, LIMITS.shortText) || clip.url;
        if (patch.note !== undefined) fields.note = patch.note.slice(0, LIMITS.noteLength);
        if (patch.private !== undefined) fields.private = patch.private;
        // Sets are edited element by element: another pioneer's tag added meanwhile survives.
        for (const field of ["tags", "themeIds", "storyIds"] as const) {
          const wanted = patch[field];
          if (!wanted) continue;
          const next = new Set(wanted.map((w) => w.trim()).filter(Boolean));
          for (const old of clip[field])
            if (!next.has(old)) await library.removeFrom("clips", clip.id, field, old);
          for (const n of next)
            if (!clip[field].includes(n)) await library.addTo("clips", clip.id, field, n);
        }
        if (Object.keys(fields).length > 0) await library.update("clips", clip.id, fields);
      });
    },

    async addToClips({ ids, field, values }) {
      const clean = values.map((v) => v.trim()).filter(Boolean);
      return eachClip(ids, async (library, clip) => {
        for (const v of clean)
          if (!clip[field].includes(v)) await library.addTo("clips", clip.id, field, v);
      });
    },

    async trashClips({ ids }) {
      return eachClip(ids, (library, clip) => library.remove("clips", clip.id));
    },

    async restoreClips({ ids }) {
      return eachClip(ids, (library, clip) => library.restore("clips", clip.id));
    },

    async queryClips(filter) {
      const t0 = performance.now();
      const offset = filter.offset ?? 0;
      const limit = Math.min(filter.limit ?? 100, 500);
      // The index filters and orders live clips, the trash and private/shared ones alike; only
      // the page's clips are read.
      const { search } = await ctx.search();
      await search.settled();
      const ids = search.ids(filter.text?.trim() ?? "", searchFilter(filter));
      return {
        rows: await search.rows(ids.slice(offset, offset + limit)),
        total: ids.length,
        tookMs: performance.now() - t0,
      };
    },

    async facets() {
      const { library, search } = await ctx.search();
      await search.settled();
      const { tags, pioneerIds, associations } = search.facets();
      const pioneers = await Promise.all(
        [...pioneerIds].map(async (id) => ({
          id,
          name: (await library.get("pioneers", id))?.displayName || id,
        })),
      );
      const byName = (a: string, b: string) => a.localeCompare(b, "fr");
      return {
        tags: [...tags].sort(byName),
        pioneers: pioneers.sort((a, b) => byName(a.name, b.name)),
        associations: [...associations].sort(byName),
      };
    },

    async listThemes() {
      const library = await ctx.core();
      const lang = await language();
      return (await library.query("themes"))
        .map((t) => shownTheme(t, lang, translations))
        .sort((a, b) => (a.name ?? "").localeCompare(b.name ?? "", "fr"));
    },

    async createTheme({ name }) {
      const library = await ctx.core();
      const clean = name.trim().slice(0, LIMITS.shortText);
      if (!clean)
        throw Object.assign(new Error("[extension] a theme needs a name"), { code: "empty-name" });
      const lang = await language();
      const existing = (await library.query("themes")).find(
        (t) => shownTheme(t, lang, translations).name?.toLowerCase() === clean.toLowerCase(),
      );
      if (existing) return shownTheme(existing, lang, translations);
      const id = await library.put("themes", { name: clean });
      return (await library.get("themes", id))!;
    },

    async addExampleThemes({ ids }) {
      // Written as changes from elsewhere, older than any edit: identical on every browser,
      // they never rename a theme the collective already has (see example-themes.ts).
      const library = await ctx.core();
      await library.apply(exampleThemeChanges(ids, translations.fr));
      const lang = await language();
      const themes = await Promise.all(ids.map((id) => library.get("themes", id)));
      return themes.filter((t) => t !== undefined).map((t) => shownTheme(t, lang, translations));
    },

    async listStories() {
      const library = await ctx.core();
      return (await library.query("stories"))
        .map(storyView)
        .sort((a, b) => a.title.localeCompare(b.title, "fr"));
    },

    async checkStory({ text, save: wantSave }) {
      const parsed = parseStory(text);
      if (!parsed.ok) {
        const e: unknown = parsed.error;
        const localized = isStoriesError(e) ? e.localized : { fr: String(e), en: String(e) };
        return { ok: false, hints: [{ fr: localized.fr, en: localized.en, severity: "high" }] };
      }
      const library = await ctx.core();
      const backlog = (await library.query("stories"))
        .map(storyView)
        .map((s) => s.text)
        .filter(Boolean);
      const hints: StoryHint[] = checkQuality(parsed.story, { backlog }).map((d) => ({
        fr: `${d.explanation.fr} ${d.suggestion.fr}`.trim(),
        en: `${d.explanation.en} ${d.suggestion.en}`.trim(),
        severity: d.severity,
      }));
      if (!wantSave) return { ok: true, hints };
      const id = `story-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
      // Cost and impact are the backlog's defaults until the collective estimates the story.
      const record = createStory({ id, text: parsed.story.text, cost: 1, impact: 3 });
      await library.put("stories", {
        id,
        title: record.text.slice(0, LIMITS.shortText),
        data: JSON.parse(JSON.stringify(record)),
      });
      return { ok: true, hints, story: storyView({ id, title: record.text, data: record }) };
    },

    async getSettings() {
      return loadSettings(platform);
    },

    async saveSettings({ settings }) {
      const next = await saveSettings(platform, settings);
      await ctx.onSettingsChanged?.(next);
      return next;
    },

    async exportLibrary({ format, ids }) {
      const { library } = await ctx.search();
      const settings = await loadSettings(platform);
      const lang = resolveLanguage(settings.language, platform.uiLanguage());
      return ctx.transfer.exportLibrary(library, format, { ids, lang });
    },

    async importLibrary({ format, text }) {
      const { library, search } = await ctx.search();
      const report = await ctx.transfer.importLibrary(library, format, text);
      await search.settled();
      return report;
    },
  };
}
