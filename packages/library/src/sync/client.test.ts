import { describe, expect, it, vi } from "vitest";
import type { Change } from "../change.ts";
import { createLibrary, type Library } from "../library.ts";
import { createMemoryStore } from "../memory-store.ts";
import { createSyncClient, type SyncStatus, type Timers } from "./client.ts";
import type { FetchLike } from "./http.ts";

/**
 * A fake hub that behaves like the real one (per-field last-writer-wins, sequence numbers,
 * paged pulls, bearer token, observers) — the real one is tested in apps/hub.
 */
function fakeHub(
  options: { token?: string; readOnly?: boolean; members?: Record<string, string> } = {},
) {
  const token = options.token ?? "pio_test";
  // Token → member; a document's owner is its first writer, who alone sees it while private.
  const members = options.members ?? { [token]: "m1" };
  const rows = new Map<string, { change: Change; seq: number; doc: string }>();
  const docs = new Map<string, { owner: string; private: boolean; privateStamp: string }>();
  let seq = 0;
  const requests: { method: string; url: string; changes?: number }[] = [];
  let down = false;
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { "content-type": "application/json", ...headers },
    });
  const fetch: FetchLike = async (input, init = {}) => {
    const url = new URL(input);
    const method = init.method ?? "GET";
    if (down) throw new TypeError("fetch failed");
    const auth = new Headers(init.headers).get("authorization") ?? "";
    const member = members[auth.replace(/^Bearer /, "")];
    if (member === undefined)
      return json(401, { error: { code: "unauthorized", message: "[hub] no" } });
    if (method === "POST") {
      const changes = (JSON.parse(String(init.body)) as { changes: Change[] }).changes;
      requests.push({ method, url: url.pathname, changes: changes.length });
      if (options.readOnly)
        return json(403, { error: { code: "read-only", message: "[hub] observers read" } });
      let applied = 0;
      let rejected = 0;
      const accepted: Change[] = [];
      const reannounce = new Set<string>();
      for (const c of changes) {
        const doc = `${c.collection}/${c.id}`;
        let d = docs.get(doc);
        if (!d) docs.set(doc, (d = { owner: member, private: false, privateStamp: "" }));
        const isOwner = d.owner === member;
        if (d.private && !isOwner) {
          rejected++;
          continue;
        }
        if (c.field === "private" && "value" in c && c.stamp > d.privateStamp) {
          if (c.value === true && !isOwner) {
            rejected++;
            continue;
          }
          if (d.private && c.value !== true) reannounce.add(doc);
          d.private = c.value === true;
          d.privateStamp = c.stamp;
        }
        accepted.push(c);
      }
      for (const c of accepted) {
        const key = `${c.collection}/${c.id}/${c.field}/${"element" in c ? c.element : ""}`;
        const old = rows.get(key);
        if (!old || old.change.stamp < c.stamp) {
          rows.set(key, { change: c, seq: ++seq, doc: `${c.collection}/${c.id}` });
          applied++;
        }
      }
      // A document made public again: its rows take new numbers, so that everyone gets them.
      for (const row of rows.values()) if (reannounce.has(row.doc)) row.seq = ++seq;
      return json(200, { cursor: String(seq), applied, rejected });
    }
    requests.push({ method, url: url.pathname + url.search });
    const since = Number(url.searchParams.get("since") || 0);
    const limit = Number(url.searchParams.get("limit") || 5000);
    const page = [...rows.values()]
      .filter((r) => r.seq > since)
      .sort((a, b) => a.seq - b.seq)
      .slice(0, limit);
    const hidden = (doc: string) => {
      const d = docs.get(doc);
      return d !== undefined && d.private && d.owner !== member;
    };
    return json(200, {
      changes: page.filter((r) => !hidden(r.doc)).map((r) => r.change),
      cursor: String(page.at(-1)?.seq ?? since),
      more: page.length === limit,
    });
  };
  return {
    fetch,
    requests,
    rows,
    setDown(value: boolean) {
      down = value;
    },
  };
}

