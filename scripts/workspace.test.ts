// Laws that hold across workspaces, which no single package's tests can see.
import { execFileSync } from "node:child_process";
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
