import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isLibraryError } from "../errors.ts";
import { createLibrary, type Library } from "../library.ts";
import { createMemoryStore } from "../memory-store.ts";
import type { LibraryStore } from "../store.ts";
import {
  exportNetscapeBookmarks,
  importNetscapeBookmarks,
  parseNetscapeBookmarks,
} from "./netscape.ts";

const FIREFOX = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Bookmarks</TITLE>
<H1>Bookmarks Menu</H1>
<DL><p>
    <DT><H3 ADD_DATE="1700000000" PERSONAL_TOOLBAR_FOLDER="true">Barre personnelle</H3>
    <DL><p>
        <DT><A HREF="https://www.avise.org/?utm_source=ff" ADD_DATE="1700000100" TAGS="ess,réseau">Avise &amp; l&#39;ESS</A>
        <DD>Centre de ressources
sur l'ESS
    </DL><p>
    <DT><H3>Outils libres</H3>
    <DL><p>
        <DT><A HREF="https://framasoft.org/" ADD_DATE="1700000200">Framasoft</A>
        <DT><A HREF="javascript:alert(1)">Bookmarklet</A>
        <DT><H3>Visio</H3>
        <DL><p>
            <DT><A HREF="https://jitsi.org/" ADD_DATE="1700000300" PRIVATE="1">Jitsi</A>
        </DL><p>
        <DT><A HREF="https://www.avise.org/">Avise encore</A>
    </DL><p>
    <DT><A HREF="place:sort=8">Récents</A>
