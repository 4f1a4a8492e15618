// @pionniers/library/search — the full-text index over clips and the text rules it uses. Kept
// out of the main entry so that code that only syncs or stores clips (the hub, workers) stays
// small; the extension's search imports it.
export type {
  SearchClipMeta,
  SearchFilter,
  SearchHit,
  SearchIndex,
  SearchOptions,
  SerializedPostings,
  SerializedSearchIndex,
  SerializedSearchPart,
} from "../search-index.ts";
export { createSearchIndex, loadSearchIndex } from "../search-index.ts";
export { syncSearchIndex, watchSearchIndex } from "../search-sync.ts";
export { foldText, tokenize } from "../text.ts";
