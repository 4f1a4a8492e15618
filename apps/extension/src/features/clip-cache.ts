// The background's in-memory view of every clip, trash included, by id. Lists, filters, the
// trash and the private/shared filter page through the search index (search.ts) instead; this
// view is handed to exports only, and loads the clips the first time it is read — so asking for
// it costs nothing until then (loading them all takes seconds at 10,000 clips).
import type { Clip, Library } from "@pionniers/library";
import type { ClipSummary } from "../messages.ts";

/** A clip without its readable text, for lists and messages. */
export function summarize(clip: Clip): ClipSummary {
  const { text, ...rest } = clip;
  return { ...rest, hasText: typeof text === "string" && text.length > 0 };
}

/** The in-memory view of a library's clips, loaded on first read. */
export interface ClipCache {
  get(id: string): Promise<Clip | undefined>;
  /** Every clip, trash included, newest first. */
  all(): Promise<Clip[]>;
  size(): Promise<number>;
  /** Resolves once every change event seen so far is reflected here (at once before the first read). */
  settled(): Promise<void>;
  /** Stops following the library. */
  close(): void;
}

/**
 * The view of every clip, loaded the first time it is read, then kept up to date from the
 * library's change events.
 *
 * @param library the open library
 * @returns the cache
 * @example
 * ```ts
 * const cache = await createClipCache(library); // reads nothing yet
 * (await cache.all()).length;
 * ```
 */
export async function createClipCache(library: Library): Promise<ClipCache> {
  const byId = new Map<string, Clip>();
  let sorted: Clip[] | undefined;
  let pending: Promise<void> | undefined;
  let unsubscribe: (() => void) | undefined;
  let closed = false;

  const upsert = (clip: Clip) => {
    byId.set(clip.id, clip);
    sorted = undefined;
  };

  const load = (): Promise<void> => {
    if (pending || closed) return pending ?? Promise.resolve();
    let loaded!: () => void;
    let failed!: (e: unknown) => void;
    pending = new Promise<void>((resolve, reject) => {
      loaded = resolve;
      failed = reject;
    });
    // Subscribed before the first read: a write landing meanwhile is replayed after it, read
    // fresh from the library, so the view never keeps an older copy.
    unsubscribe = library.subscribe((event) => {
      const ids = event.docs.filter((d) => d.collection === "clips").map((d) => d.id);
      if (ids.length === 0 || !pending) return;
      pending = pending.then(async () => {
        for (const id of ids) {
          const clip = await library.get("clips", id);
          if (clip) upsert(clip);
        }
      });
    });
    library.query("clips", { trash: "all" }).then(
      (clips) => {
        for (const clip of clips) upsert(clip);
        loaded();
      },
      (e: unknown) => {
        // The next read tries again.
        unsubscribe?.();
        pending = undefined;
        failed(e);
      },
    );
    return pending;
  };

  const read = async () => {
    await load();
    return byId;
  };

  return {
    get: async (id) => (await read()).get(id),
    async all() {
      const clips = await read();
      sorted ??= [...clips.values()].sort(
        (a, b) => (b.createdAt ?? "").localeCompare(a.createdAt ?? "") || a.id.localeCompare(b.id),
      );
      return sorted;
    },
    size: async () => (await read()).size,
    settled: () => pending ?? Promise.resolve(),
    close() {
      closed = true;
      unsubscribe?.();
    },
  };
}
