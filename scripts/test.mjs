#!/usr/bin/env node
// `npm test`: everything a change must pass, in the order that fails fastest —
// lint, type checks and unit tests of every workspace (turbo), the published-package check,
// the end-to-end suites in real browsers, the workspace-wide tests (`npm start` among them),
// and last a check that every build they ran is cached (a second `npm run build` does nothing).
// Ends with one plain summary line over every Vitest run: "Tests: N passed, M failed".
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1" };

function step(title, cmd, args) {
  console.log(`\n━━ ${title}\n`);
  const { status } = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env });
  if (status !== 0) {
    console.error(`\nnpm test: "${title}" failed (exit ${status})`);
    summary();
    process.exit(status ?? 1);
  }
}

/** Sums the JSON reports every Vitest run leaves in <workspace>/test-results/vitest.json. */
function summary() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const reports = ["packages", "apps"]
    .flatMap((group) =>
      existsSync(join(root, group))
        ? readdirSync(join(root, group)).map((d) => join(root, group, d))
        : [],
    )
    .concat([join(root, "scripts")])
    .flatMap((dir) => ["vitest.json", "e2e.json"].map((f) => join(dir, "test-results", f)))
    .filter(existsSync);
  for (const file of reports) {
    const report = JSON.parse(readFileSync(file, "utf8"));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  }
  console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}

step("lint (Biome)", "npx", ["biome", "check", "."]);
step("type checks and unit tests (every workspace)", "npx", ["turbo", "run", "typecheck", "test"]);
step("published-package check", "npm", ["run", "check:packages"]);
step("end-to-end tests (real browsers)", "npx", ["turbo", "run", "e2e"]);
// After the builds above: `npm start` is among these tests and finds everything built.
step("workspace tests (across packages, npm start)", "npx", [
  "vitest",
  "run",
  "--config",
  "scripts/vitest.config.ts",
]);
step("a second build is served from turbo's cache", process.execPath, [
  "-e",
  `const { execFileSync } = require("node:child_process");
  const dry = JSON.parse(execFileSync("npx", ["turbo", "run", "build", "--dry=json"], { encoding: "utf8" }));
  const missed = dry.tasks.filter((t) => t.command !== "<NONEXISTENT>" && t.cache.status !== "HIT");
  for (const t of dry.tasks) if (t.command !== "<NONEXISTENT>") console.log(t.cache.status, t.taskId);
  if (missed.length > 0) { console.error("not cached: " + missed.map((t) => t.taskId).join(", ")); process.exit(1); }`,
]);
summary();
