import { describe, expect, it, vi } from "vitest";
import type { Change } from "../change.ts";
import { createLibrary, type Library } from "../library.ts";
import { createMemoryStore } from "../memory-store.ts";
import { createSyncClient, type SyncState, type SyncStatus, type Timers } from "./client.ts";
import type { FetchLike } from "./http.ts";

/**
 * A fake hub that behaves like the real one (per-field last-writer-wins, sequence numbers,
 * paged pulls, bearer token, observers) — the real one is tested in apps/hub.
 */
/** How the fake hub refuses a change, as the real one answers: status, code, path. */
type Refusal = { status: number; code: string; path?: string };

function fakeHub(
  options: {
    token?: string;
    readOnly?: boolean;
    members?: Record<string, string>;
    /** Refuses the whole push at the first change this returns a refusal for (as the hub does). */
    refuse?: (change: Change, index: number) => Refusal | undefined;
    /** A reverse proxy's body limit in bytes: larger pushes get a bare 413, no JSON. */
    proxyLimit?: number;
    /** The space's epoch, sent with every answer (none: a hub from before epochs). */
    epoch?: string;
  } = {},
) {
  const token = options.token ?? "pio_test";
  // Token → member; a document's owner is its first writer, who alone sees it while private.
  const members = options.members ?? { [token]: "m1" };
  const rows = new Map<string, { change: Change; seq: number; doc: string }>();
  const docs = new Map<string, { owner: string; private: boolean; privateStamp: string }>();
  let seq = 0;
  let epoch = options.epoch;
  const withEpoch = (body: Record<string, unknown>) =>
    epoch === undefined ? body : { ...body, epoch };
  const requests: { method: string; url: string; changes?: number }[] = [];
  // Answers for the next pushes, whatever they hold (a hub in trouble, a strict proxy).
  const failNext: Refusal[] = [];
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
      const body = String(init.body);
      const changes = (JSON.parse(body) as { changes: Change[] }).changes;
      requests.push({ method, url: url.pathname, changes: changes.length });
      if (failNext.length > 0) {
        const f = failNext.shift()!;
        return json(f.status, { error: { code: f.code, message: `[hub] ${f.code}` } });
      }
      if (options.readOnly)
        return json(403, { error: { code: "read-only", message: "[hub] observers read" } });
      if (options.proxyLimit !== undefined && body.length > options.proxyLimit) {
        return new Response("<html>413 Request Entity Too Large</html>", { status: 413 });
      }
      for (let i = 0; i < changes.length; i++) {
        const r = options.refuse?.(changes[i]!, i);
        if (r) {
          const error = { code: r.code, message: `[hub] ${r.path ?? ""}: refused`, path: r.path };
          return json(r.status, { error });
        }
      }
      let applied = 0;
      let rejected = 0;
      const accepted: Change[] = [];
      const reannounce = new Set<string>();
      for (const c of changes) {
        const doc = `${c.collection}/${c.id}`;
        let d = docs.get(doc);
        if (!d) {
          d = { owner: member, private: false, privateStamp: "" };
          docs.set(doc, d);
        }
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
      return json(200, withEpoch({ cursor: String(seq), applied, rejected }));
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
      return d?.private === true && d.owner !== member;
    };
    return json(
      200,
      withEpoch({
        changes: page.filter((r) => !hidden(r.doc)).map((r) => r.change),
        cursor: String(page.at(-1)?.seq ?? since),
        more: page.length === limit,
      }),
    );
  };
  /** A copy of what the hub holds, as a backup would. */
  const backup = () => ({
    rows: new Map([...rows].map(([k, r]) => [k, { ...r }])),
    docs: new Map([...docs].map(([k, d]) => [k, { ...d }])),
    seq,
  });
  return {
    fetch,
    requests,
    rows,
    failNext,
    setDown(value: boolean) {
      down = value;
    },
    backup,
    /** Restores a backup, as `npm run hub -- restored` then marks it: a new epoch. */
    restore(copy: ReturnType<typeof backup>, newEpoch: string) {
      rows.clear();
      for (const [k, r] of copy.rows) rows.set(k, { ...r });
      docs.clear();
      for (const [k, d] of copy.docs) docs.set(k, { ...d });
      seq = copy.seq;
      epoch = newEpoch;
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

  describe("a change the hub refuses", () => {
    const hubAndClients = async (options: Parameters<typeof fakeHub>[0], now?: () => number) => {
      const hub = fakeHub({ members: { pio_a: "ana", pio_b: "leo" }, ...options });
      const a = await createLibrary({
        store: createMemoryStore(),
        replicaId: "a",
        pioneer: { id: "ana" },
        ...(now ? { now } : {}),
      });
      const b = await open("b");
      const client = (library: Library, token: string) =>
        createSyncClient({
          library,
          hubUrl: "http://hub.test",
          space: "s",
          token,
          fetch: hub.fetch,
          pushBatch: 8,
        });
      return { hub, a, b, ca: client(a, "pio_a"), cb: client(b, "pio_b") };
    };

    it("is set aside: the rest is sent, the pull goes on, the status says why", async () => {
      // The hub refuses notes containing "REFUS" (say, a rule the extension does not know).
      const { hub, a, b, ca, cb } = await hubAndClients({
        refuse: (c, i) =>
          "value" in c && c.value === "REFUS"
            ? { status: 400, code: "invalid-change", path: `changes[${i}].value` }
            : undefined,
      });
      const ids: string[] = [];
      for (let i = 0; i < 20; i++) ids.push(await a.put("clips", { url: `https://e.org/${i}` }));
      await a.update("clips", ids[3]!, { note: "REFUS" });
      await a.update("clips", ids[11]!, { note: "REFUS" });
      const fromB = await b.put("clips", { url: "https://b.org/" });
      expect((await cb.syncNow()).ok).toBe(true);

      const report = await ca.syncNow();
      expect(report).toMatchObject({ ok: true, setAside: 2, pulled: expect.any(Number) });
      expect(await a.get("clips", fromB)).toBeDefined();
      expect(ca.status.setAside?.count).toBe(2);
      expect(ca.status.setAside?.problem.code).toBe("change-refused");
      expect(ca.status.setAside?.problem.message.fr).toMatch(/mise de côté/);
      expect(ca.status.setAside?.problem.message.en).toMatch(/set aside/);
      expect(ca.status.state).toBe("idle");
      expect(await ca.countPending()).toBe(0);
      // Not sent again; the next edit goes through.
      const before = hub.requests.filter((r) => r.method === "POST").length;
      await a.update("clips", ids[3]!, { note: "accepté" });
      expect(await ca.syncNow()).toMatchObject({ ok: true, pushed: 1, setAside: 0 });
      expect(hub.requests.filter((r) => r.method === "POST").length).toBe(before + 1);
      expect((await cb.syncNow()).ok).toBe(true);
      expect(await b.query("clips")).toHaveLength(21);
      expect((await b.get("clips", ids[3]!))?.note).toBe("accepté");
      expect((await b.get("clips", ids[11]!))?.note).toBeUndefined();
    });

    it("from the future says this device's clock is wrong, and sets aside only those", async () => {
      const day = 24 * 3600_000;
      let skew = 0;
      const hubNow = 1_800_000_000_000;
      const { hub, a, ca } = await hubAndClients(
        {
          refuse: (c, i) =>
            Number(c.stamp.slice(0, 13)) > hubNow + day
              ? { status: 400, code: "stamp-from-future", path: `changes[${i}].stamp` }
              : undefined,
        },
        () => hubNow + skew,
      );
      await a.put("clips", { url: "https://e.org/on-time" });
      skew = 3 * day; // the device's clock jumps three days ahead
      for (let i = 0; i < 30; i++) await a.put("clips", { url: `https://e.org/${i}` });
      const report = await ca.syncNow();
      expect(report.ok && report.setAside).toBeGreaterThanOrEqual(30);
      expect(ca.status.setAside?.problem.code).toBe("clock");
      expect(ca.status.setAside?.problem.message.fr).toMatch(/horloge de cet appareil est fausse/);
      expect(ca.status.setAside?.problem.message.en).toMatch(/device's clock is wrong/);
      expect(ca.status.setAside?.problem.message.en).not.toMatch(/update the extension/i);
      const sent = [...hub.rows.values()].map((r) => r.change);
      expect(sent.some((c) => "value" in c && c.value === "https://e.org/on-time")).toBe(true);
      // Everything from the first refused stamp on goes aside at once, not one request each:
      // one request per batch of 8, not one per change.
      const total = (await a.changesSince("")).changes.length;
      const posts = hub.requests.filter((r) => r.method === "POST").length;
      expect(posts).toBeLessThanOrEqual(Math.ceil(total / 8) + 1);
    });

    it("too large for a proxy that does not say which is found by halving the batch", async () => {
      const { hub, a, ca } = await hubAndClients({ proxyLimit: 20_000 });
      for (let i = 0; i < 7; i++) await a.put("clips", { url: `https://e.org/${i}` });
      const big = await a.put("clips", { url: "https://e.org/big", text: "x".repeat(30_000) });
      const report = await ca.syncNow();
      expect(report).toMatchObject({ ok: true, setAside: 1 });
      const sent = [...hub.rows.values()].map((r) => r.change);
      expect(sent.filter((c) => c.field === "url")).toHaveLength(8);
      expect(sent.some((c) => c.id === big && c.field === "text")).toBe(false);
    });

    it("but a hub in trouble or asking to slow down is retried, nothing set aside", async () => {
      const { hub, a, ca } = await hubAndClients({});
      await a.put("clips", { url: "https://e.org/1" });
      hub.failNext.push(
        { status: 503, code: "shutting-down" },
        { status: 429, code: "rate-limited" },
      );
      for (const code of ["server", "rate-limited"]) {
        const r = await ca.syncNow();
        expect(r.ok || r.error.code).toBe(code);
        expect(r.ok || r.error.retryable).toBe(true);
      }
      expect(await ca.syncNow()).toMatchObject({
        ok: true,
        pushed: expect.any(Number),
        setAside: 0,
      });
      expect(ca.status.setAside).toBeNull();
      expect(hub.rows.size).toBeGreaterThan(0);
    });

    it("refusing every upload still lets the device receive", async () => {
      const { hub, a, b, ca, cb } = await hubAndClients({});
      const fromB = await b.put("clips", { url: "https://b.org/" });
      expect((await cb.syncNow()).ok).toBe(true);
      await a.put("clips", { url: "https://e.org/1" });
      hub.failNext.push({ status: 403, code: "origin-not-allowed" });
      const r = await ca.syncNow();
      expect(r.ok || r.error.code).toBe("rejected");
      expect(await a.get("clips", fromB)).toBeDefined();
      expect(await ca.syncNow()).toMatchObject({ ok: true, setAside: 0 });
    });
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

  describe("a hub restored from a backup (a new epoch)", () => {
    const setup = async () => {
      const hub = fakeHub({ members: { pio_a: "ana", pio_b: "leo" }, epoch: "e1" });
      const a = await open("a");
      const b = await open("b");
      const saved = { a: [] as SyncState[], b: [] as SyncState[] };
      const client = (library: Library, token: string, into: SyncState[]) =>
        createSyncClient({
          library,
          hubUrl: "http://hub.test",
          space: "s",
          token,
          fetch: hub.fetch,
          onState: (s) => void into.push(s),
        });
      return { hub, a, b, saved, ca: client(a, "pio_a", saved.a), cb: client(b, "pio_b", saved.b) };
    };

    it("resends everything and pulls from the start, so both replicas end with every change", async () => {
      const { hub, a, b, saved, ca, cb } = await setup();
      const one = await a.put("clips", { url: "https://example.org/1", title: "un" });
      for (const c of [ca, cb]) expect((await c.syncNow()).ok).toBe(true);
      expect(ca.state.epoch).toBe("e1");
      expect(ca.status.notice).toBeNull();
      const copy = hub.backup();
      // Written and acknowledged after the backup: lost when the hub is restored.
      const two = await a.put("clips", { url: "https://example.org/2", title: "deux" });
      const three = await b.put("clips", { url: "https://example.org/3", title: "trois" });
      await b.update("clips", one, { note: "relu par Léo" });
      for (const c of [ca, cb, ca]) expect((await c.syncNow()).ok).toBe(true);
      const pullCursorBefore = Number(cb.state.pullCursor);

      hub.restore(copy, "e2");
      const onHub = (id: string) => [...hub.rows.keys()].some((k) => k.startsWith(`clips/${id}/`));
      expect([onHub(one), onHub(two), onHub(three)]).toEqual([true, false, false]);
      // Written after the restore: the restored hub numbers it within the range Léo already
      // pulled — a client keeping its old cursor would skip it.
      const four = await a.put("clips", { url: "https://example.org/4", title: "quatre" });
      expect((await ca.syncNow()).ok).toBe(true);
      expect(Number(hub.rows.get(`clips/${four}/title/`)?.seq)).toBeLessThanOrEqual(
        pullCursorBefore,
      );
      expect((await cb.syncNow()).ok).toBe(true);
      expect((await ca.syncNow()).ok).toBe(true);

      for (const id of [one, two, three, four]) {
        expect(await a.get("clips", id)).toBeDefined();
        expect(await b.get("clips", id)).toEqual(await a.get("clips", id));
      }
      expect(await b.get("clips", one)).toMatchObject({ note: "relu par Léo" });
      expect(await b.get("clips", four)).toMatchObject({ title: "quatre" });
      for (const [c, states] of [
        [ca, saved.a],
        [cb, saved.b],
      ] as const) {
        expect(c.state.epoch).toBe("e2");
        expect(states.at(-1)?.epoch).toBe("e2");
        expect(c.status.notice).toMatchObject({
          code: "hub-restored",
          message: { fr: expect.stringMatching(/restauré/), en: expect.stringMatching(/restored/) },
        });
      }
      // Once recorded, the new epoch starts nothing over: the next syncs carry nothing.
      const requests = hub.requests.length;
      expect(await ca.syncNow()).toMatchObject({ ok: true, pushed: 0, pulled: 0 });
      expect(await cb.syncNow()).toMatchObject({ ok: true, pushed: 0, pulled: 0 });
      expect(hub.requests.length - requests).toBeLessThanOrEqual(4);
    });

    it("records the first epoch it sees, and keeps a saved one, without starting over", async () => {
      const { hub, a } = await setup();
      await a.put("clips", { url: "https://example.org/1" });
      const first = createSyncClient({
        library: a,
        hubUrl: "http://hub.test",
        space: "s",
        token: "pio_a",
        fetch: hub.fetch,
        // Saved by a client from before epochs.
        state: { pushCursor: "", pullCursor: "" },
      });
      const report = await first.syncNow();
      expect(report).toMatchObject({ ok: true, pushed: expect.any(Number) });
      expect(first.state.epoch).toBe("e1");
      expect(first.status.notice).toBeNull();
      first.close();
      await a.put("clips", { url: "https://example.org/2" });
      const pushes = hub.requests.filter((r) => r.method === "POST").length;
      const again = createSyncClient({
        library: a,
        hubUrl: "http://hub.test",
        space: "s",
        token: "pio_a",
        fetch: hub.fetch,
        state: first.state,
      });
      // Only the new clip's changes: the same epoch keeps the cursors.
      expect(await again.syncNow()).toMatchObject({
        ok: true,
        pushed: report.ok ? report.pushed : -1,
      });
      expect(hub.requests.filter((r) => r.method === "POST").length).toBe(pushes + 1);
      expect(again.status.notice).toBeNull();
    });
  });
});
