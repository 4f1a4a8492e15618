import { createLibrary, createMemoryStore } from "@pionniers/library";
import { describe, expect, it, vi } from "vitest";
import { createClipCache } from "./clip-cache.ts";

describe("clip cache", () => {
  it("reads no clip until asked, then every clip, trash included, and follows later writes", async () => {
    const library = await createLibrary({
      store: createMemoryStore(),
      replicaId: "camille",
      pioneer: { id: "camille" },
    });
    const a = await library.put("clips", {
      url: "https://exemple.org/a",
      createdAt: "2026-01-01T10:00:00.000Z",
    });
    const b = await library.put("clips", {
      url: "https://exemple.org/b",
      createdAt: "2026-02-01T10:00:00.000Z",
    });
    await library.remove("clips", a);
    const query = vi.spyOn(library, "query");
    const cache = await createClipCache(library);
    await cache.settled();
    expect(query).not.toHaveBeenCalled();

    expect((await cache.all()).map((c) => c.id)).toEqual([b, a]);
    expect((await cache.get(a))?.deleted).toBe(true);
    await library.update("clips", b, { title: "Renommé" });
    const c = await library.put("clips", {
      url: "https://exemple.org/c",
      createdAt: "2026-03-01T10:00:00.000Z",
    });
    await cache.settled();
    expect((await cache.get(b))?.title).toBe("Renommé");
    expect((await cache.all()).map((x) => x.id)).toEqual([c, b, a]);
    expect(await cache.size()).toBe(3);
    expect(query).toHaveBeenCalledTimes(1);
    cache.close();
  });
});
