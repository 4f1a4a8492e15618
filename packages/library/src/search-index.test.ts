import { describe, expect, it, vi } from "vitest";
import { createLibrary } from "./library.ts";
import { createMemoryStore } from "./memory-store.ts";
import type { Clip } from "./schema.ts";
import {
  createSearchIndex,
  loadSearchIndex,
  type SearchIndex,
  type SerializedSearchIndex,
} from "./search-index.ts";
import { syncSearchIndex, watchSearchIndex } from "./search-sync.ts";
import { tokenize } from "./text.ts";

const clip = (id: string, fields: Partial<Clip>): Clip =>
  ({ id, url: `https://e.example/${id}`, tags: [], themeIds: [], storyIds: [], ...fields }) as Clip;

function sample(): SearchIndex {
  const index = createSearchIndex();
  index.add(
    clip("coop", {
      title: "Les coopératives d'activité et d'emploi",
      text: "Une CAE accueille des entrepreneurs salariés.",
      tags: ["ess"],
      createdBy: "ana",
      association: "La Ruche",
      createdAt: "2026-03-01T10:00:00.000Z",
      themeIds: ["t1"],
    }),
  );
  index.add(
    clip("rgpd", {
      title: "RGPD pour les associations",
      description: "Protéger les données des adhérents",
      tags: ["données"],
      createdBy: "leo",
      association: "Les Amis",
      createdAt: "2026-05-01T10:00:00.000Z",
      storyIds: ["s1"],
    }),
  );
  index.add(
    clip("outils", {
      title: "Outils collaboratifs libres",
      note: "Framasoft, Nextcloud",
      text: "coopération entre associations",
      createdBy: "ana",
      association: "La Ruche",
      createdAt: "2026-04-01T10:00:00.000Z",
    }),
  );
  return index;
}

const ids = (index: SearchIndex, q: string, o = {}) => index.search(q, o).map((h) => h.id);

describe("tokenize", () => {
  it("folds accents and case and drops stop words", () => {
    expect(tokenize("Les Coopératives d'Œuvre")).toEqual(["cooperative", "oeuvre"]);
  });
});

describe("tokenize", () => {
  it.each([
    ["Libraries", "library"],
    ["studies", "study"],
    ["boxes", "box"],
    ["classes", "class"],
    ["churches", "church"],
    ["wishes", "wish"],
    ["movies", "movie"],
    ["économies", "économie"],
    ["catégories", "catégorie"],
    ["fiches", "fiche"],
    ["caisses", "caisse"],
    ["coopératives", "coopérative"],
  ])("folds %s and %s to one term", (plural, singular) => {
    expect(tokenize(plural)).toEqual(tokenize(singular));
  });

  it("keeps distinct words distinct", () => {
    expect(tokenize("class")).not.toEqual(tokenize("clash"));
    expect(tokenize("fiche")).not.toEqual(tokenize("fichier"));
  });
});

