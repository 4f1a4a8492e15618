// An in-memory hub that behaves like apps/hub on the wire (join with single-use codes, roles,
// push with last-writer-wins per field or set element, paged pull by sequence, admin calls,
// leave, JSON errors), reached through an injected fetch. It can be switched off to play an
// unreachable hub. The end-to-end tests run the real hub; this one keeps unit tests fast.
import type { FetchLike } from "@pionniers/library/sync";

type Role = "admin" | "member" | "observer";
interface Member {
  id: string;
  name: string;
  role: Role;
  token: string;
  createdAt: string;
  revokedAt: string | null;
}
interface Space {
  id: string;
  name: string;
  seq: number;
  /** Changes when the hub is restored from a backup (see `restore`). */
  epoch: string;
  rows: Map<string, { change: Record<string, unknown>; seq: number }>;
  members: Map<string, Member>;
}

/** The fake hub and its handles. */
export interface FakeHub {
  fetch: FetchLike;
  /** False: every request fails like a network error. */
  up: boolean;
  /** Like the real hub's HUB_MAX_CHANGE_BYTES: a longer change refuses the push (413). */
  maxChangeBytes: number;
  /** Requests received (method and path), for assertions on what was sent. */
  requests: string[];
  spaces: Map<string, Space>;
  createSpace(name: string): { id: string; code: string };
  /** A restore from an empty backup: the space's rows are gone and its epoch is new. */
  restore(space: string): void;
  invite(space: string, role: Role): string;
}

/**
 * Creates a fake hub at `url`.
 *
 * @param url its base URL
 * @returns the hub
 * @example
 * ```ts
 * const hub = createFakeHub("https://hub.test");
 * const { id, code } = hub.createSpace("Collectif");
 * ```
 */
export function createFakeHub(url = "https://hub.test"): FakeHub {
  let n = 0;
  const invites = new Map<string, { space: string; role: Role }>();
  const json = (status: number, body: unknown) =>
    new Response(body === null ? null : JSON.stringify(body), {
      status,
      headers: { "content-type": "application/json" },
    });
  const fail = (status: number, code: string, message: string) =>
    json(status, { error: { code, message: `[hub] ${message}` } });

  const hub: FakeHub = {
    up: true,
    maxChangeBytes: 1024 * 1024,
    requests: [],
    spaces: new Map(),
    createSpace(name) {
      const id = `s${++n}`;
      hub.spaces.set(id, {
        id,
        name,
        seq: 0,
        epoch: `e${++n}`,
        rows: new Map(),
        members: new Map(),
      });
      return { id, code: hub.invite(id, "admin") };
    },
    restore(id) {
      const space = hub.spaces.get(id)!;
      space.rows.clear();
      space.seq = 0;
      space.epoch = `e${++n}`;
    },
    invite(space, role) {
      const code = `code-${++n}`;
      invites.set(code, { space, role });
      return code;
    },
    async fetch(input, init) {
      if (!hub.up) throw new TypeError("Failed to fetch");
      const u = new URL(input);
      if (!input.startsWith(url)) throw new TypeError("Failed to fetch");
      const method = init?.method ?? "GET";
      hub.requests.push(`${method} ${u.pathname}`);
      const body = init?.body ? JSON.parse(String(init.body)) : undefined;
      if (method === "POST" && u.pathname === "/v1/join") {
        const invite = invites.get(body.code);
        if (!invite) return fail(403, "invite-invalid", "unknown, used or expired invite code");
        invites.delete(body.code);
        const space = hub.spaces.get(invite.space)!;
        const member: Member = {
          id: `m${++n}`,
          name: body.name,
          role: invite.role,
          token: `pio_${++n}`,
          createdAt: new Date().toISOString(),
          revokedAt: null,
        };
        space.members.set(member.id, member);
        return json(200, {
          space: { id: space.id, name: space.name },
          member: { id: member.id, name: member.name, role: member.role },
          token: member.token,
        });
      }
      const m = /^\/v1\/spaces\/([^/]+)(\/.*)?$/.exec(u.pathname);
      const token = String(
        (init?.headers as Record<string, string> | undefined)?.authorization ?? "",
      ).replace(/^Bearer /, "");
      const owner = [...hub.spaces.values()].find((s) =>
        [...s.members.values()].some((x) => x.token === token && x.revokedAt === null),
      );
      if (!owner) return fail(401, "unauthorized", "unknown or revoked token");
      const space = m ? hub.spaces.get(decodeURIComponent(m[1]!)) : undefined;
      if (!space || space !== owner) return fail(404, "not-found", "no such space");
      const me = [...space.members.values()].find((x) => x.token === token)!;
      const rest = m?.[2] ?? "";
      const publicMember = (x: Member) => ({
        id: x.id,
        name: x.name,
        role: x.role,
        createdAt: x.createdAt,
        revokedAt: x.revokedAt,
      });
      if (rest === "/changes" && method === "POST") {
        if (me.role === "observer")
          return fail(403, "read-only", "observers read but do not write");
        const changes = body.changes as Record<string, unknown>[];
        const big = changes.findIndex((c) => JSON.stringify(c).length > hub.maxChangeBytes);
        if (big >= 0)
          return json(413, {
            error: {
              code: "value-too-large",
              message: "[hub] change too large",
              path: `changes[${big}]`,
            },
          });
        let applied = 0;
        for (const c of changes) {
          const key = `${c.collection}|${c.id}|${c.field}|${"element" in c ? c.element : ""}`;
          const old = hub.spaces.get(space.id)!.rows.get(key);
          if (old && String(old.change.stamp) >= String(c.stamp)) continue;
          space.rows.set(key, { change: c, seq: ++space.seq });
          applied++;
        }
        return json(200, { cursor: String(space.seq), applied, rejected: 0, epoch: space.epoch });
      }
      if (rest === "/changes" && method === "GET") {
        const since = Number(u.searchParams.get("since") || 0);
        const limit = Number(u.searchParams.get("limit") || 1000);
        const rows = [...space.rows.values()]
          .filter((r) => r.seq > since)
          .sort((a, b) => a.seq - b.seq);
        const page = rows.slice(0, limit);
        return json(200, {
          changes: page.map((r) => r.change),
          cursor: String(page.at(-1)?.seq ?? since),
          more: rows.length > limit,
          epoch: space.epoch,
        });
      }
      if (rest === "" && method === "GET")
        return json(200, { space: { id: space.id, name: space.name }, member: publicMember(me) });
      if (rest === "/leave" && method === "POST") {
        me.revokedAt = new Date().toISOString();
        return json(204, null);
      }
      if (me.role !== "admin") return fail(403, "forbidden", "only admins manage members");
      if (rest === "/members" && method === "GET")
        return json(200, { members: [...space.members.values()].map(publicMember) });
      if (rest === "/invites" && method === "POST")
        return json(200, {
          code: hub.invite(space.id, body.role),
          role: body.role,
          expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        });
      const target = /^\/members\/([^/]+)(\/revoke)?$/.exec(rest);
      const member = target ? space.members.get(decodeURIComponent(target[1]!)) : undefined;
      if (!member) return fail(404, "not-found", "no such member");
      if (target?.[2]) member.revokedAt = new Date().toISOString();
      else member.role = body.role;
      return json(200, publicMember(member));
    },
  };
  return hub;
}
