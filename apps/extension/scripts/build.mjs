// Builds the extension: four bundles (background, content script as an IIFE, popup, library
// page), the static files and _locales, then dist/chrome and dist/firefox with their
// generated manifests. `--zip` also writes the store packages. `--watch` rebuilds on change.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { iconPng } from "./icons.mjs";
import { chromeManifest, firefoxManifest } from "./manifest.mjs";
import { zipDir } from "./zip.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const zip = process.argv.includes("--zip");

const common = {
  bundle: true,
  minify: true,
  format: "iife",
  target: ["chrome120", "firefox140"],
  // Workspace packages are bundled from their source: no build order to respect.
  conditions: ["@pionniers/source", "browser", "import", "default"],
  jsx: "automatic",
  jsxImportSource: "preact",
  legalComments: "none",
  charset: "utf8",
  logLevel: "warning",
  metafile: true,
  define: { "process.env.NODE_ENV": '"production"' },
};

const entries = {
  background: "src/entrypoints/background/index.ts",
  content: "src/entrypoints/content/index.ts",
  popup: "src/entrypoints/popup/index.tsx",
  library: "src/entrypoints/library/index.tsx",
};

const t0 = performance.now();
rmSync(dist, { recursive: true, force: true });
const common_dir = join(dist, "common");
mkdirSync(join(common_dir, "icons"), { recursive: true });
const results = await Promise.all(
  Object.entries(entries).map(([name, entry]) =>
    esbuild.build({ ...common, entryPoints: { [name]: join(root, entry) }, outdir: common_dir }),
  ),
);
for (const page of ["popup", "library"])
  cpSync(join(root, `src/entrypoints/${page}/${page}.html`), join(common_dir, `${page}.html`));
cpSync(join(root, "_locales"), join(common_dir, "_locales"), { recursive: true });
for (const size of [16, 32, 48, 128])
  writeFileSync(join(common_dir, `icons/icon-${size}.png`), iconPng(size));

for (const [browser, manifest] of [
  ["chrome", chromeManifest],
  ["firefox", firefoxManifest],
]) {
  const out = join(dist, browser);
  cpSync(common_dir, out, { recursive: true });
  writeFileSync(join(out, "manifest.json"), `${JSON.stringify(manifest(version), null, 2)}\n`);
  if (zip) zipDir(out, join(dist, `pionniers-${browser}-${version}.zip`));
}
rmSync(common_dir, { recursive: true, force: true });

const sizes = results.flatMap((r) =>
  Object.entries(r.metafile.outputs).map(
    ([file, o]) => `${file.split("/").pop()} ${(o.bytes / 1024).toFixed(1)} kB`,
  ),
);
console.log(
  `built dist/chrome and dist/firefox in ${Math.round(performance.now() - t0)} ms: ${sizes.join(", ")}`,
);
if (zip)
  console.log(
    `packages: dist/pionniers-chrome-${version}.zip, dist/pionniers-firefox-${version}.zip`,
  );
