import { readFileSync } from "node:fs";
import { join as join_ } from "node:path";
import { Readable } from "node:stream";
import { createClock } from "@pionniers/library";
import type { InjectOptions } from "fastify";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Harness, harness } from "./harness.ts";
import { startPostgres, type TestPostgres } from "./postgres.ts";

let hub: Harness;
const clock = createClock("laptop");
const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const clip = (id: string, field: string, value: unknown) => ({
  collection: "clips",
  id,
  field,
  value,
  stamp: clock.next(),
});

async function pullAll(token: string, spaceId = hub.spaceId) {
  const res = await hub.app.inject({ url: `/v1/spaces/${spaceId}/changes`, headers: auth(token) });
  return res;
}

beforeEach(async () => {
  hub = await harness();
});
afterEach(async () => {
  await hub.close();
});

describe("space epoch", () => {
  it("comes with every push, pull and space answer, and changes once the hub is marked restored", async () => {
    const ana = await hub.join("member", "Ana");
    const url = `/v1/spaces/${hub.spaceId}`;
    const answers = async () => {
      const push = await hub.app.inject({
        method: "POST",
        url: `${url}/changes`,
        headers: auth(ana.token),
        payload: { changes: [clip("c1", "title", "Coopérer")] },
      });
      const empty = await hub.app.inject({
        method: "POST",
        url: `${url}/changes`,
        headers: auth(ana.token),
        payload: { changes: [] },
      });
      const page = await pullAll(ana.token);
      const cursor = page.json().cursor as string;
      // Nothing newer than the cursor: answered without reading the rows, epoch still there.
      const upToDate = await hub.app.inject({
        url: `${url}/changes?since=${cursor}`,
        headers: auth(ana.token),
      });
      const info = await hub.app.inject({ url, headers: auth(ana.token) });
      expect(page.json().changes.length).toBeGreaterThan(0);
      expect(upToDate.json().changes).toEqual([]);
      return [
        push.json().epoch,
        empty.json().epoch,
        page.json().epoch,
        upToDate.json().epoch,
        info.json().space.epoch,
      ];
    };
    const before = await answers();
    const epoch = (await hub.service.storage.getSpace(hub.spaceId))!.epoch;
    expect(epoch).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(before).toEqual(Array(5).fill(epoch));
    const restored = await hub.service.restored();
    const renewed = restored.find((s) => s.id === hub.spaceId)!.epoch;
    expect(renewed).not.toBe(epoch);
    expect(await answers()).toEqual(Array(5).fill(renewed));
  });
});

