// Runs the README's Usage example as written and checks it prints what the README says.
import { readFileSync } from "node:fs";
import * as maturity from "@pionniers/maturity";
import * as modelEntry from "@pionniers/maturity/model";
import { transform } from "esbuild";
import { expect, test } from "vitest";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const usage = readme.slice(readme.indexOf("## Usage"), readme.indexOf("## How scores work"));
const code = /```ts\n([\s\S]*?)```/.exec(usage)?.[1] ?? "";
const printed = /```text\n([\s\S]*?)```/.exec(usage)?.[1] ?? "";

test("the README's usage example runs and prints what the README shows", async () => {
  expect(code).toContain("assess(answers");
  expect(printed).toContain("held back by");
  const entries: Record<string, Record<string, unknown>> = {
    "@pionniers/maturity": maturity,
    "@pionniers/maturity/model": modelEntry,
  };
  const scope: Record<string, unknown> = {};
  // Bind each imported name to the real export, so a renamed export fails here.
  for (const [, names, from] of code.matchAll(/import \{([^}]*)\} from "([^"]+)";/g)) {
    for (const raw of names!.split(",")) {
      const name = raw.trim();
      if (!name || name.startsWith("type ")) continue;
      expect(entries[from!]?.[name], `${name} from ${from}`).toBeDefined();
      scope[name] = entries[from!]![name];
    }
  }
  const js = (await transform(code.replace(/^import .*$/gm, ""), { loader: "ts" })).code;
  const lines: string[] = [];
  const fakeConsole = { log: (...xs: unknown[]) => lines.push(xs.join(" ")) };
  new Function(...Object.keys(scope), "console", js)(...Object.values(scope), fakeConsole);
  expect(lines.join("\n")).toBe(printed.trimEnd());
});
