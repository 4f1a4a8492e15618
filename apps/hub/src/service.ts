import {
  type Change,
  isSetChange,
  MAX_DRIFT_MS,
  parseStamp,
  validateChanges,
} from "@pionniers/library";
import { HubError } from "./errors.ts";
import type {
  AuthenticatedMember,
  FieldWrite,
  HubStorage,
  Invite,
  Member,
  PushResult,
  Role,
  Space,
} from "./storage/types.ts";
import { roles } from "./storage/types.ts";
import { hashSecret, newId, newInviteCode, newToken } from "./tokens.ts";

/** Limits the service enforces on pushes and pulls. */
export interface ServiceLimits {
  maxBatch: number;
  maxChangeBytes: number;
  maxPull: number;
}

/** Options of {@link createHubService}. */
export interface HubServiceOptions extends ServiceLimits {
  storage: HubStorage;
  /** Wall clock in ms (tests inject one). */
  now?: () => number;
}

/** Who acts: a member, or the server's operator at the command line (`null`). */
export type Actor = Member | null;

/** A freshly made invite: the code is shown once, only its hash is kept. */
export interface IssuedInvite extends Invite {
  code: string;
}

/** The hub's operations, shared by the HTTP routes and the CLI. */
export interface HubService {
  readonly storage: HubStorage;
  /** The active member holding `token`, for `spaceId` (another space's token → not-found). */
  authenticate(token: string | undefined, spaceId: string): Promise<AuthenticatedMember>;
  createSpace(name: string): Promise<{ space: Space; invite: IssuedInvite }>;
  join(code: unknown, name: unknown): Promise<{ space: Space; member: Member; token: string }>;
  spaceOf(member: Member): Promise<Space>;
  /** Stores a push; answers with the space's epoch (it changes when the hub is restored). */
  push(
    member: Member | AuthenticatedMember,
    body: unknown,
  ): Promise<PushResult & { epoch: string }>;
  /** A page as ready-to-send JSON text, with the space's epoch. */
  pull(member: Member | AuthenticatedMember, since: unknown, limit: unknown): Promise<string>;
  invite(actor: Actor, spaceId: string, role: unknown, ttlHours: unknown): Promise<IssuedInvite>;
  members(actor: Actor, spaceId: string): Promise<Member[]>;
  setRole(actor: Actor, spaceId: string, memberId: string, role: unknown): Promise<Member>;
  revoke(actor: Actor, spaceId: string, memberId: string): Promise<Member>;
  /**
   * After a restore from a backup: gives every space a new epoch, so that each client resends
   * its outbox and pulls from the start. Returns the spaces.
   */
  restored(): Promise<Space[]>;
}

const TOKEN = /^pio_[A-Za-z0-9_-]{43}$/;
const CURSOR = /^\d{1,15}$/;
const DEFAULT_PULL = 5000;
const DEFAULT_INVITE_HOURS = 7 * 24;

