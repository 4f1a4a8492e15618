// Runs in an extension page of real Chromium: makes N clips, exports them as a bundle, then
// times importing the bundle into a fresh Dexie-backed library against the reference, raw
// IndexedDB puts of the same stored records in one transaction.
import {
  createLibrary,
  createMemoryStore,
  exportBundle,
  importBundle,
  parseBundle,
} from "@pionniers/library";
import { createDexieStore } from "@pionniers/library/dexie";

const WORDS =
  "association bénévole réseau outil guide partage données hébergement serveur coopérative formation financement logiciel libre agenda adhérents comptabilité mutualisation territoire collectif numérique sauvegarde messagerie visioconférence tableur inventaire projet".split(
    " ",
  );

function words(seed: number, n: number): string {
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(WORDS[x % WORDS.length]!);
  }
  return out.join(" ");
}

/** Builds a bundle of `n` clips, each with a title, tags and ~1,500 characters of text. */
async function makeBundle(n: number) {
  const library = await createLibrary({
    store: createMemoryStore(),
    replicaId: "bench",
    pioneer: { id: "bench", displayName: "Bench" },
  });
  const t0 = Date.parse("2026-01-01T00:00:00Z");
  for (let i = 0; i < n; i++) {
    await library.put("clips", {
      url: `https://exemple.org/ressource/${i}?utm_source=bench`,
      title: `Ressource ${i} : ${words(i, 6)}`,
      description: words(i + 7, 20),
      text: words(i + 13, 180),
      siteName: `Site ${i % 50}`,
      tags: [WORDS[i % WORDS.length]!, `lot-${i % 20}`],
      createdAt: new Date(t0 + i * 60_000).toISOString(),
    });
  }
  return exportBundle(library);
}

async function rawPuts(records: unknown[]): Promise<number> {
  const name = `bench-raw-${Math.random()}`;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    // The same table as the Dexie store's: primary key and its three indexes.
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

(globalThis as unknown as Record<string, unknown>).benchImport = async (n: number) => {
  const bundle = await makeBundle(n);
  const text = JSON.stringify(bundle);
  (globalThis as unknown as Record<string, unknown>).benchBundleText = text;
  const name = `bench-import-${Math.random()}`;
  const store = await createDexieStore({ name });
  const library = await createLibrary({ store, replicaId: "fresh", pioneer: { id: "fresh" } });
  // Reading the file (parse + validation) and writing it, timed apart.
  const t0 = performance.now();
  const parsed = parseBundle(text);
  if (!parsed.ok) throw parsed.error;
  const parseMs = performance.now() - t0;
  const report = await importBundle(library, parsed.value);
  const importMs = performance.now() - t0;
  const rows = await store.db.table("docs").toArray();
  const rawMs = await rawPuts(rows);
  await library.close();
  indexedDB.deleteDatabase(name);
  return {
    importMs,
    parseMs,
    rawMs,
    added: report.added,
    records: rows.length,
    bundleChars: text.length,
  };
};
