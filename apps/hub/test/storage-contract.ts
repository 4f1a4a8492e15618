// The storage contract: every HubStorage implementation must pass it (run on SQLite and on
// PostgreSQL by storage.test.ts), in the spirit of unstorage's testDriver.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { HubStorage, Member } from "../src/storage/types.ts";
import { stamp, write } from "./fixtures.ts";

export interface ContractOptions {
  /** A new, empty, migrated storage for one test. */
  open(): Promise<HubStorage>;
  /** A second storage on the same database (another connection or process-like reader). */
  reopen(primary: HubStorage): Promise<HubStorage>;
}

let counter = 0;
const uid = (p: string) => `${p}${++counter}`;

async function seedSpace(storage: HubStorage, name = "Collectif") {
  const space = await storage.createSpace({ id: uid("s"), name, createdAt: 1 });
  const add = (role: Member["role"], hash = uid("h")) =>
    storage.addMember({ id: uid("m"), spaceId: space.id, name: role, role, createdAt: 2 }, hash);
  return { space, add };
}

/** Pulls everything from `since`, following pages. */
async function pullAll(
  storage: HubStorage,
  spaceId: string,
  memberId: string,
  since = 0,
  limit = 1000,
) {
  const changes: { id: string; field: string; value: unknown; stamp: string }[] = [];
  let cursor = since;
  for (;;) {
    const page = await storage.pull(spaceId, memberId, cursor, limit);
    for (const c of page.changes) changes.push(JSON.parse(c));
    expect(page.cursor).toBeGreaterThanOrEqual(cursor);
    cursor = page.cursor;
    if (!page.more) return { changes, cursor };
  }
}

