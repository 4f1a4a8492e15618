// The package ships inside a browser extension: its main entry must stay ≤ 10 kB min+gzip
// (measured like scripts/check-packages.mjs, but from source so no build is needed). The quote
// entry is exempt from that budget but held to it too.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { expect, it } from "vitest";

it.each(["index.ts", "quote.ts"])(
  "keeps %s (with all it uses) under 10 kB min+gzip, with no runtime dependency",
  async (entry) => {
    const result = await build({
      entryPoints: [new URL(`./${entry}`, import.meta.url).pathname],
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
  },
);
