// Bundles the hub into one CommonJS file (esbuild, ~1 s) so that child processes start in a
// fraction of the time tsx needs — the fault test restarts the hub 20 times, benches spawn it.
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const hubDir = fileURLToPath(new URL("..", import.meta.url));

/** Builds `src/main.ts` and returns the bundle's path (under node_modules/.cache). */
export async function bundleHub(): Promise<string> {
  const outfile = `${hubDir}node_modules/.cache/hub-bundle/main-${process.pid}.cjs`;
  await build({
    entryPoints: [`${hubDir}src/main.ts`],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    conditions: ["@pionniers/source"],
    // Native or optional modules stay outside and resolve from the workspace's node_modules.
    external: ["better-sqlite3", "pg-native"],
    outfile,
    logLevel: "error",
  });
  return outfile;
}
