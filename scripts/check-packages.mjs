#!/usr/bin/env node
// Holds every published package (packages/*) to the shape a developer installing it from npm
// relies on. For each package, after `npm run build`:
//   1. publint --strict and attw --pack (types and runtime agree for import and require);
//   2. npm pack, install all tarballs into a fresh project OUTSIDE the workspace, then
//      load every export with `import` and with `require`, and type-check a consumer of every
//      export with tsc under moduleResolution NodeNext (ESM and CJS files) and Bundler;
//   3. size budget: each package's main entry, minified and gzipped, is measured twice — its
//      own code (dependencies external) and what users ship (dependencies bundled; optional
//      peers stay external) — and what users ship must stay within BUDGET_BYTES. Only when the
//      dependencies alone exceed the budget is it held on the package's own code instead.
// A package that only works inside the monorepo fails here.
//
// Usage: node scripts/check-packages.mjs [package-dir …]   (default: every packages/* dir)
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = resolve(import.meta.dirname, "..");
const bin = (name) => join(root, "node_modules", ".bin", name);
const BUDGET_BYTES = 10 * 1024;

const dirs = (
  process.argv.length > 2
    ? process.argv.slice(2).map((d) => resolve(d))
    : readdirSync(join(root, "packages")).map((d) => join(root, "packages", d))
).filter((d) => existsSync(join(d, "package.json")) && existsSync(join(d, "src")));

if (dirs.length === 0) {
  console.log("check-packages: no package with sources yet, nothing to check");
  process.exit(0);
}

const failures = [];
const fail = (pkg, step, detail) => {
  failures.push(`${pkg}: ${step}`);
  console.error(`\n✗ ${pkg}: ${step}\n${detail}`);
};

/** Runs a command; returns its output, or records a failure and returns null. */
function run(pkg, step, cmd, args, options = {}) {
  try {
    return execFileSync(cmd, args, { encoding: "utf8", stdio: "pipe", ...options });
  } catch (error) {
    fail(pkg, step, `${error.stdout ?? ""}${error.stderr ?? ""}`.trim() || String(error));
    return null;
  }
}

const manifests = dirs.map((dir) => ({
  dir,
  manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")),
}));

/** Export subpaths other than ./package.json, e.g. [".", "./dexie"]. */
const subpaths = (manifest) =>
  Object.keys(manifest.exports ?? {}).filter((s) => s !== "./package.json");
const specifier = (name, sub) => (sub === "." ? name : `${name}/${sub.slice(2)}`);

// 1. publint and attw, package by package.
for (const { dir, manifest } of manifests) {
  const name = manifest.name;
  if (!existsSync(join(dir, "dist"))) {
    fail(name, "not built", `run \`npm run build\` first (no ${join(dir, "dist")})`);
    continue;
  }
  if (run(name, "publint --strict", bin("publint"), ["--strict", dir]) !== null)
    console.log(`✓ ${name}: publint --strict`);
  // node10 resolution predates `exports` and cannot see subpath entries: checked profile node16
  // (node16-cjs, node16-esm) plus bundler, which is what TypeScript users resolve with today.
  if (
    run(name, "attw --pack", bin("attw"), [
      "--pack",
      dir,
      "--profile",
      "node16",
      "--format",
      "table-flipped",
    ]) !== null
  ) {
    console.log(`✓ ${name}: attw --pack (node16 + bundler)`);
  }
}

// 2. Pack, install outside the workspace, load and type-check.
const work = mkdtempSync(join(tmpdir(), "pionniers-consumer-"));
const tarballs = join(work, "tarballs");
mkdirSync(tarballs);
for (const { dir, manifest } of manifests) {
  run(manifest.name, "npm pack", "npm", ["pack", "--silent", "--pack-destination", tarballs], {
    cwd: dir,
  });
}
const consumer = join(work, "consumer");
mkdirSync(consumer);
writeFileSync(
  join(consumer, "package.json"),
  JSON.stringify({ name: "consumer", private: true }, null, 2),
);
const optionalPeers = manifests.flatMap(({ manifest }) =>
  Object.entries(manifest.peerDependencies ?? {}).map(([peer, range]) => `${peer}@${range}`),
);
const tgz = readdirSync(tarballs).map((f) => join(tarballs, f));
const installed = run(
  "consumer",
  "npm install of the packed tarballs",
  "npm",
  [
    "install",
    "--no-audit",
    "--no-fund",
    "--prefer-offline",
    "--ignore-scripts",
    ...tgz,
    ...optionalPeers,
  ],
  { cwd: consumer },
);