export function storageContract(name: string, options: ContractOptions): void {
  describe(`${name} storage contract`, () => {
    let storage: HubStorage;
    beforeEach(async () => {
      storage = await options.open();
    });
    afterEach(async () => {
      await storage.close();
    });

    it("migrates twice without harm and keeps spaces", async () => {
      await storage.migrate();
      const s = await storage.createSpace({ id: "sp1", name: "Les Monts", createdAt: 10 });
      expect(s.seq).toBe(0);
      expect(await storage.getSpace("sp1")).toEqual({
        id: "sp1",
        name: "Les Monts",
        seq: 0,
        createdAt: 10,
        epoch: s.epoch,
      });
      expect(s.epoch).toMatch(/^[A-Za-z0-9]{16}$/);
      expect(await storage.getSpace("nope")).toBeUndefined();
      expect((await storage.listSpaces()).map((x) => x.id)).toContain("sp1");
    });

    it("gives every space a new epoch after a restore, seen with the token at once", async () => {
      const a = await seedSpace(storage, "A");
      const b = await seedSpace(storage, "B");
      await a.add("member", "hash-epoch");
      expect(a.space.epoch).not.toBe(b.space.epoch);
      const before = await storage.listSpaces();
      expect((await storage.memberByToken("hash-epoch"))?.spaceEpoch).toBe(a.space.epoch);
      const renewed = await storage.renewEpochs();
      expect(renewed.map((s) => s.id)).toEqual(before.map((s) => s.id));
      for (const s of renewed) {
        expect(s.epoch).toMatch(/^[A-Za-z0-9]{16}$/);
        expect(s.epoch).not.toBe(before.find((x) => x.id === s.id)?.epoch);
        expect((await storage.getSpace(s.id))?.epoch).toBe(s.epoch);
      }
      const fresh = renewed.find((s) => s.id === a.space.id)!.epoch;
      expect((await storage.memberByToken("hash-epoch"))?.spaceEpoch).toBe(fresh);
      // Another connection (the CLI ran in its own process) sees it too.
      const other = await options.reopen(storage);
      try {
        expect((await other.memberByToken("hash-epoch"))?.spaceEpoch).toBe(fresh);
      } finally {
        await other.close();
      }
    });

    it("finds members by token hash until they are revoked, at once", async () => {
      const { space, add } = await seedSpace(storage);
      const ana = await add("member", "hash-ana");
      expect((await storage.memberByToken("hash-ana"))?.id).toBe(ana.id);
      expect(await storage.setRole(space.id, ana.id, "observer")).toBe(true);
      expect((await storage.memberByToken("hash-ana"))?.role).toBe("observer");
      expect(await storage.revokeMember(space.id, ana.id, 99)).toBe(true);
      expect(await storage.memberByToken("hash-ana")).toBeUndefined();
      expect(await storage.revokeMember(space.id, ana.id, 100)).toBe(false);
      expect(await storage.setRole(space.id, ana.id, "admin")).toBe(false);
      const listed = await storage.listMembers(space.id);
      expect(listed).toEqual([{ ...ana, role: "observer", revokedAt: 99 }]);
    });

    it("redeems an invite exactly once, never after it expires", async () => {
      const { space } = await seedSpace(storage);
      const invite = {
        spaceId: space.id,
        role: "member" as const,
        createdAt: 1,
        expiresAt: 1000,
        createdBy: null,
      };
      await storage.createInvite(invite, "code-1");
      await storage.createInvite({ ...invite, role: "observer" }, "code-2");
      expect(await storage.listInvites(space.id, 500)).toHaveLength(2);
      const tries = await Promise.all(
        [1, 2, 3, 4].map((i) =>
          storage.redeemInvite(
            "code-1",
            500,
            { id: `mem${i}`, name: `M${i}`, createdAt: 500 },
            `tok${i}`,
          ),
        ),
      );
      const admitted = tries.filter((m) => m !== undefined);
      expect(admitted).toHaveLength(1);
      expect(admitted[0]).toMatchObject({ spaceId: space.id, role: "member" });
      expect(
        await storage.redeemInvite(
          "code-2",
          1000,
          { id: "late", name: "L", createdAt: 1000 },
          "tokL",
        ),
      ).toBeUndefined();
      expect(
        await storage.redeemInvite("unknown", 1, { id: "x", name: "X", createdAt: 1 }, "tokX"),
      ).toBeUndefined();
      expect(await storage.listInvites(space.id, 500)).toHaveLength(1);
    });

    it("keeps the newest stamp per field and is idempotent", async () => {
      const { space, add } = await seedSpace(storage);
      const ana = await add("member");
      const first = await storage.push(space.id, ana.id, [
        write("c1", "title", "v2", stamp(2)),
        write("c1", "note", "n", stamp(1)),
      ]);
      expect(first).toEqual({ applied: 2, rejected: 0, cursor: 2 });
      const older = await storage.push(space.id, ana.id, [write("c1", "title", "v1", stamp(1))]);
      expect(older.applied).toBe(0);
      const same = await storage.push(space.id, ana.id, [write("c1", "title", "v2", stamp(2))]);
      expect(same.applied).toBe(0);
      const newer = await storage.push(space.id, ana.id, [write("c1", "title", "v3", stamp(3))]);
      expect(newer.applied).toBe(1);
      const { changes } = await pullAll(storage, space.id, ana.id);
      expect(changes.map((c) => [c.field, c.value])).toEqual([
        ["note", "n"],
        ["title", "v3"],
      ]);
      expect((await storage.getSpace(space.id))?.seq).toBe(newer.cursor);
    });

    it("orders stamps byte-wise, as JavaScript does, whatever the database's collation", async () => {
      const { space, add } = await seedSpace(storage);
      const ana = await add("member");
      const wall = stamp(7).slice(0, 18);
      // JavaScript: "B" < "a" and "-" < "_"; a linguistic collation says the opposite.
      const pairs = [
        ["case", `${wall}-B`, `${wall}-a`],
        ["punctuation", `${wall}-x-1`, `${wall}-x_1`],
      ] as const;
      for (const [id, older, newer] of pairs) {
        expect(older < newer).toBe(true);
        await storage.push(space.id, ana.id, [write(id, "title", "older", older)]);
        expect(
          (await storage.push(space.id, ana.id, [write(id, "title", "newer", newer)])).applied,
        ).toBe(1);
        expect(
          (await storage.push(space.id, ana.id, [write(id, "title", "older", older)])).applied,
        ).toBe(0);
      }
      const { changes } = await pullAll(storage, space.id, ana.id);
      expect(changes.map((c) => [c.id, c.value])).toEqual([
        ["case", "newer"],
        ["punctuation", "newer"],
      ]);
    });

    it("pages pulls in sequence order with a resumable cursor", async () => {
      const { space, add } = await seedSpace(storage);
      const ana = await add("member");
      const writes = Array.from({ length: 25 }, (_, i) =>
        write(`d${i}`, "title", `t${i}`, stamp(i)),
      );
      await storage.push(space.id, ana.id, writes.slice(0, 10));
      await storage.push(space.id, ana.id, writes.slice(10));
      const page = await storage.pull(space.id, ana.id, 0, 10);
      expect(page.changes).toHaveLength(10);
      expect(page.more).toBe(true);
      const rest = await pullAll(storage, space.id, ana.id, page.cursor, 7);
      expect([
        ...page.changes.map((c) => JSON.parse(c).value),
        ...rest.changes.map((c) => c.value),
      ]).toEqual(writes.map((_, i) => `t${i}`));
      const empty = await storage.pull(space.id, ana.id, rest.cursor, 10);
      expect(empty).toEqual({ changes: [], cursor: rest.cursor, more: false });
    });

    it("keeps spaces apart", async () => {
      const a = await seedSpace(storage, "A");
      const b = await seedSpace(storage, "B");
      const ma = await a.add("member");
      const mb = await b.add("member");
      await storage.push(a.space.id, ma.id, [write("same", "title", "in A", stamp(1))]);
      await storage.push(b.space.id, mb.id, [write("same", "title", "in B", stamp(0))]);
      expect((await pullAll(storage, a.space.id, ma.id)).changes.map((c) => c.value)).toEqual([
        "in A",
      ]);
      expect((await pullAll(storage, b.space.id, mb.id)).changes.map((c) => c.value)).toEqual([
        "in B",
      ]);
      expect(
        (await storage.push("no-such-space", ma.id, [write("x", "title", "y", stamp(1))])).applied,
      ).toBe(0);
    });

    it("shows a private document to its owner only, and lets only the owner write it", async () => {
      const { space, add } = await seedSpace(storage);
      const ana = await add("member");
      const bea = await add("member");
      await storage.push(space.id, ana.id, [
        write("mine", "title", "secret", stamp(1)),
        write("mine", "private", true, stamp(1, "r1", 1)),
        write("shared", "title", "public", stamp(2)),
      ]);
      expect((await pullAll(storage, space.id, bea.id)).changes.map((c) => c.value)).toEqual([
        "public",
      ]);
      expect((await pullAll(storage, space.id, ana.id)).changes).toHaveLength(3);
      const intrusion = await storage.push(space.id, bea.id, [
        write("mine", "title", "overwritten", stamp(5, "r2")),
        write("mine", "private", false, stamp(5, "r2", 1)),
        write("shared", "private", true, stamp(5, "r2", 2)),
      ]);
      expect(intrusion).toMatchObject({ applied: 0, rejected: 3 });
      expect(
        (await pullAll(storage, space.id, ana.id)).changes.find(
          (c) => c.field === "title" && c.id === "mine",
        )?.value,
      ).toBe("secret");
      // Made public again by its owner: the whole document reaches the others.
      const { cursor } = await pullAll(storage, space.id, bea.id);
      await storage.push(space.id, ana.id, [write("mine", "private", false, stamp(9))]);
      const after = await pullAll(storage, space.id, bea.id, cursor);
      expect(after.changes.map((c) => [c.field, c.value]).sort()).toEqual([
        ["private", false],
        ["title", "secret"],
      ]);
    });

    it("refuses a token at once when another hub or the CLI revokes it", async () => {
      const { space, add } = await seedSpace(storage);
      const ana = await add("member", "hash-ana2");
      const other = await options.reopen(storage);
      try {
        for (let i = 0; i < 3; i++)
          expect((await storage.memberByToken("hash-ana2"))?.id).toBe(ana.id);
        expect(await other.setRole(space.id, ana.id, "observer")).toBe(true);
        expect((await storage.memberByToken("hash-ana2"))?.role).toBe("observer");
        expect(await other.revokeMember(space.id, ana.id, 99)).toBe(true);
        expect(await storage.memberByToken("hash-ana2")).toBeUndefined();
      } finally {
        await other.close();
      }
    });

    it("never lets a concurrent writer make a reader skip a change", async () => {
      const { space, add } = await seedSpace(storage);
      const writers = await Promise.all([
        add("member"),
        add("member"),
        add("member"),
        add("member"),
      ]);
      const reader = await options.reopen(storage);
      try {
        const seen = new Map<string, string>();
        const merge = (c: { id: string; field: string; stamp: string }) => {
          const key = `${c.id}/${c.field}`;
          if ((seen.get(key) ?? "") < c.stamp) seen.set(key, c.stamp);
        };
        let done = false;
        let cursor = 0;
        let pulls = 0;
        const puller = (async () => {
          while (!done) {
            const page = await reader.pull(space.id, writers[0]!.id, cursor, 50);
            for (const c of page.changes) merge(JSON.parse(c));
            cursor = page.cursor;
            pulls++;
            // Yield without a timer: SQLite pushes run as microtasks, a timer would wait for them all.
            if (!page.more) await Promise.resolve();
          }
        })();
        let n = 0;
        await Promise.all(
          writers.map(async (w, wi) => {
            for (let batch = 0; batch < 25; batch++) {
              const writes = Array.from({ length: 8 }, (_, i) =>
                write(
                  i % 2 ? `shared${i}` : `w${wi}b${batch}i${i}`,
                  "title",
                  `${wi}:${batch}`,
                  stamp(++n, `w${wi}`),
                ),
              );
              await storage.push(space.id, w.id, writes);
            }
          }),
        );
        done = true;
        await puller;
        const rest = await pullAll(reader, space.id, writers[0]!.id, cursor);
        for (const c of rest.changes) merge(c);
        const truth = await pullAll(storage, space.id, writers[0]!.id);
        expect(pulls).toBeGreaterThan(1);
        expect(seen.size).toBe(truth.changes.length);
        for (const c of truth.changes) expect(seen.get(`${c.id}/${c.field}`)).toBe(c.stamp);
      } finally {
        await reader.close();
      }
    });
  });
}
