import { describe, expect, it, vi } from "vitest";
import { fakeProfile } from "../../test/fake-browser.ts";
import { loadWebPages } from "../../test/web-pages.ts";
import { send } from "../messages.ts";
import { MENU } from "./background.ts";

const pages = loadWebPages();
const page = (name: string) => pages.find((p) => p.name === name)!.html;
const article = `<!doctype html><html lang="fr"><head><title>Mutualiser l'hébergement - Réseau</title></head>
<body><article><h1>Mutualiser l'hébergement</h1>${"<p>Une coopérative d'hébergement éthique pour les associations : serveurs partagés, sauvegardes et maintenance assurées par des bénévoles.</p>".repeat(4)}</article></body></html>`;

describe("clipping through the popup's message", () => {
  it("saves the page with its metadata, then its readable text", async () => {
    const { platform, background, openTab } = fakeProfile();
    const tabId = openTab(
      "https://www.liberation.fr/monde/article?utm_source=x",
      page("liberation-1"),
    );
    const r = await send(platform, "clipTab", { tabId, mode: "page" });
    expect(r.status).toBe("saved");
    if (r.status !== "saved") return;
    expect(r.clip).toMatchObject({
      title: "Un troisième Français mort dans le séisme au Népal",
      siteName: "Libération.fr",
      language: "fr",
      publishedAt: "2015-04-30",
    });
    expect(platform.badges.at(-1)).toEqual({ text: "✓", tabId });
    await background.idle();
    await vi.waitFor(async () => {
      const full = await send(platform, "getClip", { id: r.clip.id });
      expect(full?.text).toContain("Un troisième Français a été tué");
    });
  });

  it("warns of a duplicate URL with tracking parameters, by whom and when, and saves only when asked", async () => {
    const { platform, openTab } = fakeProfile();
    await send(platform, "saveSettings", {
      settings: { pioneerName: "Camille", association: "La Ruche" },
    });
    const first = openTab("https://exemple.org/guide", article);
    const saved = await send(platform, "clipTab", { tabId: first, mode: "page" });
    const again = openTab("https://exemple.org/guide?utm_source=lettre&fbclid=abc#haut", article);
    const dup = await send(platform, "clipTab", { tabId: again, mode: "page" });
    expect(dup.status).toBe("duplicate");
    expect(dup.duplicates).toHaveLength(1);
    expect(dup.duplicates[0]).toMatchObject({ pioneerName: "Camille", association: "La Ruche" });
    expect(dup.duplicates[0]?.id).toBe(saved.status === "saved" ? saved.clip.id : "");
    expect((await send(platform, "queryClips", {})).total).toBe(1);
    const forced = await send(platform, "clipTab", { tabId: again, mode: "page", force: true });
    expect(forced.status).toBe("saved");
    expect((await send(platform, "queryClips", {})).total).toBe(2);
  });

  it("refuses a page it cannot read with a message to act on", async () => {
    const { platform } = fakeProfile();
    platform.tabs.set(9, { id: 9, url: "chrome://settings" });
    await expect(send(platform, "clipTab", { tabId: 9, mode: "page" })).rejects.toMatchObject({
      code: "page-unreadable",
    });
  });
});

describe("clipping through the background", () => {
  it("builds the right-click menu in French and clips the page, the selection and a link from it", async () => {
    const { platform, background, openTab } = fakeProfile();
    await background.idle();
    await vi.waitFor(() =>
      expect(platform.menu.map((m) => m.title)).toEqual([
        "Garder cette page dans Pionniers",
        "Garder la sélection dans Pionniers",
        "Garder ce lien dans Pionniers",
      ]),
    );
    const tabId = openTab(
      "https://exemple.org/page",
      `${article.replace("</article>", '<a href="https://autre.org/outil">Un outil libre</a></article>')}`,
      "serveurs partagés",
    );
    platform.click({ menuItemId: MENU.selection, tabId });
    await background.idle();
    platform.click({ menuItemId: MENU.link, tabId, linkUrl: "https://autre.org/outil" });
    await background.idle();
    const { rows } = await send(platform, "queryClips", {});
    expect(rows.map((r) => r.title).sort()).toEqual([
      "Mutualiser l'hébergement - Réseau",
      "Un outil libre",
    ]);
    expect(rows.find((r) => r.url === "https://exemple.org/page")?.selection).toBe(
      "serveurs partagés",
    );
  });

  it("clips with the keyboard shortcut", async () => {
    const { platform, background, openTab } = fakeProfile();
    openTab("https://exemple.org/raccourci", article);
    platform.command("clip-page");
    await background.idle();
    expect((await send(platform, "queryClips", {})).total).toBe(1);
  });

  it("opens the welcome on first install, in English for an English browser", async () => {
    const { platform, background } = fakeProfile("en-US");
    platform.install();
    await background.idle();
    await vi.waitFor(() => {
      expect(platform.opened).toEqual(["chrome-extension://fake/library.html#welcome"]);
      expect(platform.menu[0]?.title).toBe("Keep this page in Pionniers");
    });
  });
});

