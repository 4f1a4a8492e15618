/**
 * Size limits on everything that comes from outside: documents, changes, bundles. They keep a
 * hostile or broken file from exhausting memory before it is refused.
 */
export const LIMITS = {
  /** Longest id of a document. */
  idLength: 128,
  /** Longest URL. */
  urlLength: 4096,
  /** Longest readable text of a clip (characters); longer text is refused — trim it first. */
  textLength: 200_000,
  /** Longest note or selection. */
  noteLength: 50_000,
  /** Longest short text (title, name, site…). */
  shortText: 2_000,
  /** Longest tag or set element. */
  elementLength: 200,
  /** Deepest nesting inside an opaque JSON document. */
  jsonDepth: 32,
  /** Most entries of one array or object inside an opaque JSON document. */
  jsonEntries: 10_000,
  /** Most nodes in one opaque JSON value. */
  jsonNodes: 100_000,
  /**
   * Largest change, in bytes of UTF-8 JSON — the hub's own limit (`HUB_MAX_CHANGE_BYTES`, 1 MiB
   * by default), so that what the hub would refuse is refused here, when it is written.
   */
  changeBytes: 1024 * 1024,
  /** Most changes in one batch or bundle. */
  changes: 2_000_000,
  /** Largest bundle text, in characters (≈ 256 MB). */
  bundleChars: 256 * 1024 * 1024,
  /** Largest bookmark HTML file, in characters. */
  htmlChars: 64 * 1024 * 1024,
} as const;
