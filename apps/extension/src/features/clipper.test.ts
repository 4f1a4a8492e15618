import { createLibrary, createMemoryStore } from "@pionniers/library";
import { describe, expect, it, vi } from "vitest";
import { createFakePlatform } from "../platform/fake.ts";
import { createHandlers } from "./clipper.ts";
import { createSearch } from "./search.ts";
import { createTransfer } from "./transfer.ts";

/** The handlers over a library of 30 clips, a third in the trash, every fourth one private. */
async function setup() {
  const library = await createLibrary({
    store: createMemoryStore(),
    replicaId: "camille",
    pioneer: { id: "camille" },
  });
  const ids: string[] = [];
  for (let i = 0; i < 30; i++)
    ids.push(
      await library.put("clips", {
        url: `https://exemple.org/${i}`,
        title: i % 2 ? `Hébergement mutualisé ${i}` : `Guide ${i}`,
        tags: i < 15 ? ["ess"] : [],
        private: i % 4 === 0,
        createdAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
      }),
    );
  for (let i = 0; i < 30; i += 3) await library.remove("clips", ids[i]!);
  const search = await createSearch(library);
  // Listing every clip (library.query) is what the trash and the filters must not need.
  const loadEveryClip = vi.spyOn(library, "query");
  const handlers = createHandlers({
    platform: createFakePlatform(),
    search: async () => ({ library, search }),
    core: async () => library,
    transfer: createTransfer(),
  });
  const query = (filter: Parameters<typeof handlers.queryClips>[0]) =>
    handlers.queryClips(filter, {} as never);
  return { library, ids, handlers, query, loadEveryClip, search };
}

/** The clips `pick` keeps, newest first — what a list should show. */
const newestFirst = (ids: string[], pick: (i: number) => boolean) =>
  ids.flatMap((id, i) => (pick(i) ? [{ id, i }] : [])).reverse();

describe("queryClips: the trash and the private/shared filter from the search index", () => {
  it("lists the trash newest first, paginated, without loading every clip", async () => {
    const { ids, query, loadEveryClip } = await setup();
    const trashed = newestFirst(ids, (i) => i % 3 === 0).map((x) => x.id);
    const first = await query({ trash: true, limit: 4 });
    expect(first.total).toBe(10);
    expect(first.rows.map((r) => r.id)).toEqual(trashed.slice(0, 4));
    expect(first.rows.every((r) => r.deleted === true)).toBe(true);
    const third = await query({ trash: true, limit: 4, offset: 8 });
    expect(third.rows.map((r) => r.id)).toEqual(trashed.slice(8));
    // Other filters and the search box apply in the trash too.
    const ess = await query({ trash: true, tag: "ess" });
    expect(ess.rows.map((r) => r.id)).toEqual(
      newestFirst(ids, (i) => i % 3 === 0 && i < 15).map((x) => x.id),
    );
    const found = await query({ trash: true, text: "hebergement" });
    expect(found.rows.map((r) => r.id).sort()).toEqual(
      ids.filter((_, i) => i % 3 === 0 && i % 2 === 1).sort(),
    );
    expect((await query({ trash: true, text: "météorite" })).total).toBe(0);
    expect(loadEveryClip).not.toHaveBeenCalled();
  });

  it("filters private and shared live clips, with text and other filters, without loading every clip", async () => {
    const { ids, query, loadEveryClip } = await setup();
    const live = (i: number) => i % 3 !== 0;
    const priv = await query({ visibility: "private" });
    expect(priv.rows.map((r) => r.id)).toEqual(
      newestFirst(ids, (i) => live(i) && i % 4 === 0).map((x) => x.id),
    );
    expect(priv.rows.every((r) => r.private === true)).toBe(true);
    const shared = await query({ visibility: "shared", limit: 5 });
    expect(shared.total).toBe(ids.filter((_, i) => live(i) && i % 4 !== 0).length);
    expect(shared.rows.map((r) => r.id)).toEqual(
      newestFirst(ids, (i) => live(i) && i % 4 !== 0)
        .slice(0, 5)
        .map((x) => x.id),
    );
    const found = await query({ visibility: "shared", text: "hebergement", tag: "ess" });
    expect(found.rows.map((r) => r.id).sort()).toEqual(
      ids.filter((_, i) => live(i) && i % 4 !== 0 && i % 2 === 1 && i < 15).sort(),
    );
    const trashedPrivate = await query({ trash: true, visibility: "private" });
    expect(trashedPrivate.rows.map((r) => r.id)).toEqual(
      newestFirst(ids, (i) => i % 3 === 0 && i % 4 === 0).map((x) => x.id),
    );
    expect(loadEveryClip).not.toHaveBeenCalled();
  });

  it("follows a clip trashed, restored and made private through the handlers", async () => {
    const { ids, query, handlers, loadEveryClip } = await setup();
    const clip = ids[1]!;
    await handlers.trashClips({ ids: [clip] }, {} as never);
    expect((await query({ trash: true })).rows.map((r) => r.id)).toContain(clip);
    expect((await query({})).rows.map((r) => r.id)).not.toContain(clip);
    await handlers.restoreClips({ ids: [clip] }, {} as never);
    await handlers.updateClip({ ids: [clip], patch: { private: true } }, {} as never);
    expect((await query({ trash: true })).rows.map((r) => r.id)).not.toContain(clip);
    expect((await query({ visibility: "private" })).rows.map((r) => r.id)).toContain(clip);
    expect((await query({ visibility: "shared" })).rows.map((r) => r.id)).not.toContain(clip);
    expect(loadEveryClip).not.toHaveBeenCalled();
  });

  it("reads only the page's clips from the library", async () => {
    const { query, library } = await setup();
    const read: number[] = [];
    const transaction = library.store.transaction.bind(library.store);
    vi.spyOn(library.store, "transaction").mockImplementation((work) =>
      transaction((tx) => {
        const counting = Object.create(tx) as typeof tx;
        counting.getDocs = (keys) => {
          read.push(keys.length);
          return tx.getDocs(keys);
        };
        return work(counting);
      }),
    );
    const { rows } = await query({ trash: true, limit: 3 });
    expect(rows).toHaveLength(3);
    expect(read).toEqual([3]); // not the ten clips in the trash
    await query({ visibility: "private", limit: 2 });
    expect(read).toEqual([3, 2]);
  });
});
