// End-to-end sync: the REAL hub (apps/hub, SQLite in a temporary directory, 127.0.0.1 on a
// free port) started and stopped by the test, its space and first invite made with the hub's
// own command line, and TWO Chromium profiles with the extension that join through the
// "Synchronisation" panel, clip, edit offline, sync and converge.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Clip } from "@pionniers/library";
import type { Page } from "playwright-core";
import type { ClipSummary, SyncView } from "../src/messages.ts";
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
  serveWebPages,
  test,
} from "./harness.ts";

declare const chrome: {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

const hubDir = join(root, "../hub");
const hubArgs = ["--conditions=@pionniers/source", "--import", "tsx", "src/main.ts"];

/** A free port on 127.0.0.1 (the hub restarts on the same one after being stopped). */
export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** The real hub as a child process, with its data directory and its command line. */
export function realHub(port: number, dataDir: string) {
  const env = {
    ...process.env,
    HUB_HOST: "127.0.0.1",
    HUB_PORT: String(port),
    HUB_DATA_DIR: dataDir,
    HUB_LOG_LEVEL: "warn",
  };
  let child: ChildProcess | undefined;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    async start() {
      child = spawn(process.execPath, [...hubArgs, "serve"], { cwd: hubDir, env, stdio: "pipe" });
      let log = "";
      child.stderr?.on("data", (d) => {
        log += d;
      });
      for (let i = 0; i < 200; i++) {
        if (child.exitCode !== null) throw new Error(`hub exited: ${log}`);
        const ok = await fetch(`${url}/health`).then(
          (r) => r.ok,
          () => false,
        );
        if (ok) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`hub did not start: ${log}`);
    },
    async stop() {
      const c = child;
      if (!c || c.exitCode !== null) return;
      await new Promise<void>((r) => {
        c.once("exit", () => r());
        c.kill("SIGTERM");
      });
    },
    /** `npm run hub -- ARGS`, without npm. */
    async cli(...args: string[]): Promise<string> {
      const { stdout } = await promisify(execFile)(process.execPath, [...hubArgs, ...args], {
        cwd: hubDir,
        env,
      });
      return stdout;
    },
  };
}

/**
 * Declares the sync tests (run in order, after the others).
 *
 * @param build the test build of the extension (dist/chrome plus 127.0.0.1 access)
 */
