import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

async function bundle(code: string): Promise<string> {
  const out = await build({
    stdin: { contents: code, resolveDir: new URL(".", import.meta.url).pathname, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    external: ["valibot"],
    treeShaking: true,
    logLevel: "silent",
  });
  return out.outputFiles[0]?.text ?? "";
}

describe("bundle budget", () => {
  it("keeps the main entry under 10 kB min+gzip, without the built-in catalog", async () => {
    const main = await bundle('export * from "./index.ts";');
    expect(gzipSync(main).length).toBeLessThan(10 * 1024);
    expect(main).not.toContain("Photolangage");
  });

  it("lets someone composing with their own catalog skip the built-in one", async () => {
    const app = await bundle(
      'import { composeAgenda } from "./index.ts"; console.log(composeAgenda({ catalog: [], minutes: 60 }));',
    );
    expect(app).not.toContain("world-cafe");
  });
});
