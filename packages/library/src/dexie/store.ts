import { Dexie } from "dexie";
import { LibraryError } from "../errors.ts";
import type { LibraryStore, StoredDoc, StoreTransaction } from "../store.ts";
import { urlKey } from "../url.ts";
import { type DocRow, SCHEMA_VERSION, SCHEMAS, UPGRADERS } from "./versions.ts";

/** Options of {@link createDexieStore}. */
export interface DexieStoreOptions {
  /** IndexedDB database name (default `pionniers-library`). */
  name?: string;
  /** An IndexedDB implementation (default: the global one; pass fake-indexeddb's in tests). */
  indexedDB?: { open: (...args: never[]) => unknown };
  /** Its `IDBKeyRange` (default: the global one). */
  IDBKeyRange?: { bound: unknown; lowerBound: unknown; upperBound: unknown };
}

interface MetaRow {
  key: string;
  value: string;
}

function toRow(doc: StoredDoc): DocRow {
  const url = urlKey(doc.state);
  const row: DocRow = {
    key: doc.key,
    collection: doc.collection,
    id: doc.id,
    seq: doc.seq,
    state: doc.state,
  };
  if (url !== undefined) row.url = url;
  return row;
}

function fromRow(row: DocRow): StoredDoc {
  return { key: row.key, collection: row.collection, id: row.id, seq: row.seq, state: row.state };
}

/**
 * Declares every schema version and its upgrader on a Dexie database.
 *
 * @param db a Dexie instance, not yet opened
 * @param upTo the last version to declare (tests open older versions)
 */
export function declareVersions(db: Dexie, upTo = SCHEMA_VERSION): void {
  for (let version = 1; version <= upTo; version++) {
    const declared = db.version(version).stores(SCHEMAS[version]!);
    const upgrader = UPGRADERS[version];
    if (upgrader) declared.upgrade(upgrader);
  }
}

/**
 * A {@link LibraryStore} in IndexedDB through Dexie, for browsers and extensions. Schema
 * versions are named constants (`SCHEMA_V1_INITIAL`, `SCHEMA_V2_URL_INDEX`…), each with its
 * upgrader; opening an older database upgrades it.
 *
 * @param options database name, IndexedDB implementation
 * @returns the opened store
 * @example
 * ```ts
 * import { createLibrary } from "@pionniers/library";
 * import { createDexieStore } from "@pionniers/library/dexie";
 * const library = await createLibrary({ store: await createDexieStore(), replicaId, pioneer });
 * ```
 */
export async function createDexieStore(
  options: DexieStoreOptions = {},
): Promise<LibraryStore & { db: Dexie }> {
  const dexieOptions: ConstructorParameters<typeof Dexie>[1] = { cache: "disabled" };
  if (options.indexedDB) dexieOptions.indexedDB = options.indexedDB as never;
  if (options.IDBKeyRange) dexieOptions.IDBKeyRange = options.IDBKeyRange as never;
  const db = new Dexie(options.name ?? "pionniers-library", dexieOptions);
  declareVersions(db);
  try {
    await db.open();
  } catch (error) {
    throw new LibraryError("store-failed", `could not open the database: ${String(error)}`);
  }
  const docs = db.table<DocRow, string>("docs");
  const meta = db.table<MetaRow, string>("meta");

  return {
    db,
    transaction(fn) {
      return db.transaction("rw", docs, meta, () => {
        const tx: StoreTransaction = {
          async getDocs(keys) {
            const rows = await docs.bulkGet(keys as string[]);
            return rows.map((r) => (r === undefined ? undefined : fromRow(r)));
          },
          async putDocs(list) {
            await docs.bulkPut(list.map(toRow));
          },
          async getMeta(key) {
            return (await meta.get(key))?.value;
          },
          async setMeta(key, value) {
            await meta.put({ key, value });
          },
        };
        return fn(tx);
      });
    },
    async getDoc(key) {
      const row = await docs.get(key);
      return row === undefined ? undefined : fromRow(row);
    },
    async list(collection) {
      return (await docs.where("collection").equals(collection).toArray()).map(fromRow);
    },
    async since(seq, limit) {
      return (await docs.where("seq").above(seq).limit(limit).toArray()).map(fromRow);
    },
    async byUrl(normalizedUrl) {
      return (await docs.where("url").equals(normalizedUrl).toArray()).map(fromRow);
    },
    async close() {
      db.close();
    },
  };
}