export function registerSyncTests(build: string): void {
  const dataDir = mkdtempSync(join(tmpdir(), "pionniers-hub-"));
  let hub!: ReturnType<typeof realHub>;
  let pages!: Awaited<ReturnType<typeof serveWebPages>>;
  let a!: Profile;
  let b!: Profile;
  let pageA!: Page;
  let pageB!: Page;
  let spaceId = "";
  let clipId = "";

  const shot = async (page: Page, name: string) => {
    const path = join(artifacts, `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    copyFileSync(path, join(docsImages, `${name}.png`));
  };
  const rows = async (page: Page, filter: object = {}) =>
    (await call<{ rows: ClipSummary[] }>(page, "queryClips", { ...filter, limit: 500 })).rows;
  const clip = (page: Page) => call<Clip>(page, "getClip", { id: clipId });
  /** Clicks "Synchroniser maintenant" and waits for the outcome the panel shows. */
  const syncByHand = async (page: Page) => {
    await page.getByRole("button", { name: "Synchroniser maintenant" }).click();
    await page.getByRole("button", { name: "Synchroniser maintenant" }).waitFor();
  };
  const syncNow = (page: Page) => call<SyncView>(page, "syncNow", {});

  async function openPanel(p: Profile, name: string): Promise<Page> {
    const page = await p.context.newPage();
    await page.goto(p.url("library.html#sync"));
    await call(page, "saveSettings", {
      settings: { welcomed: true, pioneerName: name, association: "La Ruche" },
    });
    await page.reload();
    await page.waitForSelector("#sync-title");
    page.on("dialog", (d) => void d.accept());
    return page;
  }

  async function joinVia(page: Page, code: string) {
    await page.fill("#sync-hub", hub.url);
    await page.fill("#sync-code", code);
    await page.getByRole("button", { name: "Rejoindre l'espace" }).click();
    await page.waitForSelector("[data-testid=sync-space]");
  }

  test("sync: the real hub starts on 127.0.0.1 and its command line creates the space", async () => {
    hub = realHub(await freePort(), dataDir);
    await hub.start();
    pages = await serveWebPages();
    const out = await hub.cli("space", "create", "Collectif des Monts");
    spaceId = /space (\S+) "/.exec(out)?.[1] ?? "";
    check(spaceId, `no space id in: ${out}`);
    check(/code: \S+/.test(out), `no invite code in: ${out}`);
    a = await launchProfile(build, "fr-FR");
    b = await launchProfile(build, "fr-FR");
    pageA = await openPanel(a, "Camille");
    pageB = await openPanel(b, "Sacha");
    const code = /code: (\S+)/.exec(out)![1]!;
    await shot(pageA, "sync-join-fr");
    await joinVia(pageA, code);
    eq(await pageA.textContent("[data-testid=sync-space]"), "Collectif des Monts", "space shown");
  });

  test("sync: an admin invites from the extension and the second profile joins with the code", async () => {
    await pageA.selectOption("#sync-invite-role", "member");
    await pageA.getByRole("button", { name: "Créer une invitation" }).click();
    const code = (await pageA.textContent("[data-testid=sync-invite-code]"))?.trim() ?? "";
    check(code.length > 8, "an invite code is shown");
    await joinVia(pageB, code);
    eq(await pageB.textContent("[data-testid=sync-space]"), "Collectif des Monts", "B joined");
    const serious = await axe(pageA);
    eq(
      serious.map((v) => v.id),
      [],
      "serious axe violations on the sync panel",
    );
    // The page never holds the token; storage does, for the background.
    const stored = await a.worker.evaluate(() => chrome.storage.local.get("pionniers.sync"));
    check(JSON.stringify(stored).includes("pio_"), "token kept in storage.local");
  });

  test("sync: A clips and tags, B syncs and finds it by full-text search", async () => {
    const article = await a.context.newPage();
    const url = `${pages.base}/accents/`;
    await article.goto(url);
    const tabId = await a.worker.evaluate(
      async (u) => (await chrome.tabs.query({ url: u }))[0]?.id,
      url,
    );
    const r = await call<{ status: string; clip: ClipSummary }>(pageA, "clipTab", {
      tabId,
      mode: "page",
    });
    eq(r.status, "saved", "A's clip");
    clipId = r.clip.id;
    await call(pageA, "addToClips", { ids: [clipId], field: "tags", values: ["hébergement"] });
    await syncByHand(pageA);
    await pageA.waitForFunction(
      () => document.querySelector("[data-testid=sync-pending]")?.textContent === "0",
    );
    await shot(pageA, "sync-status-fr");
    await syncByHand(pageB);
    await pageB.goto(b.url("library.html#clips"));
    await pageB.fill("#search", "mutualisation");
    await pageB.waitForFunction(
      () => document.querySelector("[data-testid=result-count]")?.textContent?.startsWith("1 "),
      undefined,
      { timeout: 15_000 },
    );
    check(
      (await pageB.textContent("[data-testid=clip-list]"))?.includes(
        "Mutualiser l'hébergement des associations",
      ),
      "B finds A's clip by a word of its text",
    );
    eq((await rows(pageB, { text: "mutualisation" }))[0]?.tags, ["hébergement"], "A's tag on B");
    await pageB.goto(b.url("library.html#sync"));
    await pageB.waitForSelector("[data-testid=sync-space]");
  });

  test("sync: A and B edit different fields and add tags while the hub is down → both edits on both", async () => {
    await hub.stop();
    await call(pageA, "updateClip", { ids: [clipId], patch: { title: "Titre choisi par A" } });
    await call(pageA, "addToClips", { ids: [clipId], field: "tags", values: ["de-a"] });
    await call(pageB, "updateClip", { ids: [clipId], patch: { note: "Note écrite par B" } });
    await call(pageB, "addToClips", { ids: [clipId], field: "tags", values: ["de-b"] });
    const down = await syncNow(pageB);
    eq(down.error?.code, "offline", "B sees the hub unreachable");
    await pageB.waitForSelector("[data-testid=sync-error]");
    check(
      (await pageB.textContent("[data-testid=sync-error]"))?.includes("Le hub est injoignable"),
      "the error in plain French",
    );
    check(Number(await pageB.textContent("[data-testid=sync-pending]")) > 0, "pending shown");
    await shot(pageB, "sync-offline-fr");
    await hub.start();
    await syncNow(pageA);
    await syncNow(pageB);
    await syncNow(pageA);
    for (const [name, page] of [
      ["A", pageA],
      ["B", pageB],
    ] as const) {
      const c = await clip(page);
      eq(c.title, "Titre choisi par A", `${name}: A's title`);
      eq(c.note, "Note écrite par B", `${name}: B's note`);
      eq(c.tags, ["de-a", "de-b", "hébergement"], `${name}: both tags kept`);
    }
    await pageB.waitForFunction(
      () => !document.querySelector("[data-testid=sync-error]"),
      undefined,
      { timeout: 5000 },
    );
  });

  test("sync: a deletion goes to both trashes and can be restored", async () => {
    await call(pageA, "trashClips", { ids: [clipId] });
    await syncNow(pageA);
    await syncNow(pageB);
    check(!(await rows(pageB)).some((c) => c.id === clipId), "gone from B's live list");
    check(
      (await rows(pageB, { trash: true })).some((c) => c.id === clipId),
      "in B's trash",
    );
    check(
      (await rows(pageA, { trash: true })).some((c) => c.id === clipId),
      "in A's trash",
    );
    await call(pageB, "restoreClips", { ids: [clipId] });
    await syncNow(pageB);
    await syncNow(pageA);
    check(
      (await rows(pageA)).some((c) => c.id === clipId),
      "restored on A",
    );
  });

  test("sync: made observer by the admin, B reads but its edits stay local, and the panel says so", async () => {
    await pageA.reload();
    await pageA.waitForSelector("[data-member^=Sacha] select");
    await pageA.selectOption("[data-member^=Sacha] select", "observer");
    await pageA.waitForFunction(
      () =>
        (document.querySelector("[data-member^=Sacha] select") as HTMLSelectElement | null)
          ?.value === "observer",
    );
    await call(pageA, "updateClip", { ids: [clipId], patch: { title: "Titre relu par A" } });
    await syncNow(pageA);
    await call(pageB, "updateClip", { ids: [clipId], patch: { note: "Note de l'observateur" } });
    const v = await syncNow(pageB);
    check(v.readOnly, "B is read-only");
    eq((await clip(pageB)).title, "Titre relu par A", "the observer still reads");
    await pageB.waitForSelector("[data-testid=sync-readonly]");
    check(
      (await pageB.textContent("[data-testid=sync-readonly]"))?.includes(
        "vos modifications restent sur cet appareil",
      ),
      "a clear read-only message",
    );
    await shot(pageB, "sync-observer-fr");
    await syncNow(pageA);
    eq((await clip(pageA)).note, "Note écrite par B", "the observer's note did not reach A");
  });

  test("sync: a member of another space cannot read this one (404)", async () => {
    const out = await hub.cli("space", "create", "Autre collectif");
    const code = /code: (\S+)/.exec(out)![1]!;
    const joined = (await (
      await fetch(`${hub.url}/v1/join`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ code, name: "Intrus" }),
      })
    ).json()) as { token: string };
    const res = await fetch(`${hub.url}/v1/spaces/${spaceId}/changes?since=`, {
      headers: { authorization: `Bearer ${joined.token}` },
    });
    eq(res.status, 404, "another space's member reading this one");
    const body = (await res.json()) as { error?: { message?: string } };
    check(!JSON.stringify(body).includes("Mutualiser"), "no data in the refusal");
  });

  test("sync: joining a second space says the whole library goes there and asks first; switching back asks too", async () => {
    const out = await hub.cli("space", "create", "Collectif voisin");
    const code = /code: (\S+)/.exec(out)![1]!;
    await pageA.reload();
    await pageA.getByRole("button", { name: "Rejoindre un autre espace" }).click();
    const warning = (await pageA.textContent("[data-testid=sync-other-space]")) ?? "";
    check(
      warning.includes("toute votre bibliothèque") && warning.includes("Collectif des Monts"),
      `the warning names what goes where: ${warning}`,
    );
    eq(
      (await axe(pageA)).map((v) => v.id),
      [],
      "serious axe violations on the second-space warning",
    );
    await pageA.fill("#sync-hub", hub.url);
    await pageA.fill("#sync-code", code);
    await pageA.getByRole("button", { name: "Rejoindre l'espace" }).click();
    // Not agreed yet: the browser keeps the form (a required box), nothing is joined.
    check(
      await pageA.$eval(
        "#sync-other-space-ok",
        (el) => (el as HTMLInputElement).validity.valueMissing,
      ),
      "the agreement box is required",
    );
    eq(await pageA.textContent("[data-testid=sync-space]"), "Collectif des Monts", "still there");
    await pageA.check("#sync-other-space-ok");
    await pageA.getByRole("button", { name: "Rejoindre l'espace" }).click();
    await pageA.waitForFunction(
      () => document.querySelector("[data-testid=sync-space]")?.textContent === "Collectif voisin",
    );
    // Switching back asks first, naming both spaces (the panel's dialogs are accepted).
    const asked: string[] = [];
    pageA.on("dialog", (d) => void asked.push(d.message()));
    const back = await pageA
      .locator("#sync-switch option", { hasText: "Collectif des Monts" })
      .getAttribute("value");
    await pageA.selectOption("#sync-switch", back!);
    await pageA.waitForFunction(
      () =>
        document.querySelector("[data-testid=sync-space]")?.textContent === "Collectif des Monts",
    );
    check(
      asked.some((m) => m.includes("Collectif des Monts") && m.includes("Collectif voisin")),
      `switch confirmation: ${asked.join(" | ")}`,
    );
  });

  test("sync: B leaves the space; A sees the access gone; B keeps its clips", async () => {
    await pageB.reload();
    await pageB.getByRole("button", { name: "Quitter l'espace" }).click();
    await pageB.waitForSelector("[data-testid=sync-join]");
    check(
      (await rows(pageB)).some((c) => c.id === clipId),
      "B's clips stay",
    );
    await pageA.reload();
    await pageA.waitForSelector("[data-member^=Sacha]");
    check(
      (await pageA.textContent("[data-member^=Sacha]"))?.includes("Accès retiré"),
      "A's member list shows B left",
    );
    // The same panel in English, for the English guide.
    await call(pageA, "saveSettings", { settings: { language: "en" } });
    await pageA.reload();
    await pageA.waitForSelector("[data-member^=Sacha]");
    eq(await pageA.textContent("#sync-title"), "Sync with the collective", "English panel");
    // The settings change is itself a change to send: shown once it has gone.
    await pageA.waitForFunction(
      () => document.querySelector("[data-testid=sync-pending]")?.textContent === "0",
      undefined,
      { timeout: 15_000 },
    );
    await shot(pageA, "sync-status-en");
    await a.close();
    await b.close();
    await pages.close();
    await hub.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
}
