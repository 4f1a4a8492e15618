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

  it("ranks first the clip titled with the words sought, among clips that all discuss them at length", () => {
    const filler = "jardin quartier habitants voisins saison graines arrosage récolte".split(" ");
    const prose = (n: number, mentions: string) =>
      `${Array.from({ length: n }, (_, i) => filler[i % filler.length]).join(" ")} ${mentions}`;
    const index = createSearchIndex();
    for (let i = 0; i < 8; i++) {
      const times = 2 + (i % 4);
      index.add(
        clip(`notes${i}`, {
          title: `Compte rendu de réunion ${i}`,
          text: prose(40, "compostage partagé ".repeat(times)),
        }),
      );
    }
    index.add(
      clip("fiche", {
        title: "Compostage partagé",
        description: "Fiche pratique du réseau",
        text: prose(300, "compostage partagé"),
      }),
    );
    expect(ids(index, "compostage partagé")[0]).toBe("fiche");
    expect(ids(index, "partage compostage", { prefix: false, fuzzy: false })[0]).toBe("fiche");
    expect(ids(index, "compostge partagé")[0]).toBe("fiche"); // a typo too
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
  });

  it("refuses an index saved by an earlier version, so that the caller rebuilds it", () => {
    const { live, trash, cursor } = sample().serialize();
    // Version 3: one weighted bag of words per clip, one length.
    const bag = ({ terms, body, ids, meta }: typeof live) => ({ terms, ...body, ids, meta });
    const v3 = {
      format: "pionniers-search",
      version: 3,
      cursor,
      live: bag(live),
      trash: bag(trash),
    };
    expect(() => loadSearchIndex(v3 as unknown as SerializedSearchIndex)).toThrow(
      expect.objectContaining({
        code: "invalid-bundle",
        message: expect.stringMatching(/version 4/),
      }),
    );
    // Version 2: no trash, no private flag.
    const meta = live.meta.map((m) => {
      if (!m) return m;
      const { private: _, ...rest } = m;
      return rest;
    });
    const v2 = { format: "pionniers-search", version: 2, cursor, ...bag(live), meta };
    expect(() => loadSearchIndex(v2 as unknown as SerializedSearchIndex)).toThrow(/version 4/);
    const v1 = { ...sample().serialize(), version: 1 } as unknown as SerializedSearchIndex;
    expect(() => loadSearchIndex(v1)).toThrow(/version 4/);
  });

  it("refuses a saved index with a missing or damaged part, saying where", () => {
    const saved = sample().serialize();
    const { title: _, ...noTitle } = saved.live;
    expect(() =>
      loadSearchIndex({ ...saved, live: noTitle } as unknown as SerializedSearchIndex),
    ).toThrow(expect.objectContaining({ code: "invalid-bundle", path: "live.title" }));
    const damaged = { ...saved.trash, body: { ...saved.trash.body, postings: [1, 2] } };
    expect(() =>
      loadSearchIndex({ ...saved, trash: damaged } as unknown as SerializedSearchIndex),
    ).toThrow(expect.objectContaining({ path: "trash.body.postings" }));
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

describe("trash and private clips in the index", () => {
  const trash = { trash: true };

  it("keeps a trashed clip out of live lists and searches, and finds it in the trash", () => {
    const index = sample();
    index.add(
      clip("rgpd", { title: "RGPD pour les associations", deleted: true, tags: ["données"] }),
    );
    expect(index.has("rgpd")).toBe(true);
    expect(index.size).toBe(3);
    expect(ids(index, "")).toEqual(["outils", "coop"]);
    expect(ids(index, "rgpd")).toEqual([]);
    expect(ids(index, "", { filter: { tags: ["données"] } })).toEqual([]);
    expect(ids(index, "", { filter: trash })).toEqual(["rgpd"]);
    expect(ids(index, "rgdp", { filter: trash })).toEqual(["rgpd"]); // typo tolerant there too
    expect(ids(index, "associations", { filter: { ...trash, tags: ["données"] } })).toEqual([
      "rgpd",
    ]);
    expect(ids(index, "associations", { filter: { ...trash, tags: ["ess"] } })).toEqual([]);
  });

  it("moves a restored clip back among the live ones", () => {
    const index = sample();
    index.add(clip("coop", { title: "Les coopératives", deleted: true, createdAt: "2026-03-01" }));
    expect(ids(index, "cooperatives", { filter: trash })).toEqual(["coop"]);
    index.add(clip("coop", { title: "Les coopératives", deleted: false, createdAt: "2026-03-01" }));
    expect(ids(index, "", { filter: trash })).toEqual([]);
    expect(ids(index, "cooperatives", { prefix: false, fuzzy: false })).toEqual(["coop"]);
    expect(index.size).toBe(3);
  });

  it("lists the trash newest first and pages it", () => {
    const index = createSearchIndex();
    for (let i = 0; i < 30; i++)
      index.add(
        clip(`c${i}`, {
          title: `Ressource ${i}`,
          deleted: i % 3 === 0,
          createdAt: `2026-01-${String(i + 1).padStart(2, "0")}`,
        }),
      );
    const inTrash = [27, 24, 21, 18, 15, 12, 9, 6, 3, 0].map((i) => `c${i}`);
    expect(ids(index, "", { filter: trash, limit: 100 })).toEqual(inTrash);
    expect(ids(index, "", { filter: trash, limit: 4, offset: 4 })).toEqual(inTrash.slice(4, 8));
    expect(ids(index, "", { limit: 100 })).toHaveLength(20);
  });

  it("filters private and shared clips, following a clip made private or public", () => {
    const index = sample();
    index.add(
      clip("outils", { title: "Outils collaboratifs libres", private: true, createdBy: "ana" }),
    );
    expect(ids(index, "", { filter: { private: true } })).toEqual(["outils"]);
    expect(ids(index, "", { filter: { private: false } })).toEqual(["rgpd", "coop"]);
    expect(ids(index, "outils", { filter: { private: false } })).toEqual([]);
    expect(ids(index, "outils", { filter: { private: true, createdBy: ["ana"] } })).toEqual([
      "outils",
    ]);
    index.add(clip("outils", { title: "Outils collaboratifs libres", private: false }));
    expect(ids(index, "", { filter: { private: true } })).toEqual([]);
    index.add(clip("rgpd", { title: "RGPD", private: true, deleted: true }));
    expect(ids(index, "", { filter: { private: true } })).toEqual([]);
    expect(ids(index, "", { filter: { private: true, trash: true } })).toEqual(["rgpd"]);
    expect(ids(index, "", { filter: { private: false, trash: true } })).toEqual([]);
  });

  it("removes a clip for good, live or in the trash", () => {
    const index = sample();
    index.add(clip("rgpd", { title: "RGPD", deleted: true }));
    index.remove("rgpd");
    index.remove("coop");
    expect(index.has("rgpd")).toBe(false);
    expect(index.has("coop")).toBe(false);
    expect(ids(index, "", { filter: trash })).toEqual([]);
    expect(ids(index, "")).toEqual(["outils"]);
  });

  it("does not let the trash change the ranking of live clips", () => {
    const index = sample();
    const before = index.search("associations cooperatives");
    for (let i = 0; i < 50; i++)
      index.add(clip(`t${i}`, { title: "associations associations", deleted: true }));
    expect(index.search("associations cooperatives")).toEqual(before);
  });

  it("keeps the trash and the private flags through serialize and load", () => {
    const index = sample();
    index.add(clip("rgpd", { title: "RGPD pour les associations", deleted: true }));
    index.add(clip("outils", { title: "Outils", private: true, createdAt: "2026-04-01" }));
    const again = loadSearchIndex(structuredClone(index.serialize()));
    expect(ids(again, "associations", { filter: trash })).toEqual(["rgpd"]);
    expect(ids(again, "", { filter: { private: true } })).toEqual(["outils"]);
    expect(ids(again, "")).toEqual(["outils", "coop"]);
    again.add(clip("rgpd", { title: "RGPD pour les associations" }));
    expect(ids(again, "", { filter: trash })).toEqual([]);
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
    const caught: (string | undefined)[] = [];
    expect(await syncSearchIndex(library, reopened, (c) => caught.push(c.title))).toBe(1);
    expect(caught).toEqual(["Mutuelle"]); // only the clip written since, as it is now
    expect(ids(reopened, "mutuelle")).toHaveLength(1);

    const stop = watchSearchIndex(library, reopened);
    await library.remove("clips", a);
    await library.put("clips", { url: "https://c.example/", title: "Fondation" });
    await vi.waitFor(() => {
      expect(ids(reopened, "cooperative")).toEqual([]);
      expect(ids(reopened, "fondation")).toHaveLength(1);
    });
    expect(ids(reopened, "cooperative", { filter: { trash: true } })).toEqual([a]);
    await library.update("clips", a, { private: true });
    await library.restore("clips", a);
    await vi.waitFor(() => {
      expect(ids(reopened, "cooperative", { filter: { private: true } })).toEqual([a]);
      expect(ids(reopened, "", { filter: { trash: true } })).toEqual([]);
    });
    stop();
  });
});
