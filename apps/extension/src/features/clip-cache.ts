// The background's in-memory view of the clips for lists and filters, every clip by id. It
// follows the library through its change subscription, so lists never read IndexedDB per keystroke.
import type { Clip, Library } from "@pionniers/library";
import type { ClipFilter, ClipSummary } from "../messages.ts";

/** A clip without its readable text, for lists and messages. */
export function summarize(clip: Clip): ClipSummary {
  const { text, ...rest } = clip;
  return { ...rest, hasText: typeof text === "string" && text.length > 0 };
}

/** The in-memory view of a library's clips. */
export interface ClipCache {
  get(id: string): Clip | undefined;
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
 * cache.filter({ tag: "ess" }).length;
 * ```
 */
export async function createClipCache(library: Library): Promise<ClipCache> {
  const byId = new Map<string, Clip>();
  let sorted: Clip[] | undefined;

  const upsert = (clip: Clip) => {
    byId.set(clip.id, clip);
    sorted = undefined;
  };

  // Subscribed before the first read: a write landing meanwhile is replayed after it, read
  // fresh from the library, so the view never keeps an older copy.
  let pending: Promise<void> = Promise.resolve();
  let loaded!: () => void;
  pending = new Promise<void>((resolve) => {
    loaded = resolve;
  });
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

  for (const clip of await library.query("clips", { trash: "all" })) upsert(clip);
  loaded();

  const newestFirst = () =>
    (sorted ??= [...byId.values()].sort(
      (a, b) => (b.createdAt ?? "").localeCompare(a.createdAt ?? "") || a.id.localeCompare(b.id),
    ));

  return {
    get: (id) => byId.get(id),
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