describe("search index", () => {
  it("finds English plurals from the singular and back, and French ones still", () => {
    const index = createSearchIndex();
    index.add(clip("libs", { title: "Free software libraries for small charities" }));
    index.add(clip("box", { title: "Boxes and switches", note: "the churches' wishes" }));
    index.add(clip("fr", { title: "Fiches pratiques : économies d'énergie et catégories" }));
    const exact = { prefix: false, fuzzy: false };
    expect(ids(index, "library", exact)).toEqual(["libs"]);
    expect(ids(index, "charity", exact)).toEqual(["libs"]);
    expect(ids(index, "box switch church wish", exact)).toEqual(["box"]);
    expect(ids(index, "fiche économie catégorie", exact)).toEqual(["fr"]);
    expect(ids(index, "énergies", exact)).toEqual(["fr"]);
    expect(ids(index, "librar")).toEqual(["libs"]);
  });

  it("is accent- and case-insensitive both ways", () => {
    const index = sample();
    expect(ids(index, "cooperatives")).toContain("coop");
    expect(ids(index, "coopérative", { prefix: false, fuzzy: false })).toContain("coop");
    expect(ids(index, "associations", { prefix: false, fuzzy: false })).toContain("rgpd");
    expect(ids(index, "DONNÉES")[0]).toBe("rgpd");
    expect(ids(index, "donnees")[0]).toBe("rgpd");
  });

  it("matches prefixes and small typos", () => {
    const index = sample();
    expect(ids(index, "coop")).toEqual(expect.arrayContaining(["coop", "outils"]));
    expect(ids(index, "colaboratifs")).toEqual(["outils"]);
    expect(ids(index, "assocaitions")).toEqual(expect.arrayContaining(["rgpd", "outils"]));
    expect(ids(index, "colaboratifs", { fuzzy: false })).toEqual([]);
    expect(ids(index, "coop", { prefix: false })).toEqual([]);
  });

  it("ranks title matches and clips matching every word first", () => {
    const index = sample();
    expect(ids(index, "associations")[0]).toBe("rgpd");
    expect(ids(index, "associations outils")[0]).toBe("outils");
  });

  it("filters by theme, story, tag, pioneer, association and date", () => {
    const index = sample();
    expect(ids(index, "", { filter: { createdBy: ["ana"] } })).toEqual(["outils", "coop"]);
    expect(ids(index, "associations", { filter: { associations: ["Les Amis"] } })).toEqual([
      "rgpd",
    ]);
    expect(ids(index, "", { filter: { themeIds: ["t1"] } })).toEqual(["coop"]);
    expect(ids(index, "", { filter: { storyIds: ["s1"] } })).toEqual(["rgpd"]);
    expect(ids(index, "", { filter: { tags: ["ess"] } })).toEqual(["coop"]);
    expect(ids(index, "", { filter: { from: "2026-03-15", to: "2026-04-01" } })).toEqual([
      "outils",
    ]);
  });

  it("pages with limit and offset", () => {
    const index = sample();
    const all = ids(index, "associations cooperatives outils");
    expect(ids(index, "associations cooperatives outils", { limit: 1, offset: 1 })).toEqual([
      all[1],
    ]);
  });

  it("updates and removes clips incrementally, compacting after many removals", () => {
    const index = sample();
    index.add(clip("rgpd", { title: "Règlement européen" }));
    expect(ids(index, "adherents")).toEqual([]);
    expect(ids(index, "reglement")).toEqual(["rgpd"]);
    index.remove("coop");
    expect(ids(index, "cae")).toEqual([]);
    for (let i = 0; i < 2500; i++) index.add(clip(`x${i}`, { title: `bulk ${i}` }));
    for (let i = 0; i < 2500; i++) index.remove(`x${i}`);
    expect(index.size).toBe(2);
    expect(ids(index, "reglement")).toEqual(["rgpd"]);
    index.add(clip("rgpd", { title: "x", deleted: true }));
    expect(index.has("rgpd")).toBe(false);
  });

  it("refuses an index saved with older text rules, so that the caller rebuilds it", () => {
    const old = { ...sample().serialize(), version: 1 } as unknown as SerializedSearchIndex;
    expect(() => loadSearchIndex(old)).toThrow(/version 2/);
  });

  it("serializes and reloads to the same results, through a structured clone", () => {
    const index = sample();
    index.remove("outils");
    const again = loadSearchIndex(structuredClone(index.serialize()));
    for (const q of ["cooperatives", "donnees", "coop", "assocaitions", ""]) {
      expect(again.search(q)).toEqual(index.search(q));
    }
    again.add(clip("new", { title: "Nouvelle ressource" }));
    expect(ids(again, "nouvelle")).toEqual(["new"]);
  });
});

describe("syncSearchIndex / watchSearchIndex", () => {
  it("follows the library, from a saved index onwards", async () => {
    const library = await createLibrary({
      store: createMemoryStore(),
      replicaId: "r",
      pioneer: { id: "ana" },
    });
    const a = await library.put("clips", { url: "https://a.example/", title: "Coopérative" });
    const index = createSearchIndex();
    expect(await syncSearchIndex(library, index)).toBe(1);
    const saved = index.serialize();
    await library.put("clips", { url: "https://b.example/", title: "Mutuelle" });
    const reopened = loadSearchIndex(saved);
    expect(await syncSearchIndex(library, reopened)).toBe(1);
    expect(ids(reopened, "mutuelle")).toHaveLength(1);

    const stop = watchSearchIndex(library, reopened);
    await library.remove("clips", a);
    await library.put("clips", { url: "https://c.example/", title: "Fondation" });
    await vi.waitFor(() => {
      expect(ids(reopened, "cooperative")).toEqual([]);
      expect(ids(reopened, "fondation")).toHaveLength(1);
    });
    stop();
  });
});
