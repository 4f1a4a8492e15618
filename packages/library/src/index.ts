export type { Bundle, ExportBundleOptions, ParseBundleOptions } from "./bundle.ts";
export { exportBundle, importBundle, parseBundle } from "./bundle.ts";
export type { Change, ScalarChange, SetChange, ValidationResult } from "./change.ts";
export {
  changeSchema,
  isSetChange,
  scalarChangeShape,
  setChangeShape,
  stampSchema,
  validateChanges,
} from "./change.ts";
export type { Clock, ClockOptions, Stamp } from "./clock.ts";
export { createClock, formatStamp, MAX_DRIFT_MS, parseStamp } from "./clock.ts";
export type { LibraryErrorCode } from "./errors.ts";
export { isLibraryError, LibraryError } from "./errors.ts";
export { createId } from "./id.ts";
export type { Json } from "./json.ts";
export type {
  ApplyReport,
  ChangesPage,
  Library,
  LibraryEvent,
  LibraryOptions,
  PioneerInfo,
  QueryOptions,
} from "./library.ts";
export { createLibrary } from "./library.ts";
export { LIMITS } from "./limits.ts";
export { createMemoryStore } from "./memory-store.ts";
export type { DocState, ElementEntry, FieldEntry, MergeState } from "./merge.ts";
export { docKey, mergeChanges, toDoc } from "./merge.ts";
export type {
  AnyDoc,
  Clip,
  CollectionName,
  CollectionSpec,
  Doc,
  DocInput,
  Pioneer,
  Theme,
} from "./schema.ts";
export {
  collectionNames,
  collections,
  fieldSchema,
  idSchema,
  isCollection,
  jsonSchema,
  urlSchema,
} from "./schema.ts";
export type { LibraryStore, StoredDoc, StoreTransaction } from "./store.ts";
export type { DuplicateGroup } from "./url.ts";
export { findDuplicates, normalizeUrl } from "./url.ts";
