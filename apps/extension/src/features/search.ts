// Full-text search over the clips, kept in the background beside the clip cache and fed from
// the library's change events. The index itself is @pionniers/library's.
import type { Library } from "@pionniers/library";
import type { ClipCache } from "./clip-cache.ts";

/** The search of the open library. */
export interface Search {
  /** Ids of the live clips matching every word of `text` (accents and case ignored). */
  search(text: string): ReadonlySet<string>;
  close(): void;
}

/** Builds the search index from the cache and follows the library's changes. */
export async function createSearch(library: Library, cache: ClipCache): Promise<Search> {
  // PENDING(@pionniers/library search index): replaced as soon as the index lands.
  void library;
  const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return {
    search(text) {
      const words = fold(text).split(/\s+/).filter(Boolean);
      const out = new Set<string>();
      for (const c of cache.all()) {
        const hay = fold([c.title, c.description, c.note, c.text, c.tags.join(" ")].join(" "));
        if (words.every((w) => hay.includes(w))) out.add(c.id);
      }
      return out;
    },
    close() {},
  };
}
