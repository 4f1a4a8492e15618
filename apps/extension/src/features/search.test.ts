import { createLibrary, createMemoryStore, type LibraryStore } from "@pionniers/library";
import type { SerializedSearchIndex } from "@pionniers/library/search";
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
