import { describe, expect, it } from "vitest";
import { createLibrary } from "./library.ts";
import { createMemoryStore } from "./memory-store.ts";

describe("library.putAll", () => {
  it("writes several collections at once, or — one document bad — nothing, naming it", async () => {
    const library = await createLibrary({
      store: createMemoryStore(),
      replicaId: "r",
      pioneer: { id: "ana" },
    });
    await expect(
      library.putAll({
        themes: [{ name: "Outils" }],
        clips: [{ url: "https://a.example/" }, { url: "pas une adresse" }],
      }),
    ).rejects.toMatchObject({ code: "invalid-document", path: "clips[1].url" });
    expect(await library.query("themes")).toEqual([]);

    const ids = await library.putAll({
      themes: [{ id: "t1", name: "Outils" }],
      clips: [{ url: "https://a.example/", themeIds: ["t1"] }],
    });
    expect(ids.themes).toEqual(["t1"]);
    expect(await library.get("clips", ids.clips![0]!)).toMatchObject({
      themeIds: ["t1"],
      createdBy: "ana",
      private: false,
    });
    // One commit: one event for both collections.
    const { changes } = await library.changesSince("");
    expect(new Set(changes.map((c) => c.stamp)).size).toBe(1);
  });
});
