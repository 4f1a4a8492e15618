import { describe, expect, it } from "vitest";
import { exportBundle, importBundle, parseBundle } from "./bundle.ts";
import { isLibraryError } from "./errors.ts";
import { createLibrary, type Library } from "./library.ts";
import { createMemoryStore } from "./memory-store.ts";

const open = (replicaId: string, pioneer = "ana") =>
  createLibrary({
    store: createMemoryStore(),
    replicaId,
    pioneer: { id: pioneer, displayName: pioneer },
  });

async function sample(): Promise<Library> {
  const lib = await open("a");
  const theme = await lib.put("themes", { name: "Outils" });
  await lib.put("clips", {
    url: "https://www.avise.org/",
    title: "Avise",
    tags: ["ess"],
    themeIds: [theme],
  });
  await lib.put("clips", { url: "https://secret.example/", title: "Mine", private: true });
  const gone = await lib.put("clips", { url: "https://gone.example/" });
  await lib.remove("clips", gone);
  await lib.put("assessments", { data: { scores: [1, 2, 3], label: "été" } });
  return lib;
}

const all = async (lib: Library) => ({
  clips: (await lib.query("clips", { trash: "all" })).sort((x, y) => (x.id < y.id ? -1 : 1)),
  themes: await lib.query("themes"),
  assessments: await lib.query("assessments"),
});

describe("bundles", () => {
  it("round-trips: export → text → parse → import gives the same library, private clips left out", async () => {
    const a = await sample();
    const text = JSON.stringify(await exportBundle(a));
    const parsed = parseBundle(text);
    expect(parsed.ok).toBe(true);
    const b = await open("b", "leo");
    const report = await importBundle(b, text);
    expect(report.added).toBeGreaterThanOrEqual(5);
    const left = await all(a);
    const right = await all(b);
    expect(right.clips).toEqual(left.clips.filter((c) => !c.private));
    expect(right.themes).toEqual(left.themes);
    expect(right.assessments).toEqual(left.assessments);
    // Importing again changes nothing.
    const again = await importBundle(b, text);
    expect(again).toMatchObject({ added: 0, updated: 0, applied: [] });
  });

  it("includes private clips when asked, and filters documents", async () => {
    const a = await sample();
    const everything = await exportBundle(a, { includePrivate: true });
    expect(
      everything.changes.some((c) => "value" in c && c.value === "https://secret.example/"),
    ).toBe(true);
    const onlyEss = await exportBundle(a, {
      filter: (col, doc) => col === "clips" && "tags" in doc && doc.tags.includes("ess"),
    });
    expect(new Set(onlyEss.changes.map((c) => c.id)).size).toBe(1);
  });

  it("reports updated documents when a bundle brings newer fields", async () => {
    const a = await sample();
    const b = await open("b");
    await importBundle(b, await exportBundle(a));
    const [clip] = await a.query("clips");
    await a.update("clips", clip!.id, { note: "plus récent" });
    expect(await importBundle(b, await exportBundle(a))).toMatchObject({ added: 0, updated: 1 });
  });

  const stamp = "1700000000000-0000-x";
  const wrap = (changes: unknown) =>
    JSON.stringify({
      format: "pionniers-bundle",
      version: 1,
      exportedAt: "2026-11-28T00:00:00.000Z",
      replicaId: "x",
      changes,
    });
  const good = { collection: "clips", id: "c", field: "title", value: "t", stamp };

  it.each([
    ["truncated file", wrap([good, good]).slice(0, 60), "bundle", "invalid-bundle"],
    ["not a bundle", JSON.stringify({ format: "other", version: 1 }), "format", "invalid-bundle"],
    [
      "newer version",
      JSON.stringify({ format: "pionniers-bundle", version: 2 }),
      "version",
      "invalid-bundle",
    ],
    [
      "__proto__ at the top",
      '{"__proto__":{"polluted":true},"format":"pionniers-bundle"}',
      "__proto__",
      "invalid-bundle",
    ],
    [
      "__proto__ in a value",
      wrap([
        {
          collection: "stories",
          id: "s",
          field: "data",
          value: JSON.parse('{"a":{"__proto__":{"x":1}}}'),
          stamp,
        },
      ]),
      "changes[0].value",
      "invalid-change",
    ],
    [
      "nesting 100 deep",
      wrap([
        {
          collection: "stories",
          id: "s",
          field: "data",
          value: JSON.parse(`${"[".repeat(100)}${"]".repeat(100)}`),
          stamp,
        },
      ]),
      "changes[0].value",
      "invalid-change",
    ],
    [
      "nesting 1,000,000 deep",
      `${wrap([{ ...good, collection: "stories", field: "data", value: 0 }]).replace('"value":0', `"value":${"[".repeat(1_000_000)}${"]".repeat(1_000_000)}`)}`,
      "changes[0].value",
      "invalid-change",
    ],
    [
      "huge array in a value",
      wrap([
        { collection: "stories", id: "s", field: "data", value: new Array(20_000).fill(0), stamp },
      ]),
      "changes[0].value",
      "invalid-change",
    ],
    [
      "bad 13th change",
      wrap([...Array(12).fill(good), { ...good, stamp: "soon" }]),
      "changes[12].stamp",
      "invalid-change",
    ],
    ["not JSON at all", "<html>", "bundle", "invalid-bundle"],
  ])("refuses a %s", (_name, text, path, code) => {
    const r = parseBundle(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.path, r.error.code]).toEqual([path, code]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses oversized files and too many changes before parsing further", () => {
    expect(parseBundle(wrap([good]), { maxChars: 50 })).toMatchObject({
      ok: false,
      error: { code: "too-large", path: "bundle" },
    });
    expect(parseBundle(wrap([good, good, good]), { maxChanges: 2 })).toMatchObject({
      ok: false,
      error: { code: "too-large", path: "changes" },
    });
  });

  it("writes nothing when importing a bad bundle or one from the future", async () => {
    const b = await open("b");
    const before = (await b.changesSince("")).cursor;
    for (const text of [
      wrap([good, { ...good, value: 3 }]),
      wrap([good, { ...good, stamp: "9999999999999-0000-x" }]),
    ]) {
      const error = await importBundle(b, text).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isLibraryError(error)).toBe(true);
    }
    expect((await b.changesSince(before)).changes).toEqual([]);
  });
});
