// Sync by file: "Exporter pour partager" / "Importer" between pioneers who edited the same
// clip apart. Importing is merging, so any order, with repeats, gives the same library.
import { describe, expect, it } from "vitest";
import { fakeProfile } from "../../test/fake-browser.ts";
import { send } from "../messages.ts";

const article = `<!doctype html><html lang="fr"><head><title>Mutualiser l'hébergement - Réseau</title></head>
<body><article><h1>Mutualiser l'hébergement</h1>${"<p>Une coopérative d'hébergement éthique pour les associations : serveurs partagés et sauvegardes.</p>".repeat(4)}</article></body></html>`;

describe("sync by file", () => {
  it("bundles of concurrent edits imported in either order, twice, give the same library", async () => {
    const a = fakeProfile();
    const b = fakeProfile();
    const saved = await send(a.platform, "clipTab", {
      tabId: a.openTab("https://exemple.org/mutualiser", article),
      mode: "page",
    });
    if (saved.status !== "saved") throw new Error("not saved");
    const id = saved.clip.id;
    await a.background.idle();
    const first = await send(a.platform, "exportLibrary", { format: "bundle" });
    await send(b.platform, "importLibrary", { format: "bundle", text: first.text });
    // Apart: A retitles and tags, B writes a note, tags and trashes another field's worth.
    await send(a.platform, "updateClip", { ids: [id], patch: { title: "Titre de A" } });
    await send(a.platform, "addToClips", { ids: [id], field: "tags", values: ["de-a"] });
    await send(b.platform, "updateClip", { ids: [id], patch: { note: "Note de B" } });
    await send(b.platform, "addToClips", { ids: [id], field: "tags", values: ["de-b"] });
    const fromA = (await send(a.platform, "exportLibrary", { format: "bundle" })).text;
    const fromB = (await send(b.platform, "exportLibrary", { format: "bundle" })).text;

    const c = fakeProfile();
    const d = fakeProfile();
    for (const text of [fromA, fromB, fromA, fromB])
      await send(c.platform, "importLibrary", { format: "bundle", text });
    for (const text of [fromB, fromB, fromA])
      await send(d.platform, "importLibrary", { format: "bundle", text });
    await send(a.platform, "importLibrary", { format: "bundle", text: fromB });
    await send(b.platform, "importLibrary", { format: "bundle", text: fromA });

    const libraries = await Promise.all(
      [a, b, c, d].map(async (p) => (await send(p.platform, "queryClips", {})).rows),
    );
    for (const rows of libraries) expect(rows).toEqual(libraries[0]);
    expect(libraries[0]?.[0]).toMatchObject({ title: "Titre de A", note: "Note de B" });
    expect(libraries[0]?.[0]?.tags).toEqual(["de-a", "de-b"]);
  });
});
