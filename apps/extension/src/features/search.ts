// Full-text search over the clips: @pionniers/library's index, kept in the background and
// brought up to date from the library's change feed after every write. The index is saved
// (its own IndexedDB database, beside the library's) with the library cursor it is up to date
// with, so a service worker that Chrome stopped reopens it and catches up with the changes
// since, instead of reading and indexing every clip again. It holds the trash too (apart) and
// whether each clip is private, so the trash and the private/shared filter page through it
// like the live list.
import { type Clip, docKey, type Library, toDoc } from "@pionniers/library";
import {
  createSearchIndex,
  loadSearchIndex,
  type SearchFilter,
  type SearchIndex,
  type SerializedSearchIndex,
  syncSearchIndex,
} from "@pionniers/library/search";
import Dexie from "dexie";
import type { ClipSummary } from "../messages.ts";
import { summarize } from "./clip-summary.ts";

/** What the filter menus need of a live clip. */
type FacetOf = Pick<Clip, "tags" | "createdBy" | "association">;

/**
 * Brings the index up to date with `syncSearchIndex`, keeping the facets of each live clip it
 * (re-)indexes (a clip put in the trash leaves the facets).
 */
function catchUp(
  library: Library,
  index: SearchIndex,
  facets: Map<string, FacetOf>,
  changed: (id: string) => void = () => {},
): Promise<number> {
  return syncSearchIndex(library, index, (clip) => {
    changed(clip.id);
    if (clip.deleted === true) facets.delete(clip.id);
    else facets.set(clip.id, facetOf(clip));
  });
}

const facetOf = (m: Partial<FacetOf>): FacetOf => ({
  tags: m.tags ?? [],
  createdBy: m.createdBy ?? "",
  association: m.association ?? "",
});

/** Where saved indexes are kept, by key (one per library). */
export interface SavedIndexes {
  load(key: string): Promise<SerializedSearchIndex | undefined>;
  save(key: string, index: SerializedSearchIndex): Promise<void>;
}

/** The search of the open library. */
export interface Search {
  /** Ids of live clips matching `text`, best first (accents, case and small typos ignored). */
  search(text: string): string[];
  /**
   * Ids of the live clips passing `filter` — or of the clips in the trash with
   * `filter.trash`, private or shared ones with `filter.private` — ranked by `text`, or newest
   * first without text. A list page then reads only its own clips.
   */
  ids(text: string, filter: SearchFilter): string[];
  /** The summaries of these clips, in this order (recent ones from memory, others read). */
  rows(ids: readonly string[]): Promise<ClipSummary[]>;
  /** Tags, pioneers and associations of the live clips, read from the index. */
  facets(): { tags: string[]; pioneerIds: string[]; associations: string[] };
  /** Resolves once every write seen so far is indexed. */
  settled(): Promise<void>;
  /** How the index opened: from a saved copy, and how many clips it re-indexed then. */
  readonly opened: { fromSaved: boolean; reindexed: number };
  close(): void;
}

/** Options of {@link createSearch}. */
export interface SearchOptions {
  /** Where to load and save the index (none: rebuilt at each start). */
  saved?: SavedIndexes;
  /** This library's key in `saved` (its replica id). */
  key?: string;
  /** How long after the last indexed write the index is saved. */
  saveDelayMs?: number;
}

/**
 * Saved indexes in their own IndexedDB database (structured clone: typed arrays as they are).
 *
 * @param name the database name
 * @returns the saved indexes
 */
export function createSavedIndexes(name = "pionniers-search"): SavedIndexes {
  let db: Dexie | undefined;
  const table = () => {
    if (!db) {
      db = new Dexie(name);
      db.version(1).stores({ indexes: "" });
    }
    return db.table<SerializedSearchIndex, string>("indexes");
  };
  return {
    load: (key) => table().get(key),
    async save(key, index) {
      await table().put(index, key);
    },
  };
}

/**
 * Opens the index of a library — the saved one brought up to date, else one built from every
 * clip — then follows its changes and saves it a little after each indexed write.
 *
 * @param library the open library
 * @param options where the index is saved
 * @returns the search
 * @example
 * ```ts
 * const s = await createSearch(library, { saved: createSavedIndexes(), key: library.replicaId });
 * s.search("hebergement"); // ids of clips about « hébergement »
 * ```
 */
export async function createSearch(library: Library, options: SearchOptions = {}): Promise<Search> {
  const { saved, key = library.replicaId, saveDelayMs = 2_000 } = options;
  let stored: SerializedSearchIndex | undefined;
  try {
    stored = await saved?.load(key);
  } catch {
    // No saved index (storage unavailable or unreadable): build it.
  }
  let index: SearchIndex | undefined;
  let reindexed = 0;
  // Facets by clip: read from the saved index's own record of each clip, then kept current.
  const facetsById = new Map<string, FacetOf>();
  if (stored?.format === "pionniers-search") {
    try {
      index = loadSearchIndex(stored);
      const { meta, ids } = stored.live;
      meta.forEach((m, n) => {
        const id = ids[n];
        if (m && id !== undefined && index?.has(id)) facetsById.set(id, facetOf(m));
      });
      reindexed = await catchUp(library, index, facetsById);
    } catch {
      index = undefined;
      facetsById.clear();
    }
  }
  const fromSaved = index !== undefined;
  if (!index) {
    index = createSearchIndex();
    reindexed = await catchUp(library, index, facetsById);
  }
  const live = index;

  let queue: Promise<unknown> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  const saveLater = () => {
    if (!saved || closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      queue = queue.then(() => saved.save(key, live.serialize())).catch(() => undefined);
    }, saveDelayMs);
  };
  if (!fromSaved || reindexed > 0) saveLater();

  const stop = library.subscribe((event) => {
    if (!event.docs.some((d) => d.collection === "clips")) return;
    queue = queue
      .then(() => catchUp(library, live, facetsById, (id) => rows.delete(id)))
      .then((n) => {
        if (n > 0) saveLater();
      })
      .catch(() => undefined);
  });

  // The rows lists showed last, so that each keystroke does not read them again.
  const rows = new Map<string, ClipSummary>();
  const ROWS_KEPT = 2_000;

  return {
    async rows(ids) {
      const missing = ids.filter((id) => !rows.has(id));
      if (missing.length > 0) {
        const keys = missing.map((id) => docKey("clips", id));
        const docs = await library.store.transaction((tx) => tx.getDocs(keys));
        for (const d of docs) {
          if (!d) continue;
          const row = summarize(toDoc<"clips">(d.state));
          rows.set(row.id, row);
        }
        for (const id of rows.keys()) {
          if (rows.size <= ROWS_KEPT) break;
          rows.delete(id);
        }
      }
      return ids.flatMap((id) => {
        const row = rows.get(id);
        return row ? [row] : [];
      });
    },
    search: (text) => live.search(text, { limit: Math.max(20, live.size) }).map((h) => h.id),
    ids: (text, filter) =>
      live.search(text, { limit: Math.max(1, live.size), filter }).map((h) => h.id),
    facets() {
      const tags = new Set<string>();
      const pioneerIds = new Set<string>();
      const associations = new Set<string>();
      for (const m of facetsById.values()) {
        for (const t of m.tags) tags.add(t);
        if (m.createdBy) pioneerIds.add(m.createdBy);
        if (m.association) associations.add(m.association);
      }
      return { tags: [...tags], pioneerIds: [...pioneerIds], associations: [...associations] };
    },
    settled: () => queue.then(() => undefined),
    opened: { fromSaved, reindexed },
    close() {
      closed = true;
      clearTimeout(timer);
      stop();
    },
  };
}
