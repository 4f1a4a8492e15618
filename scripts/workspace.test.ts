// Laws that hold across workspaces, which no single package's tests can see.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";

const root = resolve(import.meta.dirname, "..");

interface Manifest {
  name: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

function manifests(group: "packages" | "apps"): Manifest[] {
  return readdirSync(join(root, group), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) =>
      JSON.parse(readFileSync(join(root, group, entry.name, "package.json"), "utf8")),
    );
}

const workspaceDeps = (m: Manifest) =>
  Object.keys({ ...m.dependencies, ...m.devDependencies, ...m.peerDependencies }).filter((d) =>
    d.startsWith("@pionniers/"),
  );

describe("dependencies point one way: apps -> packages", () => {
  test.each(manifests("packages").map((m) => [m.name, m] as const))(
    "%s depends on no other workspace package",
    (_name, manifest) => {
      expect(workspaceDeps(manifest)).toEqual([]);
    },
  );

  test("no published package depends on an app", () => {
    const apps = new Set(manifests("apps").map((m) => m.name));
    for (const manifest of manifests("packages")) {
      expect(workspaceDeps(manifest).filter((d) => apps.has(d))).toEqual([]);
    }
  });

  test("every published package starts public and versioned", () => {
    for (const manifest of manifests("packages")) {
      expect(manifest.private, manifest.name).not.toBe(true);
    }
  });
});

describe("the maturity model refers to pedagogy's catalog by id only", () => {
  test("every activity the advice names exists in the built-in catalog", async () => {
    const { referencedActivityIds } = await import("@pionniers/maturity");
    const { model } = await import("@pionniers/maturity/model");
    const { catalog } = await import("@pionniers/pedagogy/catalog");
    const known = new Set(catalog.map((activity) => activity.id));
    const referenced = referencedActivityIds(model);
    expect(referenced.length).toBeGreaterThan(0);
    expect(referenced.filter((id) => !known.has(id))).toEqual([]);
  });
});

describe("turbo's cache knows what each workspace's checks read", () => {
  // Inside the workspace `@pionniers/*` resolves to source, so an app's tests run the packages'
  // source: editing a package must invalidate the cached tests and type checks of its dependents.
  test("an app's test and typecheck hashes cover the source of the packages it imports", () => {
    const dry = JSON.parse(
      execFileSync("npx", ["turbo", "run", "test", "typecheck", "--dry=json"], {
        cwd: root,
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      }),
    ) as { tasks: { taskId: string; dependencies: string[] }[] };
    const byId = new Map(dry.tasks.map((t) => [t.taskId, t]));
    const reaches = (from: string): Set<string> => {
      const seen = new Set<string>();
      const todo = [from];
      while (todo.length > 0) {
        for (const dep of byId.get(todo.pop()!)?.dependencies ?? []) {
          if (!seen.has(dep)) seen.add(dep);
          todo.push(dep);
        }
      }
      return new Set([...seen].map((id) => id.split("#")[0]));
    };
    for (const app of manifests("apps")) {
      for (const task of ["test", "typecheck"]) {
        const reached = reaches(`${app.name}#${task}`);
        for (const dep of workspaceDeps(app)) expect(reached, `${app.name}#${task}`).toContain(dep);
      }
    }
  });
});

describe("the published-package check", () => {
  /** A minimal publishable package (ESM + CJS, two entries) in a temporary folder. */
  function fixturePackage(): string {
    const dir = mkdtempSync(join(tmpdir(), "pionniers-fixture-"));
    const entry = (name: string) => ({
      import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
      require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
    });
    writeFileSync(
      join(dir, "package.json"),
      JSON.stringify({
        name: "@pionniers/fixture",
        version: "0.0.0",
        type: "module",
        license: "MIT",
        sideEffects: false,
        files: ["dist"],
        exports: {
          ".": entry("index"),
          "./extra": entry("extra"),
          "./package.json": "./package.json",
        },
      }),
    );
    mkdirSync(join(dir, "src"));
    mkdirSync(join(dir, "dist"));
    writeFileSync(join(dir, "src", "index.ts"), "export const answer = 42;\n");
    for (const name of ["index", "extra"]) {
      writeFileSync(join(dir, "dist", `${name}.js`), "export const answer = 42;\n");
      writeFileSync(join(dir, "dist", `${name}.cjs`), "exports.answer = 42;\n");
      for (const ext of ["d.ts", "d.cts"])
        writeFileSync(join(dir, "dist", `${name}.${ext}`), "export declare const answer = 42;\n");
    }
    return dir;
  }
  const check = (dir: string) =>
    spawnSync(process.execPath, [join(root, "scripts", "check-packages.mjs"), dir], {
      cwd: root,
      encoding: "utf8",
    });

  // Issue #2: the check passes a well-formed package and fails one whose `exports` name a file
  // it does not ship.
  test("passes a well-formed package and refuses it once an export points at a missing file", () => {
    const dir = fixturePackage();
    try {
      const good = check(dir);
      expect(good.stderr).toBe("");
      expect(good.status).toBe(0);
      rmSync(join(dir, "dist", "extra.js"));
      const broken = check(dir);
      expect(broken.status).toBe(1);
      expect(broken.stderr).toContain("✗ @pionniers/fixture: publint --strict");
      expect(broken.stderr).toContain(
        "✗ @pionniers/fixture/extra: import (ESM) outside the workspace",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
