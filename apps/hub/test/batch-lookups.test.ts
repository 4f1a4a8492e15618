import { describe, expect, it } from "vitest";
import { batchLookups } from "../src/storage/postgres.ts";

/** A fake database of active tokens; each query answers from the state when it is sent. */
function fakeQueries() {
  const active = new Set(["a", "b"]);
  const queries: string[][] = [];
  const gates: (() => void)[] = [];
  const run = async (hashes: string[]) => {
    queries.push(hashes);
    const found = new Map(hashes.filter((h) => active.has(h)).map((h) => [h, `member ${h}`]));
    await new Promise<void>((resolve) => gates.push(resolve));
    return found;
  };
  const release = async () => {
    for (const open of gates.splice(0)) open();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { active, queries, run, release };
}

describe("batchLookups", () => {
  it("answers lookups made while queries run with one query for all of them", async () => {
    const db = fakeQueries();
    const lookup = batchLookups(db.run);
    const first = [lookup("a"), lookup("b")]; // two queries in flight
    const waiting = [lookup("a"), lookup("a"), lookup("b"), lookup("zzz")];
    expect(db.queries).toEqual([["a"], ["b"]]);
    await db.release();
    expect(db.queries).toEqual([["a"], ["b"], ["a", "b", "zzz"]]);
    await db.release();
    expect(await Promise.all([...first, ...waiting])).toEqual([
      "member a",
      "member b",
      "member a",
      "member a",
      "member b",
      undefined,
    ]);
  });

  it("never answers a lookup with a query sent before it arrived: a revocation counts at once", async () => {
    const db = fakeQueries();
    const lookup = batchLookups(db.run);
    const before = [lookup("a"), lookup("b")];
    db.active.delete("a"); // revoked (on this hub or another) while those queries run
    const after = lookup("a");
    await db.release();
    await db.release();
    expect(await Promise.all(before)).toEqual(["member a", "member b"]);
    expect(await after).toBeUndefined();
  });

  it("passes a failed query's error to every lookup it carried", async () => {
    const lookup = batchLookups<string>(async () => {
      throw new Error("connection lost");
    });
    await expect(Promise.all([lookup("a"), lookup("a")])).rejects.toThrow("connection lost");
    await expect(lookup("b")).rejects.toThrow("connection lost");
  });
});
