import type { LibraryStore, StoredDoc, StoreTransaction } from "./store.ts";
import { urlKey } from "./url.ts";

/**
 * An in-memory {@link LibraryStore}, for Node, servers and tests. Documents read are copies
 * (like IndexedDB hands out), and a transaction that throws leaves nothing behind.
 *
 * @returns the store
 * @example
 * ```ts
 * const library = await createLibrary({ store: createMemoryStore(), replicaId: "test", pioneer: { id: "ana" } });
 * ```
 */
export function createMemoryStore(): LibraryStore {
  const docs = new Map<string, StoredDoc>();
  const meta = new Map<string, string>();
  let queue: Promise<unknown> = Promise.resolve();
  const copy = (d: StoredDoc): StoredDoc => structuredClone(d);

  return {
    transaction<T>(fn: (tx: StoreTransaction) => Promise<T>): Promise<T> {
      const run = async (): Promise<T> => {
        const stagedDocs = new Map<string, StoredDoc>();
        const stagedMeta = new Map<string, string>();
        const tx: StoreTransaction = {
          async getDocs(keys) {
            return keys.map((k) => {
              const d = stagedDocs.get(k) ?? docs.get(k);
              return d === undefined ? undefined : copy(d);
            });
          },
          async putDocs(list) {
            // The store takes ownership of what it is given (the library never reuses it);
            // reads hand out copies, like IndexedDB.
            for (const d of list) stagedDocs.set(d.key, d);
          },
          async getMeta(key) {
            return stagedMeta.get(key) ?? meta.get(key);
          },
          async setMeta(key, value) {
            stagedMeta.set(key, value);
          },
        };
        const result = await fn(tx);
        for (const [k, d] of stagedDocs) docs.set(k, d);
        for (const [k, value] of stagedMeta) meta.set(k, value);
        return result;
      };
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
    },
    async getDoc(key) {
      const d = docs.get(key);
      return d === undefined ? undefined : copy(d);
    },
    async list(collection) {
      const out: StoredDoc[] = [];
      for (const d of docs.values()) if (d.collection === collection) out.push(copy(d));
      return out;
    },
    async since(seq, limit) {
      const out: StoredDoc[] = [];
      for (const d of docs.values()) if (d.seq > seq) out.push(d);
      out.sort((a, b) => a.seq - b.seq);
      return out.slice(0, limit).map(copy);
    },
    async byUrl(normalizedUrl) {
      const out: StoredDoc[] = [];
      for (const d of docs.values()) if (urlKey(d.state) === normalizedUrl) out.push(copy(d));
      return out;
    },
    async close() {},
  };
}