</DL><p>`;

const fixture = (name: string) =>
  readFileSync(new URL(`../test-fixtures/bookmarks/${name}`, import.meta.url), "utf8");

const open = (replicaId = "r") =>
  createLibrary({
    store: createMemoryStore(),
    replicaId,
    pioneer: { id: "ana", association: "La Ruche" },
  });

describe("parseNetscapeBookmarks", () => {
  it("reads folders, dates, tags, private flags and multi-line descriptions; skips non-web links", () => {
    const { bookmarks, skipped } = parseNetscapeBookmarks(FIREFOX);
    expect(bookmarks[0]).toEqual({
      url: "https://www.avise.org/?utm_source=ff",
      title: "Avise & l'ESS",
      addedAt: "2023-11-14T22:15:00.000Z",
      tags: ["ess", "réseau"],
      folders: [],
      description: "Centre de ressources\nsur l'ESS",
    });
    expect(bookmarks.map((b) => [b.title, b.folders])).toEqual([
      ["Avise & l'ESS", []],
      ["Framasoft", ["Outils libres"]],
      ["Jitsi", ["Outils libres", "Visio"]],
      ["Avise encore", ["Outils libres"]],
    ]);
    expect(bookmarks[2]?.private).toBe(true);
    expect(skipped.map((s) => [s.line, s.url])).toEqual([
      [15, "javascript:alert(1)"],
      [22, "place:sort=8"],
    ]);
  });

  it("refuses what is not a bookmark file with a typed error", () => {
    try {
      parseNetscapeBookmarks("just some text");
      expect.unreachable();
    } catch (e) {
      expect(isLibraryError(e) && e.code).toBe("invalid-html");
    }
  });
});

describe("importNetscapeBookmarks / exportNetscapeBookmarks", () => {
  it("imports folders as themes, merges a bookmark found twice, and skips what is already clipped", async () => {
    const library = await open();
    const report = await importNetscapeBookmarks(library, FIREFOX);
    expect(report).toMatchObject({ clips: 3, themes: 2, duplicates: 1 });
    const themes = await library.query("themes");
    const name = (id: string) => themes.find((t) => t.id === id)?.name;
    const clips = await library.query("clips");
    const avise = clips.find((c) => c.title === "Avise & l'ESS")!;
    expect(avise.themeIds.map(name)).toEqual(["Outils libres"]);
    expect(avise).toMatchObject({
      createdAt: "2023-11-14T22:15:00.000Z",
      createdBy: "ana",
      association: "La Ruche",
      tags: ["ess", "réseau"],
    });
    expect(clips.find((c) => c.title === "Jitsi")?.themeIds.map(name)).toEqual([
      "Outils libres › Visio",
    ]);
    const again = await importNetscapeBookmarks(library, FIREFOX);
    expect(again).toMatchObject({ clips: 0, themes: 0, duplicates: 4 });
  });

  it("round-trips: export → import gives an identical library (clips in several themes included)", async () => {
    const a = await open("a");
    const [t1, t2] = await a.putMany("themes", [{ name: "Outils" }, { name: "Données <&>" }]);
    await a.putMany("clips", [
      {
        url: "https://a.example/x?q=1&r=2",
        title: 'Titre "cité" & <balisé>',
        tags: ["b", "a"],
        themeIds: [t1!, t2!],
        createdAt: "2026-01-02T03:04:05.000Z",
        description: "Ligne 1\nLigne 2",
      },
      {
        url: "https://b.example/",
        title: "Sans thème",
        createdAt: "2026-01-03T00:00:00.000Z",
        private: true,
      },
      {
        url: "https://c.example/",
        title: "Autre",
        themeIds: [t2!],
        createdAt: "2026-01-04T00:00:00.000Z",
      },
    ]);
    const html = await exportNetscapeBookmarks(a, { includePrivate: true });
    const b = await open("b");
    await importNetscapeBookmarks(b, html);
    const view = async (lib: Library) => {
      const themes = await lib.query("themes");
      const name = (id: string) => themes.find((t) => t.id === id)?.name;
      return (await lib.query("clips"))
        .map((c) => ({
          url: c.url,
          title: c.title,
          tags: c.tags,
          themes: c.themeIds.map(name).sort(),
          createdAt: c.createdAt,
          description: c.description,
          private: c.private,
        }))
        .sort((x, y) => (x.url! < y.url! ? -1 : 1));
    };
    expect(await view(b)).toEqual(await view(a));
    expect((await exportNetscapeBookmarks(a)).includes("https://b.example/")).toBe(false);
  });

  it("imports a Chrome export: nested folders keep their path, a link in two folders is one clip", async () => {
    const library = await open();
    const report = await importNetscapeBookmarks(library, fixture("chrome.html"));
    expect(report).toMatchObject({ clips: 7, themes: 5, duplicates: 1 });
    expect(report.skipped.map((s) => s.url)).toEqual(["chrome://settings/"]);
    const themes = await library.query("themes");
    const name = (id: string) => themes.find((t) => t.id === id)?.name;
    expect(themes.map((t) => t.name).sort()).toEqual([
      "Financements",
      "Financements › Visio",
      "Outils libres",
      "Outils libres › Documents",
      "Outils libres › Visio",
    ]);
    const clips = await library.query("clips");
    const byTitle = (title: string) => clips.find((c) => c.title === title)!;
    expect(byTitle("Jitsi Meet").themeIds.map(name).sort()).toEqual([
      "Financements › Visio",
      "Outils libres › Visio",
    ]);
    expect(byTitle("CryptPad").themeIds.map(name)).toEqual(["Outils libres › Documents"]);
    // The bookmarks bar is a place, not a theme.
    expect(byTitle("Avise – Agence d'ingénierie pour développer l'ESS")).toMatchObject({
      themeIds: [],
      createdAt: "2023-11-01T12:01:40.000Z",
    });
  });

  it("imports a Linkding / Shaarli export: TAGS, PRIVATE and descriptions", async () => {
    const library = await open();
    const report = await importNetscapeBookmarks(library, fixture("linkding-shaarli.html"));
    expect(report).toMatchObject({ clips: 4, themes: 0, duplicates: 0, skipped: [] });
    const clips = await library.query("clips");
    const byTitle = (title: string) => clips.find((c) => c.title === title)!;
    expect(byTitle("Le Compte d'engagement citoyen (CEC)")).toMatchObject({
      tags: ["bénévolat", "formation"],
      private: false,
      description: "Droits à formation pour les bénévoles dirigeants — 240 € par an.",
      createdAt: "2023-12-01T12:00:00.000Z",
    });
    expect(byTitle("Campagne de dons d'hiver (brouillon)")).toMatchObject({
      tags: ["dons", "à-trier"],
      private: true,
      description: "Notes internes & chiffres 2023 <ne pas diffuser>",
    });
    expect(byTitle("RGPD : par où commencer ?").tags).toEqual(["données", "rgpd"]);
    expect(byTitle("Note sans lien")).toMatchObject({ tags: [], private: false });
    // Private bookmarks stay private on export, and out of it unless asked for.
    const html = await exportNetscapeBookmarks(library, { includePrivate: true });
    expect(html).toMatch(/PRIVATE="1">Campagne de dons/);
    expect(await exportNetscapeBookmarks(library)).not.toMatch(/Campagne de dons/);
  });

  it("writes themes and clips in one transaction: a failure leaves no theme behind", async () => {
    const store = createMemoryStore();
    // A store that fails (say, quota exceeded) when clips are written.
    const failing: LibraryStore = {
      ...store,
      transaction: (fn) =>
        store.transaction((tx) =>
          fn({
            ...tx,
            getDocs: (keys) => tx.getDocs(keys),
            getMeta: (key) => tx.getMeta(key),
            setMeta: (key, value) => tx.setMeta(key, value),
            async putDocs(docs) {
              if (docs.some((d) => d.collection === "clips")) throw new Error("quota exceeded");
              return tx.putDocs(docs);
            },
          }),
        ),
    };
    const library = await createLibrary({ store: failing, replicaId: "r", pioneer: { id: "ana" } });
    await expect(importNetscapeBookmarks(library, fixture("chrome.html"))).rejects.toThrow(/quota/);
    expect(await library.query("themes")).toEqual([]);
    expect(await library.query("clips")).toEqual([]);
  });
});
