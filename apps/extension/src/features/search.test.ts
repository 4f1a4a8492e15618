import { createLibrary, createMemoryStore, type LibraryStore } from "@pionniers/library";
import {
  createSearchIndex,
  type SerializedSearchIndex,
  syncSearchIndex,
} from "@pionniers/library/search";
import { describe, expect, it, vi } from "vitest";
import { createSearch, type SavedIndexes } from "./search.ts";

function memorySaved(): SavedIndexes & { saves: number } {
  const kept = new Map<string, SerializedSearchIndex>();
  return {
    saves: 0,
    load: async (key) => kept.get(key),
    async save(key, index) {
      this.saves++;
      kept.set(key, structuredClone(index));
    },
  };
}

const open = (store: LibraryStore) =>
  createLibrary({ store, replicaId: "camille", pioneer: { id: "camille" } });

describe("search index saved between wakes", () => {
  it("reopens the saved index and catches up with the clips written since, without rebuilding", async () => {
    const store = createMemoryStore();
    const saved = memorySaved();
    const library = await open(store);
    const ids: string[] = [];
    for (let i = 0; i < 30; i++)
      ids.push(
        await library.put("clips", { url: `https://exemple.org/${i}`, title: `Guide ${i}` }),
      );
    const first = await createSearch(library, { saved, saveDelayMs: 5 });
    expect(first.opened).toEqual({ fromSaved: false, reindexed: 30 });
    await vi.waitFor(() => expect(saved.saves).toBe(1));
    first.close();

    // The service worker slept; meanwhile a sync brought a clip and another one went to the trash.
    const hosting = await library.put("clips", {
      url: "https://exemple.org/h",
      title: "Hébergement mutualisé",
      tags: ["ess"],
    });
    await library.remove("clips", ids[0]!);
    const again = await createSearch(library, { saved, saveDelayMs: 5 });
    expect(again.opened).toEqual({ fromSaved: true, reindexed: 2 });
    expect(again.search("hebergement")).toEqual([hosting]);
    expect(again.ids("", {})).toHaveLength(30);
    expect(again.ids("", { tags: ["ess"] })).toEqual([hosting]);
    expect(again.facets().tags).toEqual(["ess"]);

    // Writes while awake are indexed and saved.
    await library.update("clips", hosting, { title: "Serveur partagé" });
    await again.settled();
    expect(again.search("serveur")).toEqual([hosting]);
    const savesBefore = saved.saves;
    await vi.waitFor(() => expect(saved.saves).toBeGreaterThan(savesBefore));
    again.close();
    const third = await createSearch(library, { saved });
    expect(third.opened).toEqual({ fromSaved: true, reindexed: 0 });
    expect(third.search("serveur")).toEqual([hosting]);
    third.close();
  });

  it("pages through the trash and private clips, and keeps facets about live clips", async () => {
    const library = await open(createMemoryStore());
    const old = await library.put("clips", {
      url: "https://exemple.org/vieux",
      title: "Vieux serveur",
      tags: ["archives"],
    });
    const mine = await library.put("clips", {
      url: "https://exemple.org/perso",
      title: "Serveur perso",
      private: true,
      tags: ["ess"],
    });
    const search = await createSearch(library);
    await library.remove("clips", old);
    await search.settled();
    expect(search.ids("", { trash: true })).toEqual([old]);
    expect(search.ids("serveur", { trash: true })).toEqual([old]);
    expect(search.ids("serveur", {})).toEqual([mine]);
    expect(search.ids("", { private: true })).toEqual([mine]);
    expect(search.ids("", { private: false })).toEqual([]);
    expect(search.facets().tags).toEqual(["ess"]);
    await library.restore("clips", old);
    await library.update("clips", mine, { private: false });
    await search.settled();
    expect(search.ids("", { trash: true })).toEqual([]);
    expect(search.ids("", { private: false }).sort()).toEqual([old, mine].sort());
    expect(search.facets().tags.sort()).toEqual(["archives", "ess"]);
    search.close();
  });

  // What earlier versions saved, up to date with the library's last change: version 3 scored
  // one bag of words per clip (the title drowned in long texts), version 2 had no trash.
  it.each([
    [3, "one bag of words per clip"],
    [2, "no trash, no private flag"],
  ])(
    "rebuilds an index saved by version %i (%s) and saves it in the current format",
    async (version) => {
      const library = await open(createMemoryStore());
      const gone = await library.put("clips", {
        url: "https://exemple.org/a",
        title: "Coopérative",
      });
      const kept = await library.put("clips", { url: "https://exemple.org/b", title: "Mutuelle" });
      await library.remove("clips", gone);
      const index = createSearchIndex();
      await syncSearchIndex(library, index);
      const current = index.serialize();
      const bag = ({ terms, body, ids, meta }: typeof current.live) => ({
        terms,
        ...body,
        ids,
        meta,
      });
      const old =
        version === 3
          ? { ...current, version, live: bag(current.live), trash: bag(current.trash) }
          : { format: "pionniers-search", version, cursor: current.cursor, ...bag(current.live) };
      const saved = memorySaved();
      await saved.save(library.replicaId, old as unknown as SerializedSearchIndex);
      const search = await createSearch(library, { saved, saveDelayMs: 5 });
      expect(search.opened).toEqual({ fromSaved: false, reindexed: 2 });
      expect(search.ids("", { trash: true })).toEqual([gone]);
      expect(search.ids("", {})).toEqual([kept]);
      expect(search.search("mutuelle")).toEqual([kept]);
      await vi.waitFor(async () =>
        expect((await saved.load(library.replicaId))?.version).toBe(current.version),
      );
      const reopened = await createSearch(library, { saved });
      expect(reopened.opened).toEqual({ fromSaved: true, reindexed: 0 });
      search.close();
      reopened.close();
    },
  );

  it("builds the index again when the saved one is unreadable", async () => {
    const library = await open(createMemoryStore());
    const id = await library.put("clips", { url: "https://exemple.org/", title: "Coopérative" });
    const broken: SavedIndexes = {
      load: async () => ({ format: "pionniers-search", version: 1, cursor: "x" }) as never,
      save: async () => undefined,
    };
    const search = await createSearch(library, { saved: broken });
    expect(search.opened.fromSaved).toBe(false);
    expect(search.search("cooperative")).toEqual([id]);
    search.close();
  });
});