function isRole(x: unknown): x is Role {
  return typeof x === "string" && (roles as readonly string[]).includes(x);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: they are what names may not hold
const CONTROL = /[\u0000-\u001f\u007f]/;

function cleanName(name: unknown, what: string): string {
  // Control characters: PostgreSQL cannot store NUL in text, and none belongs in a name.
  if (typeof name !== "string" || name.trim() === "" || name.length > 200 || CONTROL.test(name)) {
    throw new HubError(
      "invalid-request",
      `${what}: give a name of 1–200 characters, without control characters`,
      what,
    );
  }
  return name.trim();
}

/**
 * The key a set element is stored under. The library allows any character in a tag, NUL
 * included, which PostgreSQL cannot hold in text: such an element (and, to stay one-to-one,
 * any starting with U+0001) is stored as U+0001 + its JSON string. The change itself, with
 * its true element, travels as JSON text, where NUL is escaped.
 */
function elementKey(element: string): string {
  return element.includes("\u0000") || element.startsWith("\u0001")
    ? `\u0001${JSON.stringify(element)}`
    : element;
}

/**
 * Creates the hub's service layer: membership, invites, and the validated push/pull of
 * changes. Routes and CLI stay thin and call it.
 *
 * @param options storage, limits, clock
 * @returns the service
 * @example
 * ```ts
 * const service = createHubService({ storage, maxBatch: 5000, maxChangeBytes: 1 << 20, maxPull: 10000 });
 * const { space, invite } = await service.createSpace("Collectif des Monts");
 * ```
 */
export function createHubService(options: HubServiceOptions): HubService {
  const { storage, maxBatch, maxChangeBytes, maxPull } = options;
  const now = options.now ?? Date.now;
  // Token -> its hash, for the tokens seen lately: every request hashes its token otherwise.
  const hashes = new Map<string, string>();

  async function requireSpace(spaceId: string): Promise<Space> {
    const space = await storage.getSpace(spaceId);
    if (!space) throw new HubError("not-found", `no space ${JSON.stringify(spaceId.slice(0, 40))}`);
    return space;
  }

  async function requireAdmin(actor: Actor, spaceId: string): Promise<void> {
    if (actor === null) {
      await requireSpace(spaceId);
      return;
    }
    if (actor.spaceId !== spaceId) throw new HubError("not-found", "no such space");
    if (actor.role !== "admin") {
      throw new HubError("forbidden", "only the space's admins manage members and invites");
    }
  }

  async function requireMember(spaceId: string, memberId: string): Promise<Member> {
    // A NUL would make PostgreSQL fail the query: no member id holds one.
    const member = memberId.includes("\u0000")
      ? undefined
      : await storage.getMember(spaceId, memberId);
    if (!member || member.revokedAt !== null) {
      throw new HubError("not-found", `no active member ${JSON.stringify(memberId.slice(0, 40))}`);
    }
    return member;
  }

  async function issueInvite(spaceId: string, role: Role, hours: number, by: string | null) {
    const code = newInviteCode();
    const createdAt = now();
    const invite: Invite = {
      spaceId,
      role,
      createdAt,
      expiresAt: createdAt + hours * 3_600_000,
      createdBy: by,
    };
    await storage.createInvite(invite, hashSecret(code));
    return { ...invite, code };
  }

  /** Validates a push body and turns it into field writes, newest stamp per field kept. */
  function toWrites(body: unknown): FieldWrite[] {
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      throw new HubError("invalid-request", 'send a JSON object { "changes": [ … ] }');
    }
    const input = (body as { changes?: unknown }).changes;
    if (Array.isArray(input) && input.length > maxBatch) {
      throw new HubError(
        "batch-too-large",
        `${input.length} changes in one push (at most ${maxBatch}) — split the batch`,
        "changes",
      );
    }
    const checked = validateChanges(input, "changes");
    if (!checked.ok) {
      // The library says "too-large" of the whole list and of one change alike; the path tells.
      const tooLarge = checked.error.code === "too-large";
      const oneChange = /^changes\[\d+\]/.test(checked.error.path ?? "");
      throw new HubError(
        tooLarge ? (oneChange ? "value-too-large" : "batch-too-large") : "invalid-change",
        checked.error.message.replace(/^\[library\] (changes[^:]*: )?/, ""),
        checked.error.path,
      );
    }
    const horizon = now() + MAX_DRIFT_MS;
    const byKey = new Map<string, FieldWrite>();
    checked.value.forEach((c: Change, i) => {
      if (parseStamp(c.stamp).wall > horizon) {
        throw new HubError(
          "stamp-from-future",
          "stamp more than 24 h ahead of the hub's clock — check this device's date and time",
          `changes[${i}].stamp`,
        );
      }
      const change = JSON.stringify(c);
      if (Buffer.byteLength(change) > maxChangeBytes) {
        throw new HubError(
          "value-too-large",
          `change of ${Buffer.byteLength(change)} bytes (at most ${maxChangeBytes})`,
          `changes[${i}]`,
        );
      }
      const set = isSetChange(c);
      const write: FieldWrite = {
        docKey: `${c.collection}/${c.id}`,
        field: c.field,
        element: set ? elementKey(c.element) : "",
        stamp: c.stamp,
        change,
      };
      if (!set && c.field === "private" && typeof c.value === "boolean") {
        write.privateValue = c.value;
      }
      const key = `${write.docKey}\u0000${write.field}\u0000${write.element}`;
      const seen = byKey.get(key);
      if (!seen || seen.stamp < write.stamp) byKey.set(key, write);
    });
    return [...byKey.values()];
  }

  return {
    storage,

    async authenticate(token, spaceId) {
      if (token === undefined || !TOKEN.test(token)) {
        throw new HubError(
          "unauthorized",
          "send your access token as `Authorization: Bearer pio_…` — join the space with an invite to get one",
        );
      }
      let hash = hashes.get(token);
      if (hash === undefined) {
        if (hashes.size >= 10_000) hashes.clear();
        hash = hashSecret(token);
        hashes.set(token, hash);
      }
      const member = await storage.memberByToken(hash);
      if (!member) {
        throw new HubError(
          "unauthorized",
          "this token is unknown or was revoked — ask an admin for a new invite",
        );
      }
      // Another space's token learns nothing about this space: same answer as a missing one.
      if (member.spaceId !== spaceId) throw new HubError("not-found", "no such space");
      return member;
    },

    async createSpace(name) {
      const space = await storage.createSpace({
        id: newId(),
        name: cleanName(name, "name"),
        createdAt: now(),
      });
      const invite = await issueInvite(space.id, "admin", DEFAULT_INVITE_HOURS, null);
      return { space, invite };
    },

    async join(code, name) {
      if (typeof code !== "string" || !/^[A-Za-z0-9_-]{10,100}$/.test(code)) {
        throw new HubError("invalid-invite", "not an invite code — copy the whole code", "code");
      }
      const memberName = cleanName(name, "name");
      const token = newToken();
      const member = await storage.redeemInvite(
        hashSecret(code),
        now(),
        { id: newId(), name: memberName, createdAt: now() },
        hashSecret(token),
      );
      if (!member) {
        throw new HubError(
          "invalid-invite",
          "this invite is unknown, already used or expired — ask an admin for a new one",
          "code",
        );
      }
      return { space: await requireSpace(member.spaceId), member, token };
    },

    spaceOf: (member) => requireSpace(member.spaceId),

    async push(member, body) {
      if (member.role === "observer") {
        throw new HubError(
          "read-only",
          "observers read but do not write — ask an admin for the member role",
        );
      }
      const writes = toWrites(body);
      // The epoch read with the token: `restored` runs while the hub is stopped.
      const known = "spaceEpoch" in member ? member.spaceEpoch : undefined;
      if (writes.length === 0) {
        const space = await requireSpace(member.spaceId);
        return { applied: 0, rejected: 0, cursor: space.seq, epoch: space.epoch };
      }
      const result = await storage.push(member.spaceId, member.id, writes);
      return { ...result, epoch: known ?? (await requireSpace(member.spaceId)).epoch };
    },

    async pull(member, since, limit) {
      let from = 0;
      if (since !== undefined && since !== "") {
        if (typeof since !== "string" || !CURSOR.test(since)) {
          throw new HubError(
            "invalid-cursor",
            'not a cursor — pass the "cursor" of the last page, or nothing to start over',
            "since",
          );
        }
        from = Number(since);
      }
      let size = DEFAULT_PULL;
      if (limit !== undefined && limit !== "") {
        if (typeof limit !== "string" || !/^\d{1,9}$/.test(limit) || Number(limit) < 1) {
          throw new HubError(
            "invalid-request",
            `limit is a whole number from 1 to ${maxPull}`,
            "limit",
          );
        }
        size = Math.min(Number(limit), maxPull);
      }
      const epoch = JSON.stringify(
        "spaceEpoch" in member ? member.spaceEpoch : (await requireSpace(member.spaceId)).epoch,
      );
      // Nothing newer than the space's sequence read with the token: answer without a query.
      if ("spaceSeq" in member && from >= member.spaceSeq) {
        return `{"changes":[],"cursor":"${from}","more":false,"epoch":${epoch}}`;
      }
      const page = await storage.pull(member.spaceId, member.id, from, size);
      return `{"changes":[${page.changes.join(",")}],"cursor":"${page.cursor}","more":${page.more},"epoch":${epoch}}`;
    },

    async invite(actor, spaceId, role = "member", ttlHours = DEFAULT_INVITE_HOURS) {
      await requireAdmin(actor, spaceId);
      if (!isRole(role))
        throw new HubError("invalid-request", "role is admin, member or observer", "role");
      const hours = Number(ttlHours);
      if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 90) {
        throw new HubError("invalid-request", "ttlHours is from 1 h to 90 days", "ttlHours");
      }
      return issueInvite(spaceId, role, hours, actor?.id ?? null);
    },

    async members(actor, spaceId) {
      await requireAdmin(actor, spaceId);
      return storage.listMembers(spaceId);
    },

    async setRole(actor, spaceId, memberId, role) {
      await requireAdmin(actor, spaceId);
      if (!isRole(role))
        throw new HubError("invalid-request", "role is admin, member or observer", "role");
      const member = await requireMember(spaceId, memberId);
      await storage.setRole(spaceId, memberId, role);
      return { ...member, role };
    },

    async revoke(actor, spaceId, memberId) {
      // Anyone may leave (revoke themselves); only admins revoke others.
      if (actor === null || actor.id !== memberId) await requireAdmin(actor, spaceId);
      else if (actor.spaceId !== spaceId) throw new HubError("not-found", "no such space");
      const member = await requireMember(spaceId, memberId);
      const at = now();
      await storage.revokeMember(spaceId, memberId, at);
      return { ...member, revokedAt: at };
    },

    restored: () => storage.renewEpochs(),
  };
}