if (installed !== null) {
  for (const { manifest } of manifests) {
    for (const sub of subpaths(manifest)) {
      const spec = specifier(manifest.name, sub);
      const esm = `const m = await import(${JSON.stringify(spec)}); if (Object.keys(m).length === 0) throw new Error("no exports");`;
      const cjs = `const m = require(${JSON.stringify(spec)}); if (Object.keys(m).length === 0) throw new Error("no exports");`;
      if (
        run(
          spec,
          "import (ESM) outside the workspace",
          "node",
          ["--input-type=module", "-e", esm],
          { cwd: consumer },
        ) !== null &&
        run(spec, "require (CJS) outside the workspace", "node", ["-e", cjs], { cwd: consumer }) !==
          null
      ) {
        console.log(`✓ ${spec}: import and require outside the workspace`);
      }
    }
  }

  const imports = manifests.flatMap(({ manifest }) =>
    subpaths(manifest).map((sub, i) => ({
      spec: specifier(manifest.name, sub),
      alias: `${manifest.name.replace(/\W/g, "_")}_${i}`,
    })),
  );
  const body = (kind) =>
    `${imports
      .map(({ spec, alias }) =>
        kind === "cjs"
          ? `import ${alias} = require(${JSON.stringify(spec)});`
          : `import * as ${alias} from ${JSON.stringify(spec)};`,
      )
      .join(
        "\n",
      )}\nexport const loaded: number = [${imports.map(({ alias }) => `Object.keys(${alias}).length`).join(", ")}].length;\n`;
  writeFileSync(join(consumer, "esm.mts"), body("esm"));
  writeFileSync(join(consumer, "cjs.cts"), body("cjs"));
  writeFileSync(join(consumer, "bundler.ts"), body("esm"));
  const common = {
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    target: "ES2022",
    lib: ["ES2023", "DOM"],
    types: [],
  };
  const configs = {
    "tsconfig.nodenext.json": {
      compilerOptions: { ...common, module: "NodeNext", moduleResolution: "NodeNext" },
      files: ["esm.mts", "cjs.cts"],
    },
    "tsconfig.bundler.json": {
      compilerOptions: { ...common, module: "ESNext", moduleResolution: "Bundler" },
      files: ["bundler.ts"],
    },
  };
  for (const [file, config] of Object.entries(configs)) {
    writeFileSync(join(consumer, file), JSON.stringify(config, null, 2));
    if (
      run("consumer", `tsc -p ${file}`, bin("tsc"), ["-p", join(consumer, file)], {
        cwd: consumer,
      }) !== null
    ) {
      console.log(
        `✓ every package type-checks in a consumer (${file.replace(/tsconfig\.|\.json/g, "")})`,
      );
    }
  }
}
rmSync(work, { recursive: true, force: true });

// 3. Size budgets: what users ship (dependencies bundled) and the package's own code.
/** Bytes of an entry, minified and gzipped, with `external` left out of the bundle. */
async function gzippedSize(path, external) {
  const result = await build({
    entryPoints: [path],
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    platform: "neutral",
    mainFields: ["module", "main"],
    external,
    logLevel: "silent",
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}
const kB = (bytes) => (bytes / 1024).toFixed(2).padStart(6);
console.log(
  "\nsize, min+gzip: shipped (dependencies bundled) · own code (dependencies external)" +
    `\nbudget ${BUDGET_BYTES / 1024} kB on what the main entry ships`,
);
for (const { dir, manifest } of manifests) {
  const deps = Object.keys(manifest.dependencies ?? {});
  const peers = Object.keys(manifest.peerDependencies ?? {});
  for (const sub of subpaths(manifest)) {
    const file = manifest.exports[sub].import.default;
    const path = join(dir, file);
    if (!existsSync(path)) continue; // already reported by publint / the load check
    const own = await gzippedSize(path, [...deps, ...peers]);
    let shipped = own;
    if (deps.length > 0) {
      try {
        shipped = await gzippedSize(path, peers);
      } catch (error) {
        fail(manifest.name, "bundling with dependencies", String(error));
      }
    }
    const main = sub === ".";
    // Dependencies that alone take more than the budget: hold it on the package's own code.
    const depsAllow = shipped - own <= BUDGET_BYTES;
    const held = depsAllow ? shipped : own;
    const over = main && held > BUDGET_BYTES;
    const label = specifier(manifest.name, sub).padEnd(38);
    const budget = !main
      ? "  (secondary entry, no budget)"
      : depsAllow
        ? ` / ${BUDGET_BYTES / 1024} kB shipped`
        : ` / ${BUDGET_BYTES / 1024} kB own code (dependencies alone ${kB(shipped - own).trim()} kB)`;
    console.log(
      `${over ? "✗" : "✓"} ${label} ${kB(shipped)} kB shipped · ${kB(own)} kB own${budget}`,
    );
    if (over)
      fail(
        manifest.name,
        "size budget",
        `main entry ships ${held} B min+gzip${depsAllow ? " with its dependencies" : " of its own code"}, budget ${BUDGET_BYTES} B`,
      );
  }
}

if (failures.length > 0) {
  console.error(`\ncheck-packages: ${failures.length} problem(s):\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
console.log(`\ncheck-packages: ${manifests.length} package(s) ready to publish`);