describe("tagging, finding, trash", () => {
  it("tags with a new story, a theme and tags, then finds the clip by a word with or without accents", async () => {
    const { platform, background, openTab } = fakeProfile();
    const tabId = openTab("https://exemple.org/hebergement", article);
    const r = await send(platform, "clipTab", { tabId, mode: "page" });
    if (r.status !== "saved") throw new Error("not saved");
    const bad = await send(platform, "checkStory", { text: "un serveur", save: true });
    expect(bad.ok).toBe(false);
    expect(bad.hints[0]?.fr).toBeTruthy();
    const story = await send(platform, "checkStory", {
      text: "En tant que bénévole, je veux un hébergement mutualisé afin de ne plus payer seul un serveur",
      save: true,
    });
    expect(story.ok).toBe(true);
    const theme = await send(platform, "createTheme", { name: "Hébergement mutualisé" });
    await send(platform, "updateClip", {
      ids: [r.clip.id],
      patch: {
        storyIds: [story.story!.id],
        themeIds: [theme.id],
        tags: ["coopérative", "serveurs"],
        note: "À lire",
        private: false,
      },
    });
    await background.idle();
    for (const q of ["hébergement", "hebergement", "HEBERGEMENT", "coopérative"]) {
      const found = await send(platform, "queryClips", { text: q });
      expect(
        found.rows.map((x) => x.id),
        q,
      ).toEqual([r.clip.id]);
    }
    expect((await send(platform, "queryClips", { text: "météorite" })).total).toBe(0);
    const byStory = await send(platform, "queryClips", { storyId: story.story!.id });
    expect(byStory.rows[0]).toMatchObject({
      tags: ["coopérative", "serveurs"],
      themeIds: [theme.id],
      note: "À lire",
    });

    await send(platform, "trashClips", { ids: [r.clip.id] });
    expect((await send(platform, "queryClips", {})).total).toBe(0);
    expect((await send(platform, "queryClips", { trash: true })).total).toBe(1);
    await send(platform, "restoreClips", { ids: [r.clip.id] });
    expect((await send(platform, "queryClips", { text: "hebergement" })).total).toBe(1);
  });

  it("bulk-tags many clips, keeping their other tags", async () => {
    const { platform, openTab } = fakeProfile();
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      const r = await send(platform, "clipTab", {
        tabId: openTab(`https://exemple.org/${n}`, article),
        mode: "page",
        force: true,
      });
      if (r.status === "saved") ids.push(r.clip.id);
    }
    await send(platform, "updateClip", { ids: [ids[0]!], patch: { tags: ["ancien"] } });
    await send(platform, "addToClips", { ids, field: "tags", values: ["ess", " "] });
    const { rows } = await send(platform, "queryClips", { tag: "ess" });
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.id === ids[0])?.tags).toEqual(["ancien", "ess"]);
  });
});

describe("example themes", () => {
  it("shows the welcome's untouched examples in the reader's language, a renamed one as written", async () => {
    const { platform, background } = fakeProfile("en-US");
    const ids = ["theme-common-hosting", "theme-funding"];
    await send(platform, "addExampleThemes", { ids });
    expect((await send(platform, "listThemes", {})).map((t) => t.name)).toEqual([
      "Common hosting",
      "Funding",
    ]);
    // Typing an example's name in the popup picks the example instead of making a twin.
    expect((await send(platform, "createTheme", { name: "common hosting" })).id).toBe(ids[0]);
    const library = (await background.open()).library;
    await library.update("themes", "theme-funding", { name: "Subventions" });
    await send(platform, "addExampleThemes", { ids }); // a second welcome changes nothing
    await send(platform, "saveSettings", { settings: { language: "fr" } });
    expect((await send(platform, "listThemes", {})).map((t) => t.name)).toEqual([
      "Hébergement mutualisé",
      "Subventions",
    ]);
  });
});

