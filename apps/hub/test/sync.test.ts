// Two in-memory libraries converge through a real hub listening on loopback.
import { createLibrary, createMemoryStore, type Library } from "@pionniers/library";
import { createSyncClient, joinSpace, type SyncClient } from "@pionniers/library/sync";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";
import { type RunningHub, startHub } from "../src/server.ts";
import { createHubService, type HubService } from "../src/service.ts";
import { tempDir } from "./fixtures.ts";

let hub: RunningHub;
let spaceId: string;
let service: HubService;
const clients: SyncClient[] = [];

async function pioneer(name: string, role: "admin" | "member" | "observer" = "member") {
  const { code } = await service.invite(null, spaceId, role, 1);
  const joined = await joinSpace({ hubUrl: hub.url, code, name });
  if (!joined.ok) throw new Error(joined.error.message.en);
  const library = await createLibrary({
    store: createMemoryStore(),
    replicaId: name.toLowerCase(),
    pioneer: { id: name.toLowerCase(), displayName: name },
  });
  const client = createSyncClient({
    library,
    hubUrl: hub.url,
    space: spaceId,
    token: joined.joined.token,
  });
  clients.push(client);
  return { library, client, token: joined.joined.token, member: joined.joined.member };
}

async function syncAll(...cs: { client: SyncClient }[]) {
  for (let round = 0; round < 2; round++) {
    for (const c of cs) {
      const r = await c.client.syncNow();
      if (!r.ok) throw new Error(r.error.message.en + r.error.detail);
    }
  }
}

async function everything(library: Library) {
  const out: Record<string, unknown[]> = {};
  for (const collection of ["clips", "themes", "pioneers"] as const) {
    out[collection] = (await library.query(collection, { trash: "all" })).sort((a, b) =>
      a.id.localeCompare(b.id),
    );
  }
  return out;
}

beforeEach(async () => {
  hub = await startHub(loadConfig({ HUB_PORT: "0", HUB_DATA_DIR: tempDir() }), { logger: false });
  service = createHubService({ storage: hub.storage, ...loadConfig({}) });
  spaceId = (await service.createSpace("Collectif des Monts")).space.id;
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await hub.close();
});

