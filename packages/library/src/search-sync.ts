import type { Library } from "./library.ts";
import { docKey, toDoc } from "./merge.ts";
import type { Clip } from "./schema.ts";
import type { SearchIndex } from "./search-index.ts";

/**
 * Brings a search index up to date with a library: reads the changes since the index's
 * cursor and re-indexes only the clips they touched (a clip put in the trash or restored moves
 * across: the index keeps the trash apart, searchable with `filter: { trash: true }`).
 * Run it after opening a saved index, and after writes (see {@link watchSearchIndex}).
 *
 * @param library the library
 * @param index the index (its `cursor` advances)
 * @param onClip called with each clip as it is (re-)indexed, e.g. to keep a view of it current
 * @returns how many clips were re-indexed or removed
 * @example
 * ```ts
 * const index = saved ? loadSearchIndex(saved) : createSearchIndex();
 * await syncSearchIndex(library, index);
 * ```
 */
export async function syncSearchIndex(
  library: Library,
  index: SearchIndex,
  onClip?: (clip: Clip) => void,
): Promise<number> {
  let touched = 0;
  for (let more = true; more; ) {
    const page = await library.changesSince(index.cursor, { limit: 5000 });
    const ids = new Set<string>();
    for (const c of page.changes) if (c.collection === "clips") ids.add(c.id);
    // One read for the whole page: a first sync of 10,000 clips is one transaction, not 10,000.
    const keys = [...ids].map((id) => docKey("clips", id));
    const docs = await library.store.transaction((tx) => tx.getDocs(keys));
    for (const stored of docs) {
      if (stored === undefined) continue;
      const clip = toDoc<"clips">(stored.state);
      index.add(clip);
      onClip?.(clip);
      touched++;
    }
    index.cursor = page.cursor;
    more = page.more;
  }
  return touched;
}

/**
 * Keeps a search index current as the library changes (local edits, sync, bundle imports).
 *
 * @param library the library
 * @param index the index
 * @param onError called when an update fails (default: ignored; the next update retries)
 * @returns a function that stops watching
 * @example
 * ```ts
 * const stop = watchSearchIndex(library, index);
 * ```
 */
export function watchSearchIndex(
  library: Library,
  index: SearchIndex,
  onError: (error: unknown) => void = () => {},
): () => void {
  let queue: Promise<unknown> = syncSearchIndex(library, index).catch(onError);
  const stop = library.subscribe((event) => {
    if (!event.docs.some((d) => d.collection === "clips")) return;
    queue = queue.then(() => syncSearchIndex(library, index)).catch(onError);
  });
  return stop;
}
