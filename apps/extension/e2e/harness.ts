// End-to-end harness: a static server on 127.0.0.1 for the real article pages, a throwaway
// Chromium profile with the unpacked build, axe-core injected into extension pages, and a tiny
// test runner that ends with "N passed, M failed".
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page, type Worker } from "playwright-core";
import { webPagesDir } from "../test/web-pages.ts";

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export const root = fileURLToPath(new URL("..", import.meta.url));
export const artifacts = join(root, "artifacts");
/**
 * Where the guides' screenshots go: `docs/images` when refreshing the guides
 * (`npm run e2e:guide`), else `artifacts/guide`, so a test run leaves the repository untouched.
 */
export const docsImages =
  process.env.PIONNIERS_GUIDE_IMAGES === "1"
    ? join(root, "../../docs/images")
    : join(artifacts, "guide");

/** Extra pages the tests need besides the real articles. */
const extraPages: Record<string, string> = {
  "/shared-hosting/": `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>How five charities pooled their hosting | Commons Network</title>
    <meta property="og:site_name" content="Commons Network"><meta property="og:title" content="How five charities pooled their hosting">
    <meta name="author" content="Alex Morgan"><meta property="article:published_time" content="2025-10-02"></head>
    <body><article><h1>How five charities pooled their hosting</h1><p>Five small charities share one server, one backup plan and a rota of volunteers who keep it running. Here is what it cost, what went wrong and what they would do again.</p></article></body></html>`,
  "/accents/": `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mutualiser l'hébergement des associations - Réseau Entraide</title>
    <meta property="og:site_name" content="Réseau Entraide"><meta name="author" content="Camille Roux">
    <meta property="article:published_time" content="2026-03-14T09:00:00+01:00"></head>
    <body><article><h1>Mutualiser l'hébergement</h1><p>Une coopérative d'hébergement éthique pour les associations de l'économie sociale et solidaire : serveurs partagés, sauvegardes et maintenance assurées par des bénévoles formés.</p>
    <p>La mutualisation réduit les coûts et renforce l'autonomie numérique de chaque structure adhérente, sans dépendre d'un géant du numérique.</p>
    <p>Ce guide détaille les étapes : inventaire des besoins, choix d'un hébergeur associatif, migration des données, et formation des équipes bénévoles à l'administration quotidienne.</p></article></body></html>`,
};

/** Serves the article pages at `/NAME/` (any query string) from 127.0.0.1 on a free port. */
export async function serveWebPages(): Promise<{ base: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const extra = extraPages[path];
    if (extra) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(extra);
      return;
    }
    const name = /^\/([a-z0-9-]+)\/$/.exec(path)?.[1];
    try {
      if (!name) throw new Error("not found");
      const html = readFileSync(join(webPagesDir, name, "source.html"));
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/**
 * The build a test profile loads: dist/chrome as shipped, plus host access to 127.0.0.1 only.
 * A pioneer grants `activeTab` by clicking the toolbar button, the shortcut or the menu; a
 * headless test cannot make that gesture, so this copy holds the equivalent grant for the
 * local test server and nothing else. Everything else is byte-identical to the store build.
 */
export function testBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), "pionniers-ext-"));
  cpSync(join(root, "dist/chrome"), dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
  manifest.host_permissions = ["http://127.0.0.1/*"];
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest, null, 2));
  return dir;
}

/** A Chromium profile with the extension loaded. */
export interface Profile {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium (Debian's, or `CHROMIUM_PATH`) on a fresh profile.
 *
 * The profile speaks `locale` from its first instant through its preferred languages
 * (`intl.accept_languages`, written before launch), which every page and the service worker
 * read as `navigator.languages`. Neither `--lang` (ignored on Linux) nor Playwright's `locale`
 * can do that: the latter is an emulation applied to each page once Playwright attaches to it,
 * and the welcome tab the extension opens on install can start before that (the first test
 * then saw English). The browser's own interface — date fields, "Choose file" — follows the
 * `LANGUAGE` environment variable on Linux, given the locale pack (Debian's chromium-l10n).
 */
export async function launchProfile(extensionDir: string, locale = "fr-FR"): Promise<Profile> {
  const profileDir = mkdtempSync(join(tmpdir(), "pionniers-profile-"));
  const language = locale.split("-")[0]!;
  mkdirSync(join(profileDir, "Default"));
  writeFileSync(
    join(profileDir, "Default/Preferences"),
    JSON.stringify({ intl: { accept_languages: `${locale},${language}` } }),
  );
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    locale,
    env: { ...process.env, LANGUAGE: language },
    viewport: { width: 1200, height: 800 },
    ignoreDefaultArgs: ["--disable-extensions"],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--lang=${locale}`,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  // Nothing leaves the machine: only 127.0.0.1 and the extension itself are reachable.
  await context.route(/^(https?|wss?):\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent("serviceworker");
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    url: (path) => `chrome-extension://${extensionId}/${path}`,
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Sends a typed message to the background from an extension page, as the UI does. */
export async function call<T>(page: Page, type: string, payload: unknown): Promise<T> {
  const reply = await page.evaluate(
    ([type, payload]) => chrome.runtime.sendMessage({ type, payload }),
    [type, payload] as const,
  );
  const r = reply as { ok: boolean; value?: T; error?: { message: string } };
  if (!r.ok) throw new Error(r.error?.message ?? "no reply");
  return r.value as T;
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function axe(
  page: Page,
): Promise<{ id: string; impact: string; help: string; nodes: number }[]> {
  // evaluate() is not subject to the extension pages' CSP, unlike an injected <script>.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const r = await (
      globalThis as unknown as {
        axe: {
          run: () => Promise<{
            violations: { id: string; impact: string; help: string; nodes: unknown[] }[];
          }>;
        };
      }
    ).axe.run();
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

type Test = { name: string; fn: () => Promise<void> };
const tests: Test[] = [];

/** Declares an end-to-end test (run in order: later ones build on earlier state). */
export function test(name: string, fn: () => Promise<void>): void {
  tests.push({ name, fn });
}

/** Runs the declared tests; prints each, then `N passed, M failed`; returns the failures. */
export async function runTests(): Promise<number> {
  let passed = 0;
  let failed = 0;
  for (const t of tests) {
    const t0 = performance.now();
    try {
      await t.fn();
      passed++;
      console.log(`  ✓ ${t.name} (${Math.round(performance.now() - t0)} ms)`);
    } catch (e) {
      failed++;
      console.log(
        `  ✗ ${t.name}\n      ${String((e as Error)?.stack ?? e)
          .split("\n")
          .slice(0, 4)
          .join("\n      ")}`,
      );
    }
  }
  // The root test runner sums this report with the Vitest ones.
  mkdirSync(join(root, "test-results"), { recursive: true });
  writeFileSync(
    join(root, "test-results/e2e.json"),
    JSON.stringify({ numPassedTests: passed, numFailedTests: failed, numPendingTests: 0 }),
  );
  console.log(`${passed} passed, ${failed} failed`);
  return failed;
}

/** Fails with a message a person can act on. */
export function check(ok: unknown, message: string): asserts ok {
  if (!ok) throw new Error(message);
}

export function eq<T>(actual: T, expected: T, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