describe("sync through a real hub", () => {
  it("carries a clip and its tags from A to B, without echoing it back", async () => {
    const a = await pioneer("Ana");
    const b = await pioneer("Bea");
    const id = await a.library.put("clips", {
      url: "https://www.avise.org/",
      title: "Avise",
      tags: ["ess", "financement"],
    });
    const pushed = await a.client.syncNow();
    expect(pushed).toMatchObject({ ok: true, rejected: 0 });
    const pulled = await b.client.syncNow();
    expect(pulled.ok && pulled.pulled).toBeGreaterThan(0);
    expect(await b.library.get("clips", id)).toMatchObject({
      title: "Avise",
      tags: ["ess", "financement"],
      createdBy: "ana",
    });
    const again = await b.client.syncNow();
    expect(again).toMatchObject({ ok: true, pushed: 0, pulled: 0 });
    expect(b.client.status).toMatchObject({ state: "idle", pending: 0, lastError: null });
    expect(b.client.status.lastSyncAt).not.toBeNull();
  });

  it("keeps both offline edits of different fields, and concurrent tags", async () => {
    const a = await pioneer("Ana");
    const b = await pioneer("Bea");
    const id = await a.library.put("clips", { url: "https://www.avise.org/", title: "Avise" });
    await syncAll(a, b);
    await a.library.update("clips", id, { title: "Avise — centre de ressources" });
    await b.library.update("clips", id, { note: "À lire avant le comité" });
    await a.library.addTo("clips", id, "tags", "ess");
    await b.library.addTo("clips", id, "tags", "dla");
    await syncAll(a, b);
    const docA = await a.library.get("clips", id);
    expect(docA).toMatchObject({
      title: "Avise — centre de ressources",
      note: "À lire avant le comité",
      tags: ["dla", "ess"],
    });
    expect(await everything(a.library)).toEqual(await everything(b.library));
  });

  it("sends a deletion to both trashes, and a restore back", async () => {
    const a = await pioneer("Ana");
    const b = await pioneer("Bea");
    const id = await a.library.put("clips", { url: "https://ess-france.org/" });
    await syncAll(a, b);
    await b.library.remove("clips", id);
    await syncAll(b, a);
    expect((await a.library.query("clips", { trash: true })).map((c) => c.id)).toEqual([id]);
    await a.library.restore("clips", id);
    await syncAll(a, b);
    expect((await b.library.query("clips")).map((c) => c.id)).toEqual([id]);
  });

  it("never sends a private clip's content to the hub or to others", async () => {
    const a = await pioneer("Ana");
    const b = await pioneer("Bea");
    const secret = await a.library.put("clips", {
      url: "https://example.org/perso",
      note: "notes perso",
      private: true,
    });
    const shared = await a.library.put("clips", { url: "https://example.org/public" });
    await syncAll(a, b);
    expect(await b.library.get("clips", secret)).toBeUndefined();
    expect(await b.library.get("clips", shared)).toBeDefined();
    const res = await fetch(`${hub.url}/v1/spaces/${spaceId}/changes`, {
      headers: { authorization: `Bearer ${a.token}` },
    });
    const own = ((await res.json()) as { changes: { id: string; field: string }[] }).changes.filter(
      (c) => c.id === secret,
    );
    expect(own.map((c) => c.field)).toEqual(["private"]);
    // Made private later: the flag goes out, the new content does not, the others stop seeing it.
    await a.library.update("clips", shared, { private: true, note: "devenu perso" });
    await syncAll(a, b);
    expect((await b.library.get("clips", shared))?.note).toBeUndefined();
  });

  it("lets an observer read while its own edits stay local", async () => {
    const a = await pioneer("Ana");
    const o = await pioneer("Olivier", "observer");
    await a.library.put("clips", { url: "https://www.avise.org/" });
    await syncAll(a);
    await o.library.put("clips", { url: "https://observer.example/" });
    const r = await o.client.syncNow();
    expect(r.ok).toBe(true);
    expect(o.client.status.readOnly).toBe(true);
    expect((await o.library.query("clips")).length).toBe(2);
    await syncAll(a);
    expect((await a.library.query("clips")).length).toBe(1);
  });

  it("reports a revoked token in plain French, and recovers from a hub that was down", async () => {
    const a = await pioneer("Ana");
    await a.library.put("clips", { url: "https://www.avise.org/" });
    const down = createSyncClient({
      library: a.library,
      hubUrl: "http://127.0.0.1:9",
      space: spaceId,
      token: a.token,
      now: () => 1_000,
    });
    const offline = await down.syncNow();
    expect(offline).toMatchObject({ ok: false, error: { code: "offline", retryable: true } });
    expect(down.status.lastError?.message.fr).toMatch(/injoignable/);
    expect(down.status.nextRetryAt).toBeGreaterThan(1_000);
    down.close();
    expect((await a.client.syncNow()).ok).toBe(true);
    await a.client.leave();
    const again = createSyncClient({
      library: a.library,
      hubUrl: hub.url,
      space: spaceId,
      token: a.token,
    });
    const refused = await again.syncNow();
    expect(refused).toMatchObject({
      ok: false,
      error: { code: "unauthorized", retryable: false, status: 401 },
    });
    expect(again.status.lastError?.message.fr).toMatch(/invitation/);
    again.close();
  });

  it("resumes from persisted cursors without pulling everything again", async () => {
    const a = await pioneer("Ana");
    for (let i = 0; i < 30; i++) await a.library.put("clips", { url: `https://example.org/${i}` });
    await syncAll(a);
    const library = await createLibrary({
      store: createMemoryStore(),
      replicaId: "bea",
      pioneer: { id: "bea" },
    });
    const b = await pioneer("Bea");
    let saved = { pushCursor: "", pullCursor: "" };
    const first = createSyncClient({
      library,
      hubUrl: hub.url,
      space: spaceId,
      token: b.token,
      pullLimit: 50,
      onState: (s) => {
        saved = s;
      },
    });
    expect(await first.syncNow()).toMatchObject({ ok: true });
    first.close();
    expect((await library.query("clips")).length).toBe(30);
    const second = createSyncClient({
      library,
      hubUrl: hub.url,
      space: spaceId,
      token: b.token,
      state: saved,
    });
    expect(await second.syncNow()).toMatchObject({ ok: true, pushed: 0, pulled: 0 });
    second.close();
  });

  it("lets an admin invite, list, demote and revoke from the client", async () => {
    const admin = await pioneer("Zoe", "admin");
    const ana = await pioneer("Ana");
    const info = await admin.client.info();
    expect(info).toMatchObject({
      ok: true,
      value: { space: { id: spaceId }, member: { role: "admin" } },
    });
    const invite = await admin.client.invite("observer", 2);
    expect(invite).toMatchObject({
      ok: true,
      value: { role: "observer", code: expect.any(String) },
    });
    const list = await admin.client.members();
    expect(list.ok && list.value.members.map((m) => m.name)).toEqual(["Zoe", "Ana"]);
    expect(await admin.client.setRole(ana.member.id, "observer")).toMatchObject({
      ok: true,
      value: { role: "observer" },
    });
    expect(await admin.client.revoke(ana.member.id)).toMatchObject({
      ok: true,
      value: { revokedAt: expect.any(String) },
    });
    expect(await ana.client.syncNow()).toMatchObject({
      ok: false,
      error: { code: "unauthorized" },
    });
    const denied = await createSyncClient({
      library: ana.library,
      hubUrl: hub.url,
      space: spaceId,
      token: (await pioneer("Bea")).token,
    }).invite();
    expect(denied).toMatchObject({ ok: false, error: { code: "rejected", status: 403 } });
  });
});
