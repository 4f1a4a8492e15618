#!/usr/bin/env node
// `npm start`: build every workspace (turbo, cached), then run the product — the sync hub on
// localhost with SQLite, and the browser extension loaded in Chromium or Firefox (or, on a
// machine without a display, where the build is and how to load it). Ctrl+C stops everything.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1" };

const built = spawnSync("npx", ["turbo", "run", "build"], { cwd: root, stdio: "inherit", env });
if (built.status !== 0) process.exit(built.status ?? 1);

/** Apps that can start, in the order they should: the hub first, so the extension can reach it. */
const apps = ["hub", "extension"].filter((name) => {
  const manifest = join(root, "apps", name, "package.json");
  return existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).scripts?.start;
});

if (apps.length === 0) {
  console.log("\nEverything is built: the libraries are in packages/*/dist. No app to start yet.");
  process.exit(0);
}

const children = apps.map((name) =>
  spawn("npm", ["run", "start", "--silent", "-w", `apps/${name}`], {
    cwd: root,
    stdio: "inherit",
    env,
  }),
);
let stopping = false;
const stop = (signal) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill(signal);
};
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
// The extension's start may end on its own (no display: it prints how to load the build);
// the hub keeps running until Ctrl+C. Exit when every child has ended.
let running = children.length;
for (const child of children) {
  child.on("exit", (code) => {
    running -= 1;
    if (code && !stopping) process.exitCode = code;
    if (running === 0) process.exit(process.exitCode ?? 0);
  });
}
