// Laws that hold across workspaces, which no single package's tests can see.
import { readdirSync, readFileSync } from "node:fs";
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
