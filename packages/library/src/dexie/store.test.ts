import "fake-indexeddb/auto";
import { Dexie } from "dexie";
import { describe, expect, it } from "vitest";
import { createLibrary } from "../library.ts";
import { createMemoryStore } from "../memory-store.ts";
import type { LibraryStore } from "../store.ts";
import { describeStoreContract } from "../test-fixtures/store-contract.ts";
import { createDexieStore, declareVersions } from "./store.ts";
import {
  type DocRow,
  SCHEMA_V1_INITIAL,
  SCHEMA_V2_URL_INDEX,
  SCHEMA_V3_URL_KEYS,
  upgradeRowToV2,
} from "./versions.ts";

let counter = 0;
const names = new WeakMap<LibraryStore, string>();

describeStoreContract("dexie (fake-indexeddb)", {
  async create() {
    const name = `contract-${++counter}`;
    const store = await createDexieStore({ name });
    names.set(store, name);
    return store;
  },
  async reopen(store) {
    await store.close();
    const name = names.get(store)!;
    const again = await createDexieStore({ name });
    names.set(again, name);
    return again;
  },
});

/** Two clip rows as version 1 wrote them, made through the memory store. */
async function v1Rows(): Promise<DocRow[]> {
  const store = createMemoryStore();
  const lib = await createLibrary({ store, replicaId: "old", pioneer: { id: "ana" } });
  await lib.put("clips", { id: "c1", url: "https://WWW.avise.org/x?utm_source=nl" });
  await lib.put("themes", { id: "t1", name: "Outils" });
  return [...(await store.list("clips")), ...(await store.list("themes"))];
}

describe("dexie schema versions", () => {
  it("upgrader to v2 gives clip rows their normalised URL and leaves other rows alone", async () => {
    const [clip, theme] = await v1Rows();
    upgradeRowToV2(clip!);
    upgradeRowToV2(theme!);
    expect(clip!.url).toBe("https://www.avise.org/x");
    expect(theme!.url).toBeUndefined();
  });

  it("opens a version-1 database, upgrades it and keeps every document", async () => {
    const name = "upgrade-from-v1";
    const old = new Dexie(name, { cache: "disabled" });
    declareVersions(old, SCHEMA_V1_INITIAL);
    await old.open();
    await old.table("docs").bulkPut(await v1Rows());
    await old.table("meta").put({ key: "seq", value: "2" });
    old.close();

    const store = await createDexieStore({ name });
    expect(store.db.verno).toBe(SCHEMA_V3_URL_KEYS);
    const lib = await createLibrary({ store, replicaId: "new", pioneer: { id: "ana" } });
    expect((await lib.findByUrl("https://www.avise.org/x")).map((c) => c.id)).toEqual(["c1"]);
    expect((await lib.get("themes", "t1"))?.name).toBe("Outils");
    await lib.put("clips", { url: "https://b.example/" });
    const { changes } = await lib.changesSince("2");
    expect(changes.every((c) => c.collection === "clips")).toBe(true);
    await lib.close();
  });

  it("opens a version-2 database and recomputes URL keys written by the old normalisation", async () => {
    const name = "upgrade-from-v2";
    const old = new Dexie(name, { cache: "disabled" });
    declareVersions(old, SCHEMA_V2_URL_INDEX);
    await old.open();
    const [clip] = await v1Rows();
    clip!.state.fields.set("url", { value: "https://a.fr/p?q=a%20b", stamp: "x", seq: 1 });
    // What version 2 stored: the query re-encoded.
    await old.table("docs").put({ ...clip!, url: "https://a.fr/p?q=a+b" });
    old.close();

    const store = await createDexieStore({ name });
    const lib = await createLibrary({ store, replicaId: "new", pioneer: { id: "ana" } });
    expect((await lib.findByUrl("https://a.fr/p?q=a%20b")).map((c) => c.id)).toEqual(["c1"]);
    await lib.close();
  });
});
