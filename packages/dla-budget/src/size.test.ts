// The package ships inside a browser extension: its main entry must stay ≤ 10 kB min+gzip
// (measured like scripts/check-packages.mjs, but from source so no build is needed).
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { expect, it } from "vitest";

it("keeps the main entry under 10 kB min+gzip, with no runtime dependency", async () => {
  const result = await build({
    entryPoints: [new URL("./index.ts", import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    platform: "neutral",
    metafile: true,
    logLevel: "silent",
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs.filter((f) => f.includes("node_modules"))).toEqual([]);
  const bytes = gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
  expect(bytes).toBeLessThanOrEqual(10 * 1024);
});
