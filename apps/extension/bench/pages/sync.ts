// Runs in an extension page of real Chromium: the first sync of a hub space into a fresh
// Dexie-backed library with @pionniers/library/sync alone (no search index, no clip cache),
// then raw IndexedDB puts of the very rows it stored, in one transaction.
import { createLibrary } from "@pionniers/library";
import { createDexieStore } from "@pionniers/library/dexie";
import { createSyncClient } from "@pionniers/library/sync";

async function rawPuts(records: unknown[]): Promise<number> {
  const name = `bench-raw-${Math.random()}`;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => {
      const docs = req.result.createObjectStore("docs", { keyPath: "key" });
      for (const index of ["collection", "seq", "url"]) docs.createIndex(index, index);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction("docs", "readwrite");
    const store = tx.objectStore("docs");
    for (const r of records) store.put(r);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const ms = performance.now() - t0;
  db.close();
  indexedDB.deleteDatabase(name);
  return ms;
}

(globalThis as unknown as Record<string, unknown>).benchSync = async (
  hubUrl: string,
  space: string,
  token: string,
  pullLimit: number,
) => {
  const name = `bench-sync-${Math.random()}`;
  const store = await createDexieStore({ name });
  const library = await createLibrary({ store, replicaId: "fresh", pioneer: { id: "fresh" } });
  const client = createSyncClient({ library, hubUrl, space, token, pullLimit });
  const t0 = performance.now();
  const report = await client.syncNow();
  const syncMs = performance.now() - t0;
  if (!report.ok) throw new Error(report.error.message.en);
  const rows = await store.db.table("docs").toArray();
  const rawMs = await rawPuts(rows);
  client.close();
  await library.close();
  indexedDB.deleteDatabase(name);
  return { syncMs, rawMs, rows: rows.length, pulled: report.pulled };
};
