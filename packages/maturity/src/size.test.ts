// The main entry must stay within 10 kB min+gzip and carry none of the model's texts: those
// live behind `@pionniers/maturity/model`. Same measure as scripts/check-packages.mjs.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { expect, test } from "vitest";

async function bundle(entry: string) {
  const result = await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
    external: ["valibot"],
    logLevel: "silent",
  });
  return result.outputFiles[0]!;
}

test("the main entry is under 10 kB min+gzip and holds no model text", async () => {
  const main = await bundle("./index.ts");
  expect(gzipSync(main.contents, { level: 9 }).length).toBeLessThan(10 * 1024);
  expect(main.text).not.toContain("Partage de l'information");
  const data = await bundle("./model/index.ts");
  expect(data.text).toContain("Partage de l'information");
});
