import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { changeSchema, validateChanges } from "./change.ts";
import { createLibrary } from "./library.ts";
import { LIMITS } from "./limits.ts";
import { createMemoryStore } from "./memory-store.ts";

const stamp = "1732822345123-0000-a";
const good = { collection: "clips", id: "x1", field: "title", value: "Coopératives", stamp };

describe("the size of one change", () => {
  const big = (chars: number, char = "a") => ({
    collection: "assessments",
    id: "big",
    field: "data",
    value: { answers: char.repeat(chars) },
    stamp,
  });
  const bytes = (change: unknown) => new TextEncoder().encode(JSON.stringify(change)).length;

  it("refuses, like the hub, a change over 1 MiB of UTF-8 JSON, naming where", () => {
    expect(LIMITS.changeBytes).toBe(1024 * 1024);
    const ok = big(1_000_000);
    expect(bytes(ok)).toBeLessThan(LIMITS.changeBytes);
    expect(validateChanges([ok]).ok).toBe(true);
    // 600,000 "é" are 600,000 characters of JSON but 1.2 MB of UTF-8: bytes are what count.
    const r = validateChanges([good, big(600_000, "é")]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("too-large");
      expect(r.error.path).toBe("changes[1].value");
      expect(r.error.message).toMatch(/at most 1048576/);
    }
  });

  it("is refused when written, before it would reach the hub, and nothing is stored", async () => {
    const library = await createLibrary({
      store: createMemoryStore(),
      replicaId: "a",
      pioneer: { id: "ana" },
    });
    const id = await library.put("assessments", { title: "Autodiagnostic", data: { n: 1 } });
    await expect(
      library.update("assessments", id, { data: { answers: "é".repeat(600_000) } }),
    ).rejects.toMatchObject({ code: "too-large", path: "data" });
    expect((await library.get("assessments", id))?.data).toEqual({ n: 1 });
  });

  it("counts JSON escapes: control characters take six bytes", () => {
    const text = "\u0007".repeat(190_000);
    const r = validateChanges([{ ...good, field: "text", value: text }]);
    expect(r.ok || r.error.code).toBe("too-large");
  });
});

describe("validateChanges", () => {
  it("accepts scalar and set changes", () => {
    const r = validateChanges([
      good,
      { collection: "clips", id: "x1", field: "tags", element: "coop", present: true, stamp },
    ]);
    expect(r.ok).toBe(true);
  });

  it("names the first bad path", () => {
    const batch = Array.from({ length: 20 }, () => ({ ...good }));
    batch[12] = { ...good, stamp: "tomorrow" };
    const r = validateChanges(batch);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.path).toBe("changes[12].stamp");
      expect(r.error.code).toBe("invalid-change");
    }
  });

  it.each([
    [{ ...good, collection: "bookmarks" }, "changes[0].collection"],
    [{ ...good, field: "colour" }, "changes[0].field"],
    [{ ...good, field: "url", value: "javascript:alert(1)" }, "changes[0].value"],
    [{ ...good, field: "private", value: "yes" }, "changes[0].value"],
    [{ ...good, field: "tags" }, "changes[0].value"],
    [{ ...good, extra: 1 }, "changes[0].extra"],
    [
      {
        collection: "stories",
        id: "s",
        field: "data",
        value: JSON.parse('{"__proto__":{"x":1}}'),
        stamp,
      },
      "changes[0].value",
    ],
    [{ ...good, field: "text", value: "x".repeat(200_001) }, "changes[0].value"],
  ])("refuses %j at %s", (change, path) => {
    const r = validateChanges([change]);
    expect(r.ok ? "ok" : r.error.path).toBe(path);
  });

  it("refuses deep nesting without overflowing the stack", () => {
    const deep = JSON.parse(`${"[".repeat(5000)}${"]".repeat(5000)}`);
    const r = validateChanges([
      { collection: "assessments", id: "a", field: "data", value: deep, stamp },
    ]);
    expect(r.ok ? "ok" : r.error.path).toBe("changes[0].value");
  });

  it("refuses what is not an array", () => {
    const r = validateChanges({ 0: good });
    expect(r.ok ? "ok" : r.error.code).toBe("invalid-change");
  });

  it("is also a valibot schema for the hub", () => {
    expect(v.is(changeSchema, good)).toBe(true);
    expect(v.is(changeSchema, { ...good, stamp: 1 })).toBe(false);
  });
});
