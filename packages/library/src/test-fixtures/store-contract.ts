import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Change } from "../change.ts";
import { isLibraryError } from "../errors.ts";
import { createLibrary, type Library, type LibraryEvent } from "../library.ts";
import type { LibraryStore } from "../store.ts";

/** How the contract suite gets stores: a fresh one, and the same data opened again. */
export interface StoreFactory {
  /** A new, empty store. */
  create(): Promise<LibraryStore>;
  /** Closes `store` and opens the same data again (persistence). */
  reopen(store: LibraryStore): Promise<LibraryStore>;
}

const pioneer = { id: "ana", displayName: "Ana", association: "La Ruche" };

/**
 * The one contract every {@link LibraryStore} passes, run through the public library API:
 * the memory store and the Dexie store both call it.
 */
export function describeStoreContract(name: string, factory: StoreFactory): void {
  let t = 1_700_000_000_000;
  const now = () => (t += 7);
  const open = async (store?: LibraryStore, replicaId = "r1"): Promise<Library> =>
    createLibrary({ store: store ?? (await factory.create()), replicaId, pioneer, now });

  describe(`store contract: ${name}`, () => {
    it("puts and gets a clip with defaults, set fields sorted", async () => {
      const lib = await open();
      const id = await lib.put("clips", {
        url: "https://www.avise.org/",
        title: "Avise",
        tags: ["outils", "coop"],
      });
      expect(await lib.get("clips", id)).toMatchObject({
        id,
        url: "https://www.avise.org/",
        title: "Avise",
        tags: ["coop", "outils"],
        themeIds: [],
        storyIds: [],
        createdBy: "ana",
        association: "La Ruche",
        private: false,
      });
      expect(await lib.get("clips", "nope")).toBeUndefined();
    });

    it("updates field by field and adds and removes set elements", async () => {
      const lib = await open();
      const id = await lib.put("clips", { url: "https://a.example/", title: "A", note: "n" });
      await lib.update("clips", id, { title: "B" });
      await lib.addTo("clips", id, "tags", "coop");
      await lib.addTo("clips", id, "tags", "rgpd");
      await lib.removeFrom("clips", id, "tags", "coop");
      const doc = await lib.get("clips", id);
      expect(doc).toMatchObject({ title: "B", note: "n", tags: ["rgpd"] });
      await lib.update("clips", id, { tags: ["x", "y"] });
      expect((await lib.get("clips", id))?.tags).toEqual(["x", "y"]);
    });

    it("moves documents to the trash and back", async () => {
      const lib = await open();
      const id = await lib.put("clips", { url: "https://a.example/" });
      await lib.remove("clips", id);
      expect(await lib.query("clips")).toEqual([]);
      expect((await lib.query("clips", { trash: true })).map((d) => d.id)).toEqual([id]);
      expect((await lib.get("clips", id))?.deleted).toBe(true);
      await lib.restore("clips", id);
      expect((await lib.query("clips")).map((d) => d.id)).toEqual([id]);
    });

    it("queries with a filter", async () => {
      const lib = await open();
      await lib.put("clips", { url: "https://a.example/", tags: ["coop"] });
      await lib.put("clips", { url: "https://b.example/" });
      await lib.put("themes", { name: "Outils" });
      const tagged = await lib.query("clips", { where: (c) => c.tags.includes("coop") });
      expect(tagged.map((c) => c.url)).toEqual(["https://a.example/"]);
      expect((await lib.query("themes")).map((t) => t.name)).toEqual(["Outils"]);
    });

    it("rolls back a transaction that throws", async () => {
      const store = await factory.create();
      const lib = await open(store);
      const id = await lib.put("clips", { url: "https://a.example/" });
      const kept = await store.getDoc(`clips/${id}`);
      const failed = store.transaction(async (tx) => {
        await tx.putDocs([{ ...kept!, key: "clips/other", id: "other", seq: 99 }]);
        await tx.setMeta("seq", "99");
        throw new Error("disk full");
      });
      await expect(failed).rejects.toThrow("disk full");
      expect(await store.getDoc("clips/other")).toBeUndefined();
      expect((await store.since(0, 100)).map((d) => d.seq).includes(99)).toBe(false);
      await lib.put("clips", { url: "https://b.example/" });
      expect((await lib.query("clips")).length).toBe(2);
    });

    it("finds clips by normalised URL, canonical URL first", async () => {
      const lib = await open();
      const a = await lib.put("clips", { url: "https://www.avise.org/x?utm_source=nl" });
      const b = await lib.put("clips", {
        url: "https://amp.example/x",
        canonicalUrl: "https://WWW.avise.org/x",
      });
      await lib.put("clips", { url: "https://elsewhere.example/" });
      const found = await lib.findByUrl("https://www.avise.org/x#top");
      expect(found.map((c) => c.id).sort()).toEqual([a, b].sort());
      await lib.remove("clips", a);
      expect((await lib.findByUrl("https://www.avise.org/x")).map((c) => c.id)).toEqual([b]);
    });

    it("refuses bad input with a typed error and writes nothing", async () => {
      const lib = await open();
      const before = await lib.changesSince("");
      const attempts: [() => Promise<unknown>, string][] = [
        [() => lib.put("clips", { url: "not a url" }), "invalid-document"],
        [() => lib.put("clips", { title: "no url" } as never), "invalid-document"],
        [
          () => lib.put("bookmarks" as never, { url: "https://a.example/" } as never),
          "unknown-collection",
        ],
        [
          () => lib.put("clips", { url: "https://a.example/", colour: "#fff" } as never),
          "unknown-field",
        ],
        [
          () => lib.put("clips", { url: "https://a.example/", text: "x".repeat(200_001) }),
          "invalid-document",
        ],
        [() => lib.update("clips", "missing", { title: "x" }), "not-found"],
        [() => lib.addTo("clips", "missing", "tags", "x"), "not-found"],
        [
          () =>
            lib.apply([
              {
                collection: "clips",
                id: "a",
                field: "title",
                value: "x",
                stamp: "9999999999999-0000-evil",
              },
            ]),
          "stamp-from-future",
        ],
        [
          () =>
            lib.apply([
              {
                collection: "clips",
                id: "a",
                field: "title",
                value: 3,
                stamp: "1700000000000-0000-x",
              },
            ]),
          "invalid-change",
        ],
        [() => lib.changesSince("garbage"), "invalid-cursor"],
      ];
      for (const [attempt, code] of attempts) {
        const error = await attempt().then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(isLibraryError(error) ? error.code : error).toBe(code);
      }
      expect((await lib.changesSince(before.cursor)).changes).toEqual([]);
    });

    it("names the bad document of a batch put and writes none of them", async () => {
      const lib = await open();
      const error = await lib
        .putMany("clips", [
          { url: "https://a.example/" },
          { url: "https://b.example/", title: 3 as never },
        ])
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(isLibraryError(error) && [error.code, error.path]).toEqual([
        "invalid-document",
        "[1].title",
      ]);
      expect(await lib.query("clips")).toEqual([]);
    });

    it("writes nothing of a batch whose last change is bad", async () => {
      const lib = await open();
      const good = {
        collection: "clips",
        id: "a",
        field: "title",
        value: "x",
        stamp: "1700000000000-0000-x",
      };
      await expect(lib.apply([good, { ...good, stamp: "bad" }])).rejects.toThrow(
        /changes\[1\]\.stamp/,
      );
      expect(await lib.get("clips", "a")).toBeUndefined();
    });

    it("pages changesSince with opaque cursors and resumes after the last page", async () => {
      const lib = await open();
      for (let i = 0; i < 30; i++)
        await lib.put("clips", { url: `https://e.example/${i}`, tags: ["t"] });
      const seen: Change[] = [];
      let cursor = "";
      for (let more = true; more; ) {
        const page = await lib.changesSince(cursor, { limit: 20 });
        expect(typeof page.cursor).toBe("string");
        seen.push(...page.changes);
        cursor = page.cursor;
        more = page.more;
      }
      expect(new Set(seen.filter((c) => c.collection === "clips").map((c) => c.id)).size).toBe(30);
      expect((await lib.changesSince(cursor)).changes).toEqual([]);
      const [first] = await lib.query("clips");
      await lib.update("clips", first!.id, { title: "later" });
      const next = await lib.changesSince(cursor);
      expect(next.changes).toEqual([
        expect.objectContaining({ id: first!.id, field: "title", value: "later" }),
      ]);
    });

    it("converges two replicas through changesSince and apply, and reports added/updated/unchanged", async () => {
      const a = await open(undefined, "ra");
      const b = await open(undefined, "rb");
      const id = await a.put("clips", { url: "https://a.example/", title: "A" });
      const first = await b.apply((await a.changesSince("")).changes);
      expect(first).toMatchObject({ added: 1, unchanged: 1 }); // the clip; the pioneer was known
      await b.addTo("clips", id, "tags", "from-b");
      await a.addTo("clips", id, "tags", "from-a");
      await a.apply((await b.changesSince("")).changes);
      const again = await b.apply((await a.changesSince("")).changes);
      expect(again.updated).toBe(1);
      expect((await b.apply((await a.changesSince("")).changes)).applied).toEqual([]);
      expect(await a.get("clips", id)).toEqual(await b.get("clips", id));
      expect((await a.get("clips", id))?.tags).toEqual(["from-a", "from-b"]);
    });

    it("tells subscribers about committed writes, local and remote", async () => {
      const a = await open(undefined, "ra");
      const b = await open(undefined, "rb");
      const events: LibraryEvent[] = [];
      const stop = b.subscribe((e) => events.push(e));
      const id = await b.put("clips", { url: "https://a.example/" });
      await a.put("themes", { id: "t1", name: "Outils" });
      await b.apply((await a.changesSince("")).changes);
      stop();
      await b.remove("clips", id);
      expect(events.map((e) => e.origin)).toEqual(["local", "remote"]);
      expect(events[1]?.docs).toContainEqual({ collection: "themes", id: "t1" });
    });

    it("keeps documents, cursor and clock across a reopen", async () => {
      const store = await factory.create();
      const lib = await open(store);
      const id = await lib.put("clips", { url: "https://a.example/", tags: ["coop"] });
      const { cursor } = await lib.changesSince("");
      const lastStamp = lib.clock.last;
      const again = await open(await factory.reopen(store));
      expect((await again.get("clips", id))?.tags).toEqual(["coop"]);
      expect(again.clock.next() > lastStamp).toBe(true);
      await again.update("clips", id, { note: "after reopen" });
      expect((await again.changesSince(cursor)).changes.map((c) => c.field)).toEqual(["note"]);
      await again.close();
    });

    it("converges N replicas whatever the delivery order, duplicates and losses", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 2, max: 4 }),
          fc.array(
            fc.record({
              replica: fc.nat(3),
              op: fc.constantFrom("title", "tag", "untag", "remove", "restore"),
              doc: fc.constantFrom("x", "y"),
              value: fc.constantFrom("a", "b", "c"),
            }),
            { maxLength: 25 },
          ),
          fc.array(fc.tuple(fc.nat(3), fc.nat(3), fc.boolean()), { maxLength: 12 }),
          async (n, ops, deliveries) => {
            const libs: Library[] = [];
            for (let i = 0; i < n; i++) libs.push(await open(undefined, `r${i}`));
            const all: Change[] = [];
            const log = (lib: Library, c: string) => lib.changesSince(c);
            const cursors = libs.map(() => "");
            const take = async (i: number) => {
              const page = await log(libs[i]!, cursors[i]!);
              cursors[i] = page.cursor;
              all.push(...page.changes);
              return page.changes;
            };
            let d = 0;
            for (const op of ops) {
              const lib = libs[op.replica % n]!;
              const exists = await lib.get("clips", op.doc);
              if (!exists) await lib.put("clips", { id: op.doc, url: "https://e.example/" });
              if (op.op === "title") await lib.update("clips", op.doc, { title: op.value });
              if (op.op === "tag") await lib.addTo("clips", op.doc, "tags", op.value);
              if (op.op === "untag") await lib.removeFrom("clips", op.doc, "tags", op.value);
              if (op.op === "remove") await lib.remove("clips", op.doc);
              if (op.op === "restore") await lib.restore("clips", op.doc);
              // Random partial deliveries, some lost (the batch is taken but never applied).
              const delivery = deliveries[d++ % Math.max(1, deliveries.length)];
              if (delivery) {
                const [from, to, lost] = delivery;
                const batch = await take(from % n);
                if (!lost) await libs[to % n]!.apply(batch);
              }
            }
            for (let i = 0; i < n; i++) await take(i);
            // Lost batches are resent at the end, in reverse order and twice.
            const resend = [...all].reverse();
            for (const lib of libs) {
              await lib.apply(resend);
              await lib.apply(all);
            }
            const docs = await Promise.all(libs.map((l) => l.query("clips", { trash: "all" })));
            const sorted = docs.map((list) => [...list].sort((p, q) => (p.id < q.id ? -1 : 1)));
            for (const list of sorted) expect(list).toEqual(sorted[0]);
            // The newest write of every field is what every replica shows.
            const newest = new Map<string, Change>();
            for (const c of all) {
              if (c.collection !== "clips") continue;
              const key = `${c.id}/${c.field}/${"element" in c ? c.element : ""}`;
              const cur = newest.get(key);
              if (!cur || cur.stamp < c.stamp) newest.set(key, c);
            }
            for (const c of newest.values()) {
              const doc = sorted[0]!.find((x) => x.id === c.id) as
                | Record<string, unknown>
                | undefined;
              if ("element" in c)
                expect((doc?.[c.field] as string[] | undefined)?.includes(c.element)).toBe(
                  c.present,
                );
              else expect(doc?.[c.field]).toEqual(c.value);
            }
          },
        ),
        { numRuns: 25 },
      );
    }, 120_000);
  });
}