describe("export and import", () => {
  it("a bundle imported into a fresh profile gives the same library, and importing twice changes nothing", async () => {
    const a = fakeProfile();
    for (const [i, name] of ["aclu", "bbc-1", "liberation-1"].entries()) {
      const r = await send(a.platform, "clipTab", {
        tabId: a.openTab(`https://exemple.org/${name}`, page(name)),
        mode: "page",
      });
      if (r.status === "saved" && i === 0)
        await send(a.platform, "addToClips", {
          ids: [r.clip.id],
          field: "tags",
          values: ["vie privée"],
        });
    }
    await a.background.idle();
    const file = await send(a.platform, "exportLibrary", { format: "bundle" });
    expect(file.filename).toMatch(/\.json$/);
    const b = fakeProfile();
    const report = await send(b.platform, "importLibrary", { format: "bundle", text: file.text });
    expect(report.added).toBeGreaterThanOrEqual(3);
    const strip = (rows: { id: string }[]) => [...rows].sort((x, y) => x.id.localeCompare(y.id));
    expect(strip((await send(b.platform, "queryClips", {})).rows)).toEqual(
      strip((await send(a.platform, "queryClips", {})).rows),
    );
    const again = await send(b.platform, "importLibrary", { format: "bundle", text: file.text });
    expect(again.added + again.updated).toBe(0);
  });

  it("rejects a broken bundle with a message and writes nothing", async () => {
    const { platform } = fakeProfile();
    await expect(
      send(platform, "importLibrary", {
        format: "bundle",
        text: '{"format":"pionniers-bundle","version":1,"changes":[{"x":1}]}',
      }),
    ).rejects.toMatchObject({ code: "invalid-bundle" });
    expect((await send(platform, "queryClips", {})).total).toBe(0);
  });
});

describe("bookmarks and other exports", () => {
  it("imports a Firefox bookmark file: folders become themes, tags kept, non-web entries skipped, twice is harmless", async () => {
    const { platform } = fakeProfile();
    const { readFileSync } = await import("node:fs");
    const html = readFileSync(
      new URL("../../test/fixtures/bookmarks-firefox.html", import.meta.url),
      "utf8",
    );
    const r = await send(platform, "importLibrary", { format: "netscape", text: html });
    expect(r.added).toBe(4);
    const themes = await send(platform, "listThemes", {});
    expect(themes.map((t) => t.name)).toEqual([
      "Hébergement mutualisé",
      "Outils de partage de données",
    ]);
    const [chatons] = (await send(platform, "queryClips", { text: "chatons" })).rows;
    expect(chatons).toMatchObject({ url: "https://chatons.org/", tags: ["chatons", "hébergeurs"] });
    expect((await send(platform, "importLibrary", { format: "netscape", text: html })).added).toBe(
      0,
    );
    expect((await send(platform, "queryClips", {})).total).toBe(4);
  });

  it("exports bookmarks, CSV and the Markdown état de l'art in the pioneer's language", async () => {
    const { platform, openTab } = fakeProfile();
    const r = await send(platform, "clipTab", {
      tabId: openTab("https://exemple.org/guide", article),
      mode: "page",
    });
    const theme = await send(platform, "createTheme", { name: "Hébergement mutualisé" });
    if (r.status === "saved")
      await send(platform, "addToClips", {
        ids: [r.clip.id],
        field: "themeIds",
        values: [theme.id],
      });
    const html = await send(platform, "exportLibrary", { format: "netscape" });
    expect(html.text).toMatch(/^<!DOCTYPE NETSCAPE-Bookmark-file-1>/);
    expect(html.text).toContain("https://exemple.org/guide");
    const csv = await send(platform, "exportLibrary", { format: "csv" });
    expect(csv.filename).toMatch(/\.csv$/);
    expect(csv.text).toContain("exemple.org/guide");
    const md = await send(platform, "exportLibrary", { format: "markdown" });
    expect(md.text).toContain("Hébergement mutualisé");
    expect(md.text).toContain("État de l'art");
  });
});
