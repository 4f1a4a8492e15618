// Full-text search over the clips: @pionniers/library's index, kept in the background and
// brought up to date from the library's change feed after every write.
import { createSearchIndex, type Library, syncSearchIndex } from "@pionniers/library";

/** The search of the open library. */
export interface Search {
  /** Ids of live clips matching `text`, best first (accents, case and small typos ignored). */
  search(text: string): string[];
  /** Resolves once every write seen so far is indexed. */
  settled(): Promise<void>;
  close(): void;
}

/**
 * Indexes every clip of the library, then follows its changes.
 *
 * @param library the open library
 * @returns the search
 * @example
 * ```ts
 * const s = await createSearch(library);
 * s.search("hebergement"); // ids of clips about « hébergement »
 * ```
 */
export async function createSearch(library: Library): Promise<Search> {
  const index = createSearchIndex();
  await syncSearchIndex(library, index);
  let queue: Promise<unknown> = Promise.resolve();
  const stop = library.subscribe((event) => {
    if (!event.docs.some((d) => d.collection === "clips")) return;
    queue = queue.then(() => syncSearchIndex(library, index)).catch(() => undefined);
  });
  return {
    search: (text) => index.search(text, { limit: Math.max(20, index.size) }).map((h) => h.id),
    settled: () => queue.then(() => undefined),
    close: stop,
  };
}
