// End-to-end tests in real headless Chromium with the unpacked build, pages served from
// 127.0.0.1, then web-ext lint on the Firefox build. Prints "N passed, M failed".
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import type { ClipSummary } from "../src/messages.ts";
import { loadWebPages, sameAuthor, sameText } from "../test/web-pages.ts";
import {
  artifacts,
  axe,
  call,
  check,
  docsImages,
  eq,
  launchProfile,
  type Profile,
  root,
  runTests,
  serveWebPages,
  test,
  testBuild,
} from "./harness.ts";
import { registerSyncTests } from "./sync.ts";
import { registerToolboxTests } from "./toolbox.ts";

declare const chrome: {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  contextMenus: { onClicked: { dispatch(info: unknown, tab: unknown): void } };
};

mkdirSync(artifacts, { recursive: true });
mkdirSync(docsImages, { recursive: true });
const server = await serveWebPages();
const build = testBuild();
const a11y: string[] = [];
let fr!: Profile;
let en!: Profile;
let library: Page;
let bundlePath = "";

async function shot(page: Page, name: string, forGuide = false) {
  const path = join(artifacts, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  if (forGuide) copyFileSync(path, join(docsImages, `${name}.png`));
}

async function openArticle(p: Profile, path: string): Promise<number> {
  const page = await p.context.newPage();
  const url = `${server.base}${path}`;
  await page.goto(url);
  const id = await p.worker.evaluate(
    async (u) => (await chrome.tabs.query({ url: u }))[0]?.id,
    url.split("#")[0]!,
  );
  check(typeof id === "number", `no tab for ${url}`);
  return id;
}

async function openPopup(p: Profile, tabId: number): Promise<Page> {
  const popup = await p.context.newPage();
  await popup.setViewportSize({ width: 400, height: 620 });
  await popup.goto(p.url(`popup.html?tab=${tabId}`));
  return popup;
}

async function assertAccessible(page: Page, what: string) {
  const serious = await axe(page);
  if (serious.length)
    a11y.push(`${what}: ${serious.map((v) => `${v.id} (${v.nodes})`).join(", ")}`);
  eq(
    serious.map((v) => `${v.id}: ${v.help}`),
    [],
    `serious axe violations on ${what}`,
  );
}

async function rows(page: Page, filter: object = {}): Promise<ClipSummary[]> {
  return (await call<{ rows: ClipSummary[] }>(page, "queryClips", { ...filter, limit: 500 })).rows;
}

test("first run opens the welcome, which asks the pioneer's name and association", async () => {
  fr = await launchProfile(build, "fr-FR");
  const welcome =
    fr.context.pages().find((p) => p.url().includes("library.html#welcome")) ??
    (await fr.context.waitForEvent("page", {
      predicate: (p) => p.url().includes("library.html#welcome"),
      timeout: 10_000,
    }));
  await welcome.waitForSelector("#welcome-name");
  await welcome.setViewportSize({ width: 900, height: 760 });
  const h1 = await welcome.textContent("h1");
  check(
    h1?.includes("Bienvenue"),
    `welcome in French: ${h1} (${await welcome.evaluate(() => navigator.language)})`,
  );
  await assertAccessible(welcome, "welcome");
  await welcome.fill("#welcome-name", "Camille");
  await welcome.fill("#welcome-association", "La Ruche des Possibles");
  await shot(welcome, "welcome-fr", true);
  await welcome.getByRole("button", { name: "C'est parti" }).click();
  await welcome.waitForSelector("#search");
  library = welcome;
  const themes = await call<{ name: string }[]>(library, "listThemes", {});
  eq(
    themes.map((t) => t.name).sort(),
    ["Hébergement mutualisé", "Maintenance partagée", "Outils de partage de données"],
    "example themes",
  );
});

test("clip a page through the popup, tag it to a new story, a theme and tags", async () => {
  const tabId = await openArticle(fr, "/accents/");
  const popup = await openPopup(fr, tabId);
  await popup.waitForSelector("[data-testid=clip-status]");
  check(
    (await popup.textContent("[data-testid=clip-status]"))?.includes(
      "Mutualiser l'hébergement des associations",
    ),
    "popup shows the title",
  );
  await popup.getByRole("button", { name: "+ Écrire un nouveau besoin" }).click();
  // A sentence that is not a story gets a hint from @pionniers/stories, in French.
  await popup.fill("#popup-story-draft", "un serveur partagé");
  await popup.press("#popup-story-draft", "Tab");
  await popup.waitForSelector(".story-draft .notice.error li");
  await shot(popup, "popup-story-hint-fr", true);
  await popup.fill(
    "#popup-story-draft",
    "En tant que bénévole, je veux un hébergement mutualisé afin de ne plus gérer seul le serveur",
  );
  await popup.getByRole("button", { name: "Ajouter ce besoin" }).click();
  await popup.getByRole("checkbox", { name: "Hébergement mutualisé", exact: true }).check();
  await popup.fill("#popup-tags", "coopérative, serveurs");
  await popup.fill("#popup-note", "Guide clair pour les bénévoles.");
  await popup.waitForSelector(".story-list input:checked");
  await shot(popup, "popup-fr", true);
  await assertAccessible(popup, "popup");
  await popup.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await popup.waitForSelector("text=Enregistré ✓");
  const [clip] = await rows(library, { text: "mutualiser" });
  check(clip, "clip saved");
  eq(clip.tags, ["coopérative", "serveurs"], "tags");
  eq(clip.themeIds.length, 1, "one theme");
  eq(clip.storyIds.length, 1, "one story");
  eq(clip.note, "Guide clair pour les bénévoles.", "note");
  eq(
    [clip.author, clip.siteName, clip.publishedAt, clip.language],
    ["Camille Roux", "Réseau Entraide", "2026-03-14", "fr"],
    "metadata",
  );
  await popup.close();
});

test("capture the real article pages: title, site name, author, date and language", async () => {
  const problems: string[] = [];
  for (const page of loadWebPages()) {
    const tabId = await openArticle(fr, `/${page.name}/`);
    const r = await call<{ status: string; clip: ClipSummary }>(library, "clipTab", {
      tabId,
      mode: "page",
      force: true,
    });
    const c = r.clip;
    const e = page.expected;
    if (sameText(c.title) !== sameText(e.title)) problems.push(`${page.name} title ${c.title}`);
    if (sameText(c.siteName) !== sameText(e.siteName))
      problems.push(`${page.name} site ${c.siteName}`);
    if (e.byline && sameAuthor(c.author) !== sameAuthor(e.byline))
      problems.push(`${page.name} author ${c.author}`);
    if (e.publishedTime && c.publishedAt !== e.publishedTime.slice(0, 10))
      problems.push(`${page.name} date ${c.publishedAt}`);
    if ((c.language ?? "").toLowerCase() !== (e.lang ?? "").toLowerCase())
      problems.push(`${page.name} lang ${c.language}`);
  }
  eq(problems, [], "metadata mismatches");
});

test("clip through the background, as the right-click menu does (page and link)", async () => {
  const tabId = await openArticle(fr, "/aclu/");
  // A link of the page: the clip takes its text as title.
  const link = "https://www.aclu.org/blog/free-future";
  await fr.worker.evaluate(
    ([tabId, base, link]) => {
      chrome.contextMenus.onClicked.dispatch(
        { menuItemId: "clip-link", linkUrl: link, pageUrl: `${base}/aclu/` },
        { id: tabId },
      );
    },
    [tabId, server.base, link] as const,
  );
  for (let i = 0; i < 50; i++) {
    if ((await rows(library)).some((c) => c.url === link)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const all = await rows(library);
  eq(
    all.find((c) => c.url === link)?.title,
    "Free Future",
    "the link was clipped, titled by its text",
  );
  const before = all.filter((c) => c.url === `${server.base}/aclu/`).length;
  await fr.worker.evaluate((tabId) => {
    chrome.contextMenus.onClicked.dispatch({ menuItemId: "clip-page" }, { id: tabId });
  }, tabId);
  await new Promise((r) => setTimeout(r, 800));
  // The page was already clipped by the capture test: the menu does not make a duplicate.
  eq(
    (await rows(library)).filter((c) => c.url === `${server.base}/aclu/`).length,
    before,
    "no duplicate from the menu",
  );
});

test("find a clip by a word of its text, with and without accents", async () => {
  await library.goto(fr.url("library.html#clips"));
  await library.waitForSelector("#search");
  // Search ranks: the clip must come first (the index is fuzzy, so others may follow).
  for (const word of [
    "bénévoles formés",
    "benevoles formes",
    "autonomie numérique",
    "AUTONOMIE NUMERIQUE",
  ]) {
    await library.fill("#search", word);
    await library
      .waitForFunction(
        () =>
          document.querySelector("[data-clip-id] h3")?.textContent ===
          "Mutualiser l'hébergement des associations",
        undefined,
        { timeout: 15_000 },
      )
      .catch(async () => {
        throw new Error(`« ${word} »: ${await library.textContent("[data-testid=clip-list]")}`);
      });
  }
  await library.fill("#search", "hebergement");
  await library.waitForSelector("[data-clip-id]");
  await shot(library, "library-search-fr", true);
  await assertAccessible(library, "library page");
});

test("warn of a duplicate on a second clip of the same URL with tracking parameters", async () => {
  const tabId = await openArticle(fr, "/accents/?utm_source=lettre&utm_medium=email&fbclid=xyz");
  const popup = await openPopup(fr, tabId);
  await popup.waitForSelector("[data-testid=duplicate]");
  const text = (await popup.textContent("[data-testid=duplicate]")) ?? "";
  check(
    text.includes("déjà dans la bibliothèque") && text.includes("gardée par vous le"),
    `duplicate says by whom and when: ${text}`,
  );
  await shot(popup, "popup-duplicate-fr", true);
  await popup.getByRole("button", { name: "Ajouter mes étiquettes à cette fiche" }).click();
  await popup.waitForSelector("text=Vous complétez la fiche existante");
  await popup.fill("#popup-tags", "coopérative, serveurs, guide");
  await popup.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await popup.waitForSelector("text=Enregistré ✓");
  const same = (await rows(library)).filter((c) => c.url?.startsWith(`${server.base}/accents/`));
  eq(same.length, 1, "still one clip of that URL");
  eq(same[0]?.tags, ["coopérative", "guide", "serveurs"], "tags added to the existing clip");
  await popup.close();
});

test("per-story view lists the resources gathered for that need", async () => {
  const [story] = await call<{ id: string }[]>(library, "listStories", {});
  check(story, "a story exists");
  await library.goto(fr.url(`library.html#clips?story=${story.id}`));
  await library.reload();
  await library.waitForSelector("[data-testid=story-view]");
  await library.waitForSelector("[data-clip-id]");
  eq(await library.locator("[data-clip-id]").count(), 1, "one resource for the story");
  await shot(library, "library-story-fr", true);
});

/** The clip of the /accents/ page (searches are fuzzy: other clips may match its words). */
async function accentsClip(): Promise<string> {
  const clip = (await rows(library)).find((c) => c.url?.startsWith(`${server.base}/accents/`));
  check(clip, "the /accents/ clip exists");
  return clip.id;
}

test("trash and restore from the library page", async () => {
  const id = await accentsClip();
  const row = `[data-clip-id="${id}"]`;
  await library.goto(fr.url("library.html#clips"));
  await library.reload();
  await library.fill("#search", "autonomie");
  await library.waitForSelector(row);
  await library
    .locator(row)
    .getByRole("button", { name: /à la corbeille/ })
    .click();
  await library.waitForSelector(row, { state: "detached" });
  check(!(await rows(library)).some((c) => c.id === id), "gone from the live list");
  await library.getByLabel("Voir la corbeille").check();
  await library.waitForSelector(row);
  await assertAccessible(library, "trash");
  await library.locator(row).getByRole("button", { name: "Restaurer" }).click();
  await library.waitForSelector(row, { state: "detached" });
  await library.getByLabel("Voir la corbeille").uncheck();
  await library.waitForSelector(row);
  check(
    (await rows(library)).some((c) => c.id === id && c.tags.includes("guide")),
    "restored with its tags",
  );
});

test("edit a clip in its dialog: title, tags and note saved", async () => {
  const id = await accentsClip();
  await library.goto(fr.url("library.html#clips"));
  await library.reload();
  await library.fill("#search", "autonomie");
  const row = library.locator(`[data-clip-id="${id}"]`);
  await row.waitFor();
  await row.getByRole("button", { name: "Modifier" }).click();
  await library.waitForSelector(`#title-${id}`);
  await assertAccessible(library, "edit dialog");
  await shot(library, "edit-fr");
  // The title keeps the words later steps look for (the CSV export).
  await library.fill(`#title-${id}`, "Mutualiser l'hébergement des associations — guide pratique");
  const tags = await library.inputValue(`#edit-${id}-tags`);
  eq(tags, "coopérative, guide, serveurs", "the dialog opens with the clip's tags");
  await library.fill(`#edit-${id}-tags`, `${tags}, relu`);
  await library.fill(`#edit-${id}-note`, "À présenter au prochain chantier");
  await row.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await library.waitForSelector(`#title-${id}`, { state: "detached" });
  // The list shows the new note once it has reloaded the row.
  await library.waitForFunction(
    (at) =>
      document.querySelector(`${at} .note`)?.textContent === "À présenter au prochain chantier",
    `[data-clip-id="${id}"]`,
  );
  const saved = await call<{ title: string; tags: string[]; note: string }>(library, "getClip", {
    id,
  });
  eq(
    [saved.title, saved.tags, saved.note],
    [
      "Mutualiser l'hébergement des associations — guide pratique",
      ["coopérative", "guide", "relu", "serveurs"],
      "À présenter au prochain chantier",
    ],
    "the dialog's edits stored",
  );
});

test("bulk-tag two clips from the library page: a tag and a theme, other tags kept", async () => {
  await library.goto(fr.url("library.html#clips"));
  await library.reload();
  await library.waitForSelector("[data-clip-id]");
  const boxes = library.locator("[data-clip-id] > input[type=checkbox]");
  const ids = await library
    .locator("[data-clip-id]")
    .evaluateAll((els) => els.slice(0, 2).map((e) => e.getAttribute("data-clip-id")!));
  const before = new Map((await rows(library)).map((c) => [c.id, c.tags]));
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await library.waitForSelector("[data-testid=bulk]");
  check((await library.textContent("[data-testid=bulk]"))?.includes("2"), "two selected");
  await assertAccessible(library, "bulk tag bar");
  await library.fill("#bulk-tag", "veille");
  await library.getByRole("button", { name: "Ajouter l'étiquette" }).click();
  await library.waitForFunction(
    (list) =>
      list.every((id) =>
        document.querySelector(`[data-clip-id="${id}"]`)?.textContent?.includes("#veille"),
      ),
    ids,
  );
  // The bar clears the selection once it has acted: select the two again for the theme.
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await library.selectOption("#bulk-theme", { label: "Maintenance partagée" });
  await library.getByRole("button", { name: "Ajouter le thème" }).click();
  await library.waitForFunction(
    (list) =>
      list.every((id) =>
        document
          .querySelector(`[data-clip-id="${id}"]`)
          ?.textContent?.includes("Maintenance partagée"),
      ),
    ids,
  );
  const after = (await rows(library)).filter((c) => ids.includes(c.id));
  for (const c of after) {
    check(c.themeIds.includes("theme-shared-maintenance"), `theme added to ${c.id}`);
    eq(c.tags, [...new Set([...(before.get(c.id) ?? []), "veille"])].sort(), `tags of ${c.id}`);
  }
});

test("export a bundle", async () => {
  await library.goto(fr.url("library.html#transfer"));
  await library.reload();
  await library.waitForSelector("[data-format=bundle]");
  await assertAccessible(library, "export and import");
  const [download] = await Promise.all([
    library.waitForEvent("download"),
    library.click("[data-format=bundle]"),
  ]);
  bundlePath = join(artifacts, download.suggestedFilename());
  await download.saveAs(bundlePath);
  const bundle = JSON.parse(readFileSync(bundlePath, "utf8"));
  eq(bundle.format, "pionniers-bundle", "bundle format");
  for (const [format, expected] of [
    ["netscape", "<!DOCTYPE NETSCAPE-Bookmark-file-1>"],
    ["csv", "Mutualiser l'hébergement des associations"],
    ["markdown", "# État de l'art"],
  ] as const) {
    const [file] = await Promise.all([
      library.waitForEvent("download"),
      library.click(`[data-format=${format}]`),
    ]);
    const path = join(artifacts, file.suggestedFilename());
    await file.saveAs(path);
    check(readFileSync(path, "utf8").includes(expected), `${format} export contains ${expected}`);
  }
  await shot(library, "transfer-fr", true);
});

test("import the bundle into a fresh English profile: identical library", async () => {
  en = await launchProfile(build, "en-US");
  const welcome =
    en.context.pages().find((p) => p.url().includes("library.html#welcome")) ??
    (await en.context.waitForEvent("page", {
      predicate: (p) => p.url().includes("library.html#welcome"),
      timeout: 10_000,
    }));
  await welcome.waitForSelector("#welcome-name");
  check((await welcome.textContent("h1"))?.includes("Welcome to Pionniers"), "welcome in English");
  await welcome.setViewportSize({ width: 900, height: 760 });
  await welcome.fill("#welcome-name", "Sam");
  await welcome.fill("#welcome-association", "Open Commons");
  await shot(welcome, "welcome-en", true);
  await welcome.getByRole("button", { name: "Let's go" }).click();
  await welcome.waitForSelector("#search");
  await welcome.goto(en.url("library.html#transfer"));
  await welcome.reload();
  await welcome.setInputFiles("#import-file", bundlePath);
  await welcome.waitForSelector("[data-testid=transfer-report]");
  const report = (await welcome.textContent("[data-testid=transfer-report]")) ?? "";
  check(report.startsWith("Import done"), report);
  const strip = (list: ClipSummary[]) => list.map((c) => JSON.stringify(c)).sort();
  eq(strip(await rows(welcome)), strip(await rows(library)), "clips after import");
  eq(
    (await call<{ id: string }[]>(welcome, "listStories", {})).map((s) => s.id),
    (await call<{ id: string }[]>(library, "listStories", {})).map((s) => s.id),
    "stories after import",
  );
  // Themes as stored (the bundles' changes): the English welcome's examples are the very same
  // rows as the French pioneer's, so importing renames nothing.
  const themeRows = async (page: Page) => {
    const { text } = await call<{ text: string }>(page, "exportLibrary", { format: "bundle" });
    const { changes } = JSON.parse(text) as { changes: { collection: string }[] };
    return changes
      .filter((c) => c.collection === "themes")
      .map((c) => JSON.stringify(c))
      .sort();
  };
  eq(await themeRows(welcome), await themeRows(library), "themes after import");
  const shown = await call<{ id: string; name: string }[]>(welcome, "listThemes", {});
  check(
    shown.some((t) => t.id === "theme-common-hosting" && t.name === "Common hosting"),
    `an untouched example theme reads in English: ${JSON.stringify(shown)}`,
  );
  await welcome.goto(en.url("library.html#clips"));
  await welcome.reload();
  await welcome.waitForSelector("[data-clip-id]");
  await shot(welcome, "library-en", true);
  const tabId = await openArticle(en, "/shared-hosting/");
  const popup = await openPopup(en, tabId);
  await popup.waitForSelector("text=Kept in your library");
  await shot(popup, "popup-en", true);
  await popup.close();
});

test("import a Netscape bookmark file exported by Firefox", async () => {
  const before = (await rows(library)).length;
  await library.goto(fr.url("library.html#transfer"));
  await library.reload();
  await library.setInputFiles("#import-file", join(root, "test/fixtures/bookmarks-firefox.html"));
  await library.waitForSelector("[data-testid=transfer-report]");
  const report = (await library.textContent("[data-testid=transfer-report]")) ?? "";
  check(report.startsWith("Import terminé : 4 ajoutée(s)"), report);
  eq((await rows(library)).length, before + 4, "four bookmarks added");
  const [nextcloud] = await rows(library, { text: "nextcloud" });
  check(nextcloud?.tags.includes("cloud"), "tags kept");
  const themes = await call<{ id: string; name: string }[]>(library, "listThemes", {});
  const data = themes.find((t) => t.name === "Outils de partage de données");
  check(data && nextcloud?.themeIds.includes(data.id), "the folder matched the existing theme");
});

test("a French browser's pioneer can choose English in the settings", async () => {
  await library.goto(fr.url("library.html#settings"));
  await library.reload();
  await library.selectOption("#settings-language", "en");
  await Promise.all([
    library.waitForEvent("load"),
    library.getByRole("button", { name: "Enregistrer" }).click(),
  ]);
  await library.waitForSelector("#settings-title");
  eq(
    await library.textContent("#settings-title"),
    "Settings",
    "settings heading after choosing English",
  );
  await assertAccessible(library, "settings");
  await library.selectOption("#settings-language", "auto");
  await Promise.all([
    library.waitForEvent("load"),
    library.getByRole("button", { name: "Save" }).click(),
  ]);
  await library.waitForSelector("#settings-title");
  eq(await library.textContent("#settings-title"), "Réglages", "back to the browser's French");
});

test("web-ext lint reports no error on the Firefox build", async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      join(root, "../../node_modules/web-ext/bin/web-ext.js"),
      "lint",
      "--source-dir",
      join(root, "dist/firefox"),
      "--output",
      "json",
      "--no-config-discovery",
    ],
    { maxBuffer: 1 << 24 },
  ).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? "{}" }));
  const report = JSON.parse(stdout) as {
    errors: { code: string; message: string }[];
    warnings: unknown[];
  };
  eq(
    report.errors.map((e) => `${e.code}: ${e.message}`),
    [],
    "web-ext lint errors",
  );
});

// The toolbox pages (backlog, maturity, activities, mission) on their own profile.
registerToolboxTests(build);
// Sync with the real hub and two profiles (its own hub, profiles and pages).
registerSyncTests(build);
const failed = await runTests();
if (a11y.length) console.log(`axe: ${a11y.join("; ")}`);
await fr?.close().catch(() => undefined);
await en?.close().catch(() => undefined);
await server.close();
process.exit(failed ? 1 : 0);
