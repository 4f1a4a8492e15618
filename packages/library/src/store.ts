import type { DocState } from "./merge.ts";
import type { CollectionName } from "./schema.ts";

/** A document as a store holds it: its merge state and the local sequence number of its last write. */
export interface StoredDoc {
  /** `collection/id`. */
  key: string;
  collection: CollectionName;
  id: string;
  /** Local sequence number of the last write to this document (strictly increasing per store). */
  seq: number;
  state: DocState;
}

/** What a store offers inside one atomic transaction. */
export interface StoreTransaction {
  /** The documents with these keys (`undefined` where none). */
  getDocs(keys: readonly string[]): Promise<(StoredDoc | undefined)[]>;
  /** Writes documents; visible to the transaction, committed with it. */
  putDocs(docs: readonly StoredDoc[]): Promise<void>;
  /** A small value kept beside the documents (sequence counter, clock). */
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
}

/**
 * Where a library keeps its documents: {@link createMemoryStore} for Node and tests,
 * `createDexieStore` from `@pionniers/library/dexie` in browsers. Both pass one contract suite.
 * Stores hold merge states; the library does the merging.
 */
export interface LibraryStore {
  /** Runs `fn` atomically: all its writes are committed, or — if it throws — none. */
  transaction<T>(fn: (tx: StoreTransaction) => Promise<T>): Promise<T>;
  /** One document, or `undefined`. */
  getDoc(key: string): Promise<StoredDoc | undefined>;
  /** Every document of a collection, deleted ones included. */
  list(collection: CollectionName): Promise<StoredDoc[]>;
  /** Documents whose `seq` is greater than `seq`, in `seq` order, at most `limit`. */
  since(seq: number, limit: number): Promise<StoredDoc[]>;
  /** Clips whose normalised canonical URL (else URL) is `normalizedUrl` (see `normalizeUrl`). */
  byUrl(normalizedUrl: string): Promise<StoredDoc[]>;
  /** Releases the store (closes the database). */
  close(): Promise<void>;
}