function fakeTimers() {
  let nextId = 0;
  const pending = new Map<number, { fn: () => void; at: number }>();
  let clock = 0;
  const timers: Timers = {
    setTimeout(fn, ms) {
      pending.set(++nextId, { fn, at: clock + ms });
      return nextId;
    },
    clearTimeout(h) {
      pending.delete(h as number);
    },
  };
  return {
    timers,
    pending,
    now: () => clock,
    /** Moves the clock and runs the timers that came due. */
    advance(ms: number) {
      clock += ms;
      for (const [id, t] of [...pending]) {
        if (t.at <= clock) {
          pending.delete(id);
          t.fn();
        }
      }
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 20));
const open = (replicaId: string): Promise<Library> =>
  createLibrary({ store: createMemoryStore(), replicaId, pioneer: { id: replicaId } });

describe("createSyncClient", () => {
  it("makes two libraries converge through a hub, saving cursors as it goes", async () => {
    const hub = fakeHub();
    const a = await open("a");
    const b = await open("b");
    const states: unknown[] = [];
    const ca = createSyncClient({
      library: a,
      hubUrl: "http://hub.test/",
      space: "s1",
      token: "pio_test",
      fetch: hub.fetch,
      onState: (s) => void states.push(s),
    });
    const cb = createSyncClient({
      library: b,
      hubUrl: "http://hub.test",
      space: "s1",
      token: "pio_test",
      fetch: hub.fetch,
    });
    const id = await a.put("clips", { url: "https://www.avise.org/", tags: ["ess"] });
    await b.put("clips", { id, url: "https://www.avise.org/", note: "vu par B" });
    for (const c of [ca, cb, ca]) expect((await c.syncNow()).ok).toBe(true);
    expect(await a.get("clips", id)).toEqual(await b.get("clips", id));
    expect(await a.get("clips", id)).toMatchObject({ note: "vu par B", tags: ["ess"] });
    expect(states.at(-1)).toMatchObject({
      pushCursor: expect.any(String),
      pullCursor: expect.any(String),
    });
    expect(hub.requests[0]?.url).toBe("/v1/spaces/s1/changes");
  });

  it("splits pushes by count and by bytes", async () => {
    const hub = fakeHub();
    const a = await open("a");
    for (let i = 0; i < 12; i++)
      await a.put("clips", { url: `https://example.org/${i}`, note: "é".repeat(300) });
    const client = createSyncClient({
      library: a,
      hubUrl: "http://hub.test",
      space: "s",
      token: "pio_test",
      fetch: hub.fetch,
      pushBatch: 10,
      pushBytes: 2000,
    });
    expect((await client.syncNow()).ok).toBe(true);
    const posts = hub.requests.filter((r) => r.method === "POST");
    expect(posts.length).toBeGreaterThan(5);
    expect(posts.every((p) => (p.changes ?? 0) <= 10)).toBe(true);
    expect(posts.reduce((n, p) => n + (p.changes ?? 0), 0)).toBe(hub.rows.size);
  });

  it("pushes only the private flag of a private clip", async () => {
    const hub = fakeHub();
    const a = await open("a");
    const id = await a.put("clips", {
      url: "https://example.org/perso",
      note: "secret",
      private: true,
    });
    await createSyncClient({
      library: a,
      hubUrl: "http://hub.test",
      space: "s",
      token: "pio_test",
      fetch: hub.fetch,
    }).syncNow();
    const sent = [...hub.rows.values()].map((r) => r.change).filter((c) => c.id === id);
    expect(sent.map((c) => c.field)).toEqual(["private"]);
  });

  it("sends a clip made public again whole: the others receive its url, title, note and tags", async () => {
    const hub = fakeHub({ members: { pio_a: "ana", pio_b: "leo" } });
    const a = await open("a");
    const b = await open("b");
    const client = (library: Library, token: string) =>
      createSyncClient({ library, hubUrl: "http://hub.test", space: "s", token, fetch: hub.fetch });
    const ca = client(a, "pio_a");
    const cb = client(b, "pio_b");
    const id = await a.put("clips", {
      url: "https://example.org/brouillon",
      note: "à relire",
      tags: ["ess"],
      private: true,
    });
    for (const c of [ca, cb]) expect((await c.syncNow()).ok).toBe(true);
    expect(await b.get("clips", id)).toBeUndefined();
    await a.update("clips", id, { title: "Brouillon relu" });
    await a.addTo("clips", id, "tags", "outils");
    expect((await ca.syncNow()).ok).toBe(true);

    await a.update("clips", id, { private: false });
    for (const c of [ca, cb]) expect((await c.syncNow()).ok).toBe(true);
    expect(await b.get("clips", id)).toEqual(await a.get("clips", id));
    expect(await b.get("clips", id)).toMatchObject({
      url: "https://example.org/brouillon",
      title: "Brouillon relu",
      note: "à relire",
      tags: ["ess", "outils"],
      private: false,
    });
    // Nothing more to send once it is out.
    expect(await ca.countPending()).toBe(0);
  });

  it("makes a clip public again on every device of its owner, keeping each device's private edits", async () => {
    const hub = fakeHub({ members: { pio_ana: "ana", pio_leo: "leo" } });
    const open2 = (replicaId: string, pioneer: string) =>
      createLibrary({ store: createMemoryStore(), replicaId, pioneer: { id: pioneer } });
    const laptop = await open2("laptop", "ana");
    const phone = await open2("phone", "ana");
    const leo = await open2("leo", "leo");
    const client = (library: Library, token: string) =>
      createSyncClient({ library, hubUrl: "http://hub.test", space: "s", token, fetch: hub.fetch });
    const [cl, cp, cleo] = [
      client(laptop, "pio_ana"),
      client(phone, "pio_ana"),
      client(leo, "pio_leo"),
    ];
    const syncAll = async (...clients: ReturnType<typeof client>[]) => {
      for (const c of clients) expect((await c.syncNow()).ok).toBe(true);
    };
    const id = await laptop.put("clips", { url: "https://example.org/a", title: "A" });
    await syncAll(cl, cp);
    await laptop.update("clips", id, { private: true });
    await syncAll(cl, cp);
    expect((await phone.get("clips", id))?.private).toBe(true);
    // While private, each device edits it; neither edit leaves its device.
    await laptop.update("clips", id, { title: "A, revu sur le portable" });
    await phone.update("clips", id, { note: "noté sur le téléphone" });
    await phone.addTo("clips", id, "tags", "mobile");
    await syncAll(cl, cp, cleo);
    expect((await laptop.get("clips", id))?.note).toBeUndefined();

    await laptop.update("clips", id, { private: false });
    await syncAll(cl, cp, cl, cleo);
    const expected = {
      url: "https://example.org/a",
      title: "A, revu sur le portable",
      note: "noté sur le téléphone",
      tags: ["mobile"],
      private: false,
    };
    expect(await laptop.get("clips", id)).toMatchObject(expected);
    expect(await phone.get("clips", id)).toEqual(await laptop.get("clips", id));
    expect(await leo.get("clips", id)).toEqual(await laptop.get("clips", id));
  });

  it("reports failures in French and English, retries with backoff, then recovers", async () => {
    const hub = fakeHub();
    const t = fakeTimers();
    const statuses: SyncStatus[] = [];
    const a = await open("a");
    await a.put("clips", { url: "https://www.avise.org/" });
    const client = createSyncClient({
      library: a,
      hubUrl: "http://hub.test",
      space: "s",
      token: "pio_test",
      fetch: hub.fetch,
      timers: t.timers,
      now: t.now,
      backoff: { baseMs: 1000, random: () => 0 },
      onStatus: (s) => statuses.push(s),
    });
    client.start();
    hub.setDown(true);
    const failed = await client.syncNow();
    expect(failed).toMatchObject({ ok: false, error: { code: "offline", retryable: true } });
    expect(client.status).toMatchObject({ state: "error", nextRetryAt: 500 });
    expect(client.status.lastError?.message).toEqual({
      fr: expect.stringContaining("injoignable"),
      en: expect.stringContaining("cannot be reached"),
    });
    t.advance(500);
    await vi.waitFor(() => expect(client.status.nextRetryAt).toBe(1500)); // twice the delay
    hub.setDown(false);
    t.advance(1000);
    await vi.waitFor(() =>
      expect(client.status).toMatchObject({ state: "idle", lastError: null, pending: 0 }),
    );
    expect(statuses.some((s) => s.state === "syncing")).toBe(true);
    client.close();
  });

  it("debounces local edits into one sync", async () => {
    const hub = fakeHub();
    const t = fakeTimers();
    const a = await open("a");
    const client = createSyncClient({
      library: a,
      hubUrl: "http://hub.test",
      space: "s",
      token: "pio_test",
      fetch: hub.fetch,
      timers: t.timers,
      now: t.now,
      debounceMs: 2000,
    });
    client.start();
    for (let i = 0; i < 5; i++) {
      await a.put("clips", { url: `https://example.org/${i}` });
      t.advance(500);
    }
    expect(hub.requests).toHaveLength(0);
    t.advance(2000);
    await vi.waitFor(() => expect(hub.requests.filter((r) => r.method === "POST")).toHaveLength(1));
    client.stop();
    await a.put("clips", { url: "https://example.org/after-stop" });
    t.advance(10_000);
    await settle();
    expect(hub.requests.filter((r) => r.method === "POST")).toHaveLength(1);
    client.close();
  });

  it("never pushes pulled changes back, but pushes an edit made between two pulled pages", async () => {
    const hub = fakeHub();
    const a = await open("a");
    await a.putMany(
      "clips",
      Array.from({ length: 30 }, (_, i) => ({ url: `https://example.org/${i}` })),
    );
    const pushA = createSyncClient({
      library: a,
      hubUrl: "http://hub.test",
      space: "s",
      token: "pio_test",
      fetch: hub.fetch,
    });
    expect((await pushA.syncNow()).ok).toBe(true);
    const b = await open("b");
    let gets = 0;
    let edited = "";
    const fetch: FetchLike = async (input, init) => {
      if ((init?.method ?? "GET") === "GET" && ++gets === 2) {
        edited = await b.put("clips", { url: "https://www.avise.org/" });
      }
      return hub.fetch(input, init);
    };
    const pushed: number[] = [];
    const client = createSyncClient({
      library: b,
      hubUrl: "http://hub.test",
      space: "s",
      token: "pio_test",
      pullLimit: 40,
      fetch: async (input, init) => {
        if (init?.method === "POST") pushed.push(JSON.parse(String(init.body)).changes.length);
        return fetch(input, init);
      },
    });
    const report = await client.syncNow();
    expect(report).toMatchObject({ ok: true, pulled: 30 * 4 });
    // Only the clip written during the pull went up (url, createdBy, createdAt, private).
    expect(pushed).toEqual([4]);
    expect([...hub.rows.keys()].filter((k) => k.startsWith(`clips/${edited}/`))).toHaveLength(4);
    expect(await client.syncNow()).toMatchObject({ ok: true, pushed: 0, pulled: 4 });
  });

  it("skips re-reading pulled changes when nothing was written during the pull", async () => {
    const hub = fakeHub();
    const a = await open("a");
    await a.putMany(
      "clips",
      Array.from({ length: 30 }, (_, i) => ({ url: `https://e.org/${i}` })),
    );
    const pushA = createSyncClient({
      library: a,
      hubUrl: "http://hub.test",
      space: "s",
      token: "pio_test",
      fetch: hub.fetch,
    });
    await pushA.syncNow();
    const b = await open("b");
    const reads: number[] = [];
    const changesSince = b.changesSince.bind(b);
    b.changesSince = async (cursor, options) => {
      const page = await changesSince(cursor, options);
      reads.push(page.changes.length);
      return page;
    };
    const client = createSyncClient({
      library: b,
      hubUrl: "http://hub.test",
      space: "s",
      token: "pio_test",
      fetch: hub.fetch,
      pullLimit: 40,
    });
    expect(await client.syncNow()).toMatchObject({ ok: true, pulled: 120, pushed: 0 });
    expect(reads.every((n) => n === 0)).toBe(true);
    expect(client.state.pushCursor).toBe((await changesSince("")).cursor);
  });

  it("pushes nothing back after a pull that failed halfway", async () => {
    const hub = fakeHub();
    const a = await open("a");
    await a.putMany(
      "clips",
      Array.from({ length: 30 }, (_, i) => ({ url: `https://e.org/${i}` })),
    );
    await createSyncClient({
      library: a,
      hubUrl: "http://hub.test",
      space: "s",
      token: "pio_test",
      fetch: hub.fetch,
    }).syncNow();
    const b = await open("b");
    let gets = 0;
    const client = createSyncClient({
      library: b,
      hubUrl: "http://hub.test",
      space: "s",
      token: "pio_test",
      pullLimit: 40,
      fetch: async (input, init) => {
        if ((init?.method ?? "GET") === "GET" && ++gets === 3) throw new TypeError("fetch failed");
        return hub.fetch(input, init);
      },
    });
    expect((await client.syncNow()).ok).toBe(false);
    expect(await client.syncNow()).toMatchObject({ ok: true, pushed: 0, pulled: 40 });
    expect(hub.requests.filter((r) => r.method === "POST")).toHaveLength(1); // a's only
  });

  it("runs one more sync, not many, when asked during a sync", async () => {
    const hub = fakeHub();
    const a = await open("a");
    await a.put("clips", { url: "https://www.avise.org/" });
    const client = createSyncClient({
      library: a,
      hubUrl: "http://hub.test",
      space: "s",
      token: "pio_test",
      fetch: hub.fetch,
    });
    const first = client.syncNow();
    const second = client.syncNow();
    const third = client.syncNow();
    expect(second).toBe(third);
    await Promise.all([first, second]);
    expect(hub.requests.filter((r) => r.method === "GET")).toHaveLength(2);
  });

  it("keeps an observer's edits local and counts them as pending", async () => {
    const hub = fakeHub({ readOnly: true });
    const a = await open("a");
    await a.put("clips", { url: "https://www.avise.org/" });
    const client = createSyncClient({
      library: a,
      hubUrl: "http://hub.test",
      space: "s",
      token: "pio_test",
      fetch: hub.fetch,
      pushBatch: 2, // the refusal comes on a first batch, with more to send
    });
    expect((await client.syncNow()).ok).toBe(true);
    expect(client.status.readOnly).toBe(true);
    expect(await client.countPending()).toBeGreaterThan(0);
    expect(client.state.pushCursor).toBe("");
  });

  it("says so when the token is refused, without retrying", async () => {
    const hub = fakeHub({ token: "pio_other" });
    const t = fakeTimers();
    const a = await open("a");
    const client = createSyncClient({
      library: a,
      hubUrl: "http://hub.test",
      space: "s",
      token: "pio_test",
      fetch: hub.fetch,
      timers: t.timers,
    });
    client.start();
    const r = await client.syncNow();
    expect(r).toMatchObject({
      ok: false,
      error: { code: "unauthorized", status: 401, retryable: false },
    });
    expect(t.pending.size).toBe(0);
    client.close();
  });

  it("refuses a hub URL that is not http(s)", async () => {
    const a = await open("a");
    expect(() =>
      createSyncClient({ library: a, hubUrl: "ftp://hub", space: "s", token: "t" }),
    ).toThrow(/hubUrl/);
  });
});