describe("membership", () => {
  it("answers health without a token", async () => {
    const res = await hub.app.inject({ url: "/health" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "ok", storage: "sqlite" });
  });

  it("admits a member with a single-use invite and a 256-bit token", async () => {
    const invite = await hub.service.invite(null, hub.spaceId, "member", 24);
    const first = await hub.app.inject({
      method: "POST",
      url: "/v1/join",
      payload: { code: invite.code, name: "Ana" },
    });
    expect(first.statusCode).toBe(201);
    const body = first.json();
    expect(body.token).toMatch(/^pio_[A-Za-z0-9_-]{43}$/);
    expect(body).toMatchObject({
      space: { id: hub.spaceId, name: "Collectif des Monts" },
      member: { name: "Ana", role: "member" },
    });
    const again = await hub.app.inject({
      method: "POST",
      url: "/v1/join",
      payload: { code: invite.code, name: "Eve" },
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe("invalid-invite");
    const me = await hub.app.inject({
      url: `/v1/spaces/${hub.spaceId}`,
      headers: auth(body.token),
    });
    expect(me.json()).toMatchObject({ member: { name: "Ana", role: "member" } });
  });

  it("lets admins invite, list, change roles and revoke — revocation takes effect at once", async () => {
    const admin = await hub.join("admin", "Zoé");
    const member = await hub.join("member", "Ana");
    const url = `/v1/spaces/${hub.spaceId}`;
    const invite = await hub.app.inject({
      method: "POST",
      url: `${url}/invites`,
      headers: auth(admin.token),
      payload: { role: "observer" },
    });
    expect(invite.statusCode).toBe(201);
    expect(invite.json().role).toBe("observer");
    const denied = await hub.app.inject({
      method: "POST",
      url: `${url}/invites`,
      headers: auth(member.token),
      payload: {},
    });
    expect(denied.statusCode).toBe(403);
    const list = await hub.app.inject({ url: `${url}/members`, headers: auth(admin.token) });
    expect(list.json().members.map((m: { name: string }) => m.name)).toEqual(["Zoé", "Ana"]);
    const role = await hub.app.inject({
      method: "PATCH",
      url: `${url}/members/${member.id}`,
      headers: auth(admin.token),
      payload: { role: "observer" },
    });
    expect(role.json().role).toBe("observer");
    expect((await pullAll(member.token)).statusCode).toBe(200);
    const revoke = await hub.app.inject({
      method: "POST",
      url: `${url}/members/${member.id}/revoke`,
      headers: auth(admin.token),
    });
    expect(revoke.statusCode).toBe(200);
    const after = await pullAll(member.token);
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe("unauthorized");
  });

  it("lets a member leave", async () => {
    const member = await hub.join("member");
    const res = await hub.app.inject({
      method: "POST",
      url: `/v1/spaces/${hub.spaceId}/leave`,
      headers: auth(member.token),
    });
    expect(res.statusCode).toBe(200);
    expect((await pullAll(member.token)).statusCode).toBe(401);
  });
});

describe("changes", () => {
  it("pushes idempotently and pulls the latest value of every field, paged", async () => {
    const ana = await hub.join("member");
    const changes = [
      clip("c1", "url", "https://www.avise.org/"),
      clip("c1", "title", "Avise"),
      clip("c2", "url", "https://ess-france.org/"),
    ];
    const url = `/v1/spaces/${hub.spaceId}/changes`;
    const push = await hub.app.inject({
      method: "POST",
      url,
      headers: auth(ana.token),
      payload: { changes },
    });
    expect(push.statusCode).toBe(200);
    expect(push.json()).toEqual({
      cursor: "3",
      applied: 3,
      rejected: 0,
      epoch: expect.any(String),
    });
    const again = await hub.app.inject({
      method: "POST",
      url,
      headers: auth(ana.token),
      payload: { changes },
    });
    expect(again.json()).toEqual({
      cursor: "3",
      applied: 0,
      rejected: 0,
      epoch: expect.any(String),
    });
    const page1 = await hub.app.inject({ url: `${url}?limit=2`, headers: auth(ana.token) });
    expect(page1.json()).toMatchObject({ cursor: "2", more: true });
    const page2 = await hub.app.inject({ url: `${url}?since=2&limit=2`, headers: auth(ana.token) });
    expect([...page1.json().changes, ...page2.json().changes]).toEqual(changes);
    expect(page2.json().more).toBe(false);
  });

  it("lets observers read but not write", async () => {
    const observer = await hub.join("observer");
    const res = await hub.app.inject({
      method: "POST",
      url: `/v1/spaces/${hub.spaceId}/changes`,
      headers: auth(observer.token),
      payload: { changes: [clip("c", "title", "x")] },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("read-only");
    expect((await pullAll(observer.token)).json().changes).toEqual([]);
  });

  it("hides another member's private clips and refuses writes to them", async () => {
    const ana = await hub.join("member", "Ana");
    const bea = await hub.join("member", "Bea");
    const url = `/v1/spaces/${hub.spaceId}/changes`;
    await hub.app.inject({
      method: "POST",
      url,
      headers: auth(ana.token),
      payload: { changes: [clip("p", "private", true), clip("p", "note", "mon brouillon")] },
    });
    expect((await pullAll(bea.token)).json().changes).toEqual([]);
    expect((await pullAll(ana.token)).json().changes).toHaveLength(2);
    const write = await hub.app.inject({
      method: "POST",
      url,
      headers: auth(bea.token),
      payload: { changes: [clip("p", "note", "volé")] },
    });
    expect(write.json()).toMatchObject({ applied: 0, rejected: 1 });
  });
});

// PostgreSQL refuses what SQLite stores (NUL characters in text, for one): the hostile input
// runs on both storages.
let postgres: TestPostgres | undefined;
afterAll(async () => {
  await postgres?.stop();
});

for (const storage of ["SQLite", "PostgreSQL"] as const)
  describe(`hostile input on ${storage} gets a 4xx with a clear JSON error and changes nothing`, () => {
    let ana: { id: string; token: string };
    const url = () => `/v1/spaces/${hub.spaceId}/changes`;
    const snapshot = async () => (await pullAll(ana.token)).body;

    beforeAll(async () => {
      if (storage === "PostgreSQL") postgres ??= await startPostgres();
    }, 60_000);

    beforeEach(async () => {
      if (postgres && storage === "PostgreSQL") {
        await hub.close();
        hub = await harness({}, await postgres.newDatabase());
      }
      ana = await hub.join("member", "Ana");
      await hub.app.inject({
        method: "POST",
        url: url(),
        headers: auth(ana.token),
        payload: { changes: [clip("keep", "url", "https://www.avise.org/")] },
      });
    });

    const cases: [string, () => InjectOptions, number, string][] = [
      [
        "malformed JSON",
        () => ({
          method: "POST",
          url: url(),
          headers: { ...auth(ana.token), "content-type": "application/json" },
          payload: '{"changes": [',
        }),
        400,
        "invalid-json",
      ],
      [
        "a non-JSON content type",
        () => ({
          method: "POST",
          url: url(),
          headers: { ...auth(ana.token), "content-type": "application/xml" },
          payload: "<changes/>",
        }),
        415,
        "unsupported-media-type",
      ],
      [
        "a plain-text body",
        () => ({
          method: "POST",
          url: url(),
          headers: { ...auth(ana.token), "content-type": "text/plain" },
          payload: "hello",
        }),
        400,
        "invalid-request",
      ],
      [
        "an oversized body",
        () => ({
          method: "POST",
          url: url(),
          headers: { ...auth(ana.token), "content-type": "application/json" },
          payload: JSON.stringify({ changes: [], pad: "x".repeat(9 * 1024 * 1024) }),
        }),
        413,
        "body-too-large",
      ],
      [
        "a batch over the limit",
        () => ({
          method: "POST",
          url: url(),
          headers: auth(ana.token),
          payload: { changes: Array.from({ length: 5001 }, (_, i) => clip(`b${i}`, "title", "t")) },
        }),
        413,
        "batch-too-large",
      ],
      [
        "a change for an unknown field",
        () => ({
          method: "POST",
          url: url(),
          headers: auth(ana.token),
          payload: { changes: [clip("a", "title", "ok"), clip("a", "password", "x")] },
        }),
        400,
        "invalid-change",
      ],
      [
        "a stamp two days ahead",
        () => ({
          method: "POST",
          url: url(),
          headers: auth(ana.token),
          payload: {
            changes: [
              { ...clip("a", "title", "t"), stamp: `${Date.now() + 2 * 86_400_000}-0000-evil` },
            ],
          },
        }),
        400,
        "stamp-from-future",
      ],
      [
        "a __proto__ key",
        () => ({
          method: "POST",
          url: url(),
          headers: { ...auth(ana.token), "content-type": "application/json" },
          payload: '{"changes":[],"__proto__":{"admin":true}}',
        }),
        400,
        "invalid-json",
      ],
      ["no token", () => ({ url: url() }), 401, "unauthorized"],
      [
        "a forged token",
        () => ({ url: url(), headers: auth(`pio_${"A".repeat(43)}`) }),
        401,
        "unauthorized",
      ],
      [
        "a SQL-looking token",
        () => ({ url: url(), headers: auth("' OR 1=1 --") }),
        401,
        "unauthorized",
      ],
      [
        "a SQL-looking cursor",
        () => ({ url: `${url()}?since=0%20OR%201=1`, headers: auth(ana.token) }),
        400,
        "invalid-cursor",
      ],
      [
        "a SQL-looking space id",
        () => ({
          url: "/v1/spaces/x'%3B%20DROP%20TABLE%20fields%3B--/changes",
          headers: auth(ana.token),
        }),
        404,
        "not-found",
      ],
      [
        "a SQL-looking document id",
        () => ({
          method: "POST",
          url: url(),
          headers: auth(ana.token),
          payload: { changes: [clip("'; DROP TABLE fields; --", "title", "x")] },
        }),
        400,
        "invalid-change",
      ],
      ["an unknown route", () => ({ url: "/v1/admin" }), 404, "not-found"],
      [
        "a NUL character in a space id",
        () => ({ url: "/v1/spaces/x%00y/changes", headers: auth(ana.token) }),
        404,
        "not-found",
      ],
    ];

    for (const [what, request, status, code] of cases) {
      it(`refuses ${what}`, async () => {
        const before = await snapshot();
        const res = await hub.app.inject(request());
        expect(res.statusCode).toBe(status);
        const error = res.json().error;
        expect(error.code).toBe(code);
        expect(error.message).toMatch(/^\[hub\] .{10,}/);
        expect(await snapshot()).toBe(before);
      });
    }

    it("names the first bad change's path", async () => {
      const res = await hub.app.inject({
        method: "POST",
        url: url(),
        headers: auth(ana.token),
        payload: { changes: [clip("a", "title", "ok"), clip("a", "url", "javascript:alert(1)")] },
      });
      expect(res.json().error.path).toBe("changes[1].value");
    });

    it("stores SQL-looking values verbatim, as data", async () => {
      const evil = "'); DROP TABLE fields; -- \" OR 1=1";
      const res = await hub.app.inject({
        method: "POST",
        url: url(),
        headers: auth(ana.token),
        payload: { changes: [clip("keep", "title", evil)] },
      });
      expect(res.statusCode).toBe(200);
      const titles = (await pullAll(ana.token))
        .json()
        .changes.filter((c: { field: string }) => c.field === "title");
      expect(titles.map((c: { value: string }) => c.value)).toEqual([evil]);
    });

    it("answers another space's token as if the space did not exist", async () => {
      const { space, invite } = await hub.service.createSpace("Autre collectif");
      const join = await hub.app.inject({
        method: "POST",
        url: "/v1/join",
        payload: { code: invite.code, name: "Intrus" },
      });
      const intruder = join.json().token as string;
      const res = await pullAll(intruder);
      expect(res.statusCode).toBe(404);
      const push = await hub.app.inject({
        method: "POST",
        url: url(),
        headers: auth(intruder),
        payload: { changes: [clip("keep", "title", "pwned")] },
      });
      expect(push.statusCode).toBe(404);
      expect((await pullAll(intruder, space.id)).json().changes).toEqual([]);
    });

    it("answers an admin's PATCH or revoke of another space's member 404 and changes nothing", async () => {
      const admin = await hub.join("admin", "Zoé");
      const { space, invite } = await hub.service.createSpace("Autre collectif");
      const other = (await hub.service.join(invite.code, "Voisine")).member;
      const members = `/v1/spaces/${hub.spaceId}/members`;
      const before = await hub.service.members(null, space.id);
      const attempts: InjectOptions[] = [
        {
          method: "PATCH",
          url: `${members}/${other.id}`,
          headers: auth(admin.token),
          payload: { role: "observer" },
        },
        { method: "POST", url: `${members}/${other.id}/revoke`, headers: auth(admin.token) },
        // The other space in the path: this admin's token is not of that space.
        {
          method: "PATCH",
          url: `/v1/spaces/${space.id}/members/${other.id}`,
          headers: auth(admin.token),
          payload: { role: "observer" },
        },
        {
          method: "POST",
          url: `/v1/spaces/${space.id}/members/${other.id}/revoke`,
          headers: auth(admin.token),
        },
      ];
      for (const attempt of attempts) {
        const res = await hub.app.inject(attempt);
        expect(res.statusCode, `${attempt.method} ${attempt.url}`).toBe(404);
        expect(res.json().error.code).toBe("not-found");
      }
      expect(await hub.service.members(null, space.id)).toEqual(before);
      expect(before).toMatchObject([{ id: other.id, role: "admin", revokedAt: null }]);
    });

    it("stores a tag with a NUL character (the library allows it) and gives it back intact", async () => {
      const tag = (element: string) => ({
        collection: "clips",
        id: "keep",
        field: "tags",
        element,
        present: true,
        stamp: clock.next(),
      });
      // The second one is what the first is stored under: both must stay distinct.
      const changes = [
        tag("co\u0000op"),
        tag(`\u0001${JSON.stringify("co\u0000op")}`),
        tag("coop"),
      ];
      const res = await hub.app.inject({
        method: "POST",
        url: url(),
        headers: auth(ana.token),
        payload: { changes },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ applied: 3, rejected: 0 });
      const pulled = (await pullAll(ana.token)).json().changes;
      expect(pulled.slice(1)).toEqual(changes);
    });

    it("refuses NUL characters in names and member ids with a 4xx", async () => {
      const admin = await hub.join("admin", "Zoé");
      const invite = await hub.service.invite(null, hub.spaceId, "member", 1);
      const join = await hub.app.inject({
        method: "POST",
        url: "/v1/join",
        payload: { code: invite.code, name: "Ev\u0000e" },
      });
      expect(join.statusCode).toBe(400);
      expect(join.json().error).toMatchObject({ code: "invalid-request", path: "name" });
      const patch = await hub.app.inject({
        method: "PATCH",
        url: `/v1/spaces/${hub.spaceId}/members/a%00b`,
        headers: auth(admin.token),
        payload: { role: "observer" },
      });
      expect(patch.statusCode).toBe(404);
      expect(patch.json().error.code).toBe("not-found");
      const revoke = await hub.app.inject({
        method: "POST",
        url: `/v1/spaces/${hub.spaceId}/members/a%00b/revoke`,
        headers: auth(admin.token),
      });
      expect(revoke.statusCode).toBe(404);
      const names = (await hub.service.members(null, hub.spaceId)).map((m) => m.name);
      expect(names).toEqual(["Ana", "Zoé"]);
    });
  });

// The protocol a sync client relies on to skip a change the hub will never take (instead of
// stalling on it): the whole batch is refused, nothing is written, and the error's path starts
// with the refused change's index; the same batch without it then goes through.
describe("a batch with one refused change", () => {
  const kinds: [string, (c: ReturnType<typeof clip>) => object, number, string, string][] = [
    ["invalid", (c) => ({ ...c, field: "password" }), 400, "invalid-change", "changes[1].field"],
    [
      "stamped more than 24 h ahead",
      (c) => ({ ...c, stamp: `${Date.now() + 2 * 86_400_000}-0000-fast` }),
      400,
      "stamp-from-future",
      "changes[1].stamp",
    ],
    [
      "too large",
      (c) => ({ ...c, field: "note", value: "x".repeat(2000) }),
      413,
      "value-too-large",
      "changes[1]",
    ],
  ];
  for (const [what, spoil, status, code, path] of kinds) {
    it(`is refused whole when one change is ${what}, naming it; without it, the rest is stored`, async () => {
      const small = await harness({ HUB_MAX_CHANGE_BYTES: "1024" });
      try {
        const ana = await small.join("member");
        const url = `/v1/spaces/${small.spaceId}/changes`;
        const batch = [
          clip("a", "title", "A"),
          spoil(clip("b", "title", "B")),
          clip("c", "title", "C"),
        ];
        const refused = await small.app.inject({
          method: "POST",
          url,
          headers: auth(ana.token),
          payload: { changes: batch },
        });
        expect(refused.statusCode).toBe(status);
        expect(refused.json().error).toMatchObject({ code, path });
        const pull = () => small.app.inject({ url, headers: auth(ana.token) });
        expect((await pull()).json().changes).toEqual([]);
        const rest = [batch[0], batch[2]];
        const retried = await small.app.inject({
          method: "POST",
          url,
          headers: auth(ana.token),
          payload: { changes: rest },
        });
        expect(retried.json()).toEqual({
          cursor: "2",
          applied: 2,
          rejected: 0,
          epoch: expect.any(String),
        });
        expect((await pull()).json().changes).toEqual(rest);
      } finally {
        await small.close();
      }
    });
  }

  it("reports a write to another member's private clip in `rejected` and stores the others", async () => {
    const ana = await hub.join("member", "Ana");
    const bea = await hub.join("member", "Bea");
    const url = `/v1/spaces/${hub.spaceId}/changes`;
    await hub.app.inject({
      method: "POST",
      url,
      headers: auth(ana.token),
      payload: { changes: [clip("p", "private", true)] },
    });
    const mixed = await hub.app.inject({
      method: "POST",
      url,
      headers: auth(bea.token),
      payload: {
        changes: [clip("q", "title", "Q"), clip("p", "note", "x"), clip("r", "title", "R")],
      },
    });
    expect(mixed.statusCode).toBe(200);
    expect(mixed.json()).toEqual({
      cursor: "3",
      applied: 2,
      rejected: 1,
      epoch: expect.any(String),
    });
    const pulled = (await pullAll(bea.token)).json().changes.map((c: { id: string }) => c.id);
    expect(pulled).toEqual(["q", "r"]);
  });
});

describe("requests without a valid token", () => {
  const MiB = 1024 * 1024;

  it("are answered 401 from their headers, before the body is read or parsed", async () => {
    // Larger than the body limit and not JSON: reading it would answer 413, parsing it 400.
    let sent = 0;
    const body = new Readable({
      read() {
        if (sent >= 9 * MiB) {
          this.push(null);
          return;
        }
        sent += 64 * 1024;
        this.push(Buffer.alloc(64 * 1024, "{"));
      },
    });
    const res = await hub.app.inject({
      method: "POST",
      url: `/v1/spaces/${hub.spaceId}/changes`,
      headers: { ...auth(`pio_${"F".repeat(43)}`), "content-type": "application/json" },
      payload: body,
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({
      code: "unauthorized",
      message: expect.stringMatching(/^\[hub\] this token is unknown/),
    });
    expect(sent).toBeLessThan(MiB);
  });

  it("are limited per IP: 429 with Retry-After once the budget is spent, members still served", async () => {
    const limited = await harness({ HUB_ANON_RATE_LIMIT: "3" });
    try {
      const ana = await limited.join("member");
      const url = `/v1/spaces/${limited.spaceId}/changes`;
      const forged = { ...auth(`pio_${"G".repeat(43)}`) };
      const answers = [];
      for (let i = 0; i < 4; i++) {
        answers.push(await limited.app.inject({ url, headers: i === 1 ? {} : forged }));
      }
      // The harness's join spent one of the 3 attempts.
      expect(answers.map((r) => r.statusCode)).toEqual([401, 401, 429, 429]);
      const refused = answers[3]!;
      expect(Number(refused.headers["retry-after"])).toBeGreaterThanOrEqual(1);
      expect(refused.json().error).toMatchObject({
        code: "rate-limited",
        message: expect.stringMatching(/^\[hub\] too many refused tokens from this address/),
      });
      const other = await limited.app.inject({
        url,
        headers: forged,
        remoteAddress: "192.0.2.7",
      });
      expect(other.statusCode).toBe(401);
      expect((await limited.app.inject({ url, headers: auth(ana.token) })).statusCode).toBe(200);
      const join = await limited.app.inject({
        method: "POST",
        url: "/v1/join",
        payload: { code: "AAAAAAAAAAAAAAAA", name: "Eve" },
      });
      expect(join.statusCode).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe("hygiene", () => {
  it("allows CORS for extension origins only", async () => {
    const ok = await hub.app.inject({
      method: "OPTIONS",
      url: `/v1/spaces/${hub.spaceId}/changes`,
      headers: {
        origin: "chrome-extension://abcdefghijklmnopabcdefghijklmnop",
        "access-control-request-method": "POST",
      },
    });
    expect(ok.statusCode).toBe(204);
    expect(ok.headers["access-control-allow-origin"]).toBe(
      "chrome-extension://abcdefghijklmnopabcdefghijklmnop",
    );
    expect(ok.headers["access-control-allow-headers"]).toContain("authorization");
    const firefox = await hub.app.inject({
      url: "/health",
      headers: { origin: "moz-extension://0b4d7c2e-1111-2222-3333-444455556666" },
    });
    expect(firefox.headers["access-control-allow-origin"]).toBe(
      "moz-extension://0b4d7c2e-1111-2222-3333-444455556666",
    );
    const web = await hub.app.inject({
      method: "OPTIONS",
      url: "/health",
      headers: { origin: "https://evil.example" },
    });
    expect(web.statusCode).toBe(403);
    expect(web.headers["access-control-allow-origin"]).toBeUndefined();
    expect(web.json().error.code).toBe("origin-not-allowed");
  });

  it("with HUB_CORS_ORIGINS, allows only the listed extension origins", async () => {
    const mine = "chrome-extension://pionnierspionnierspionnierspionn";
    const pinned = await harness({ HUB_CORS_ORIGINS: ` ${mine} ,moz-extension://1234` });
    try {
      const ana = await pinned.join("member");
      const url = `/v1/spaces/${pinned.spaceId}/changes`;
      const ok = await pinned.app.inject({
        url,
        headers: { ...auth(ana.token), origin: mine },
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.headers["access-control-allow-origin"]).toBe(mine);
      const preflight = await pinned.app.inject({
        method: "OPTIONS",
        url,
        headers: { origin: mine, "access-control-request-method": "POST" },
      });
      expect(preflight.statusCode).toBe(204);
      expect(preflight.headers["access-control-allow-origin"]).toBe(mine);
      for (const origin of [
        "chrome-extension://abcdefghijklmnopabcdefghijklmnop",
        "moz-extension://0b4d7c2e-1111-2222-3333-444455556666",
      ]) {
        const other = await pinned.app.inject({ url, headers: { ...auth(ana.token), origin } });
        expect(other.statusCode, origin).toBe(403);
        expect(other.headers["access-control-allow-origin"]).toBeUndefined();
        expect(other.json().error.code).toBe("origin-not-allowed");
      }
    } finally {
      await pinned.close();
    }
  });

  it("rate-limits per token", async () => {
    const limited = await harness({ HUB_RATE_LIMIT: "5" });
    try {
      const ana = await limited.join("member");
      const other = await limited.join("member", "Bea");
      const codes: number[] = [];
      for (let i = 0; i < 7; i++) {
        codes.push(
          (
            await limited.app.inject({
              url: `/v1/spaces/${limited.spaceId}/changes`,
              headers: auth(ana.token),
            })
          ).statusCode,
        );
      }
      expect(codes).toEqual([200, 200, 200, 200, 200, 429, 429]);
      expect(
        (
          await limited.app.inject({
            url: `/v1/spaces/${limited.spaceId}/changes`,
            headers: auth(other.token),
          })
        ).statusCode,
      ).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it("calls a change over the library's own 1 MiB limit value-too-large, naming it", async () => {
    const h = await harness();
    try {
      const ana = await h.join("member");
      const res = await h.app.inject({
        method: "POST",
        url: `/v1/spaces/${h.spaceId}/changes`,
        headers: auth(ana.token),
        payload: {
          changes: [
            clip("a", "title", "ok"),
            { ...clip("s", "data", Array(20).fill("é".repeat(30_000))), collection: "stories" },
          ],
        },
      });
      expect(res.statusCode).toBe(413);
      expect(res.json().error.code).toBe("value-too-large");
      expect(res.json().error.path).toMatch(/^changes\[1\]/);
    } finally {
      await h.close();
    }
  });

  it("refuses a change larger than the value limit", async () => {
    const small = await harness({ HUB_MAX_CHANGE_BYTES: "400" });
    try {
      const ana = await small.join("member");
      const res = await small.app.inject({
        method: "POST",
        url: `/v1/spaces/${small.spaceId}/changes`,
        headers: auth(ana.token),
        payload: { changes: [clip("a", "title", "ok"), clip("a", "note", "x".repeat(500))] },
      });
      expect(res.statusCode).toBe(413);
      expect(res.json().error).toMatchObject({ code: "value-too-large", path: "changes[1]" });
      const pulled = await small.app.inject({
        url: `/v1/spaces/${small.spaceId}/changes`,
        headers: auth(ana.token),
      });
      expect(pulled.json().changes).toEqual([]);
    } finally {
      await small.close();
    }
  });

  it("stores tokens and invite codes only as hashes", async () => {
    const invite = await hub.service.invite(null, hub.spaceId, "member", 1);
    const join = await hub.app.inject({
      method: "POST",
      url: "/v1/join",
      payload: { code: invite.code, name: "Ana" },
    });
    const token = join.json().token as string;
    await hub.close();
    const file = readFileSync(join_(hub.config.dataDir, "hub.sqlite"));
    const wal = readFileSync(join_(hub.config.dataDir, "hub.sqlite-wal"), { flag: "a+" });
    for (const bytes of [file, wal]) {
      expect(bytes.includes(token)).toBe(false);
      expect(bytes.includes(invite.code)).toBe(false);
    }
    hub = await harness();
  });

  it("logs structured JSON lines without tokens or invite codes", async () => {
    const invite = await hub.service.invite(null, hub.spaceId, "member", 1);
    const join = await hub.app.inject({
      method: "POST",
      url: "/v1/join",
      payload: { code: invite.code, name: "Ana" },
    });
    const token = join.json().token as string;
    await pullAll(token);
    await pullAll(`pio_${"B".repeat(43)}`);
    expect(hub.logs.length).toBeGreaterThan(3);
    for (const line of hub.logs) {
      expect(() => JSON.parse(line)).not.toThrow();
      expect(line).not.toContain(token);
      expect(line).not.toContain(invite.code);
      expect(line).not.toContain("B".repeat(43));
    }
  });
});
