// The background's in-memory view of the clips: every clip by id, an index from normalised URL
// to clip ids (duplicate warnings), and the facets of the filter menus. It follows the library
// through its change subscription, so lists and filters never read IndexedDB per keystroke.
import { type Clip, type Library, normalizeUrl } from "@pionniers/library";
import type { ClipFilter, ClipSummary } from "../messages.ts";

const urlKeys = (clip: { url?: string; canonicalUrl?: string }): string[] => {
  const keys = new Set<string>();
  for (const u of [clip.url, clip.canonicalUrl]) {
    if (!u) continue;
    try {
      keys.add(normalizeUrl(u));
    } catch {
      // An unreadable URL has no duplicates.
    }
  }
  return [...keys];
};

/** A clip without its readable text, for lists and messages. */
export function summarize(clip: Clip): ClipSummary {
  const { text, ...rest } = clip;
  return { ...rest, hasText: typeof text === "string" && text.length > 0 };
}

/** The in-memory view of a library's clips. */
export interface ClipCache {
  get(id: string): Clip | undefined;
  /** Ids of clips (live or in the trash) of the same normalised URL. */
  sameUrl(clip: { url?: string; canonicalUrl?: string }): Clip[];
  /**
   * The clips passing every filter but the text: newest first, or in the order of `ranked`
   * (search hits, best first) when given.
   */
  filter(filter: ClipFilter, ranked?: readonly string[]): Clip[];
  all(): IterableIterator<Clip>;
  size(): number;
  /** Resolves once every change event seen so far is reflected here. */
  settled(): Promise<void>;
  /** Stops following the library. */
  close(): void;
}

/**
 * Loads every clip once, then keeps the view up to date from the library's change events.
 *
 * @param library the open library
 * @returns the cache
 * @example
 * ```ts
 * const cache = await createClipCache(library);
 * cache.sameUrl({ url: "https://exemple.org/?utm_source=x" });
 * ```
 */
export async function createClipCache(library: Library): Promise<ClipCache> {
  const byId = new Map<string, Clip>();
  const byUrl = new Map<string, Set<string>>();
  let sorted: Clip[] | undefined;

  const index = (clip: Clip) => {
    for (const k of urlKeys(clip)) {
      let set = byUrl.get(k);
      if (!set) {
        set = new Set();
        byUrl.set(k, set);
      }
      set.add(clip.id);
    }
  };
  const unindex = (clip: Clip) => {
    for (const k of urlKeys(clip)) byUrl.get(k)?.delete(clip.id);
  };
  const upsert = (clip: Clip) => {
    const old = byId.get(clip.id);
    if (old) unindex(old);
    byId.set(clip.id, clip);
    index(clip);
    sorted = undefined;
  };

  for (const clip of await library.query("clips", { trash: "all" })) upsert(clip);
  // Events arrive after each commit; reading the touched documents keeps the view exact.
  let pending = Promise.resolve();
  const unsubscribe = library.subscribe((event) => {
    const ids = event.docs.filter((d) => d.collection === "clips").map((d) => d.id);
    if (ids.length === 0) return;
    pending = pending.then(async () => {
      for (const id of ids) {
        const clip = await library.get("clips", id);
        if (clip) upsert(clip);
      }
    });
  });

  const newestFirst = () =>
    (sorted ??= [...byId.values()].sort(
      (a, b) => (b.createdAt ?? "").localeCompare(a.createdAt ?? "") || a.id.localeCompare(b.id),
    ));

  return {
    get: (id) => byId.get(id),
    sameUrl(clip) {
      const ids = new Set<string>();
      for (const k of urlKeys(clip)) for (const id of byUrl.get(k) ?? []) ids.add(id);
      return [...ids].map((id) => byId.get(id)!).filter(Boolean);
    },
    filter(f, ranked) {
      const from = f.from ?? "";
      const to = f.to ? `${f.to}\uffff` : "";
      const candidates = ranked
        ? ranked.map((id) => byId.get(id)).filter((c): c is Clip => c !== undefined)
        : newestFirst();
      return candidates.filter(
        (c) =>
          (f.trash ? c.deleted === true : c.deleted !== true) &&
          (!f.themeId || c.themeIds.includes(f.themeId)) &&
          (!f.storyId || c.storyIds.includes(f.storyId)) &&
          (!f.tag || c.tags.includes(f.tag)) &&
          (!f.pioneer || c.createdBy === f.pioneer) &&
          (!f.association || c.association === f.association) &&
          (!from || (c.createdAt ?? "") >= from) &&
          (!to || (c.createdAt ?? "") <= to) &&
          (!f.visibility || (f.visibility === "private") === (c.private === true)),
      );
    },
    all: () => byId.values(),
    size: () => byId.size,
    settled: () => pending,
    close: () => unsubscribe(),
  };
}
