import type { Kysely, Transaction } from "kysely";
import { newEpoch } from "../tokens.ts";
import { type Database, migrateToLatest } from "./schema.ts";
import type {
  AuthenticatedMember,
  FieldWrite,
  HubStorage,
  Invite,
  Member,
  PullPage,
  PushResult,
  Role,
  Space,
} from "./types.ts";

/** Rows per multi-row statement: well under SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 500;

type MemberRow = Database["members"];

function toMember(r: Omit<MemberRow, "token_hash">): Member {
  return {
    id: r.id,
    spaceId: r.space_id,
    name: r.name,
    role: r.role as Role,
    createdAt: Number(r.created_at),
    revokedAt: r.revoked_at === null ? null : Number(r.revoked_at),
  };
}

function toSpace(r: Database["spaces"]): Space {
  return {
    id: r.id,
    name: r.name,
    seq: Number(r.seq),
    createdAt: Number(r.created_at),
    epoch: r.epoch,
  };
}

/** The query behind `memberByToken` (SQLite also runs it, compiled once, on a reader). */
export function memberByTokenQuery(db: Kysely<Database>, tokenHash: string) {
  return db
    .selectFrom("members as m")
    .innerJoin("spaces as s", "s.id", "m.space_id")
    .select([
      "m.id",
      "m.space_id",
      "m.name",
      "m.role",
      "m.created_at",
      "m.revoked_at",
      "s.seq as space_seq",
      "s.epoch as space_epoch",
    ])
    .where("m.token_hash", "=", tokenHash)
    .where("m.revoked_at", "is", null);
}

/** A row of {@link memberByTokenQuery} as a member with its space's sequence. */
export function toAuthenticated(
  r: Omit<MemberRow, "token_hash"> & { space_seq: number | string | bigint; space_epoch: string },
): AuthenticatedMember {
  return { ...toMember(r), spaceSeq: Number(r.space_seq), spaceEpoch: r.space_epoch };
}

/** The first query of `pull` (SQLite also runs it, compiled once, on a reader). */
export function pullQuery(db: Kysely<Database>, spaceId: string, since: number, limit: number) {
  return db
    .selectFrom("fields")
    .select(["seq", "change", "doc_key"])
    .where("space_id", "=", spaceId)
    .where("seq", ">", since)
    .orderBy("seq")
    .limit(limit);
}

/**
 * The second query of `pull`: the space's documents that are private to another member,
 * found through a partial index — a handful, usually none — rather than one probe per row.
 */
export function hiddenQuery(db: Kysely<Database>, spaceId: string, memberId: string) {
  return db
    .selectFrom("documents")
    .select("doc_key")
    .where("space_id", "=", spaceId)
    .where("private", "=", 1)
    .where("owner_id", "<>", memberId);
}

/**
 * A page from the rows of {@link pullQuery} as `[seq, change, doc_key]`: rows of `hidden`
 * documents are left out but still move the cursor.
 */
export function toPullPage(
  rows: readonly (readonly [number | string | bigint, string, string])[],
  hidden: ReadonlySet<string>,
  since: number,
  limit: number,
): PullPage {
  const changes: string[] = [];
  if (hidden.size === 0) for (const r of rows) changes.push(r[1]);
  else for (const r of rows) if (!hidden.has(r[2])) changes.push(r[1]);
  const last = rows[rows.length - 1];
  return {
    changes,
    cursor: last === undefined ? since : Number(last[0]),
    more: rows.length === limit,
  };
}

const memberColumns = ["id", "space_id", "name", "role", "created_at", "revoked_at"] as const;

/**
 * Runs `fn` in a transaction that holds the space's write lock, and passes it the space's
 * current sequence number (undefined when the space does not exist). SQLite takes the
 * database's single writer lock (`BEGIN IMMEDIATE`); PostgreSQL locks the space's row
 * (`SELECT … FOR UPDATE`).
 */
export type WithSpaceLock = <T>(
  spaceId: string,
  fn: (trx: Transaction<Database> | Kysely<Database>, seq: number | undefined) => Promise<T>,
) => Promise<T>;

type Trx = Transaction<Database> | Kysely<Database>;
type DocumentRow = Database["documents"];
type FieldRow = Database["fields"];

/** The bulk statements of a push; PostgreSQL swaps in array-parameter versions. */
export interface BulkWrites {
  /** Rows per call. */
  chunk: number;
  selectDocuments(
    trx: Trx,
    spaceId: string,
    keys: string[],
  ): Promise<Pick<DocumentRow, "doc_key" | "owner_id" | "private" | "private_stamp">[]>;
  /** Inserts or, for a newer stamp, replaces field rows; returns the sequence of rows written. */
  upsertFields(trx: Trx, rows: FieldRow[]): Promise<number[]>;
  insertDocuments(trx: Trx, rows: DocumentRow[]): Promise<void>;
}

/** The documents query of a push (also compiled once, per row, for SQLite). */
export function selectDocumentsQuery(trx: Trx, spaceId: string, keys: string[]) {
  return trx
    .selectFrom("documents")
    .select(["doc_key", "owner_id", "private", "private_stamp"])
    .where("space_id", "=", spaceId)
    .where("doc_key", "in", keys);
}

/** The field upsert of a push: a newer stamp replaces the row and takes the new sequence. */
export function upsertFieldsQuery(trx: Trx, rows: FieldRow[]) {
  return trx
    .insertInto("fields")
    .values(rows)
    .onConflict((oc) =>
      oc
        .columns(["space_id", "doc_key", "field", "element"])
        .doUpdateSet((eb) => ({
          stamp: eb.ref("excluded.stamp"),
          seq: eb.ref("excluded.seq"),
          author_id: eb.ref("excluded.author_id"),
          change: eb.ref("excluded.change"),
        }))
        .where("fields.stamp", "<", (eb) => eb.ref("excluded.stamp")),
    )
    .returning("seq");
}

/** Portable bulk statements: multi-row VALUES, `IN` lists. */
export const multiRowWrites: BulkWrites = {
  chunk: CHUNK,
  selectDocuments: (trx, spaceId, keys) => selectDocumentsQuery(trx, spaceId, keys).execute(),
  async upsertFields(trx, rows) {
    const written = await upsertFieldsQuery(trx, rows).execute();
    return written.map((r) => Number(r.seq));
  },
  async insertDocuments(trx, rows) {
    await trx.insertInto("documents").values(rows).execute();
  },
};

interface DocState {
  owner: string;
  private: boolean;
  privateStamp: string;
  isNew: boolean;
  dirty: boolean;
  reannounce: boolean;
}

/**
 * The storage logic both databases share. Only taking the space's write lock differs.
 *
 * @param db Kysely over SQLite or PostgreSQL
 * @param kind which one
 * @param withSpaceLock how to lock a space for writing
 * @param close releases the database
 * @returns the storage
 */
export function createKyselyStorage(
  db: Kysely<Database>,
  kind: HubStorage["kind"],
  withSpaceLock: WithSpaceLock,
  close: () => Promise<void>,
  bulk: BulkWrites = multiRowWrites,
): HubStorage {
  async function pushLocked(
    trx: Transaction<Database> | Kysely<Database>,
    spaceId: string,
    memberId: string,
    writes: readonly FieldWrite[],
    seq: number,
  ): Promise<PushResult> {
    // 1. The documents the batch touches: owner and private flag decide who may write them.
    const docs = new Map<string, DocState>();
    const keys = [...new Set(writes.map((w) => w.docKey))];
    for (let i = 0; i < keys.length; i += bulk.chunk) {
      const rows = await bulk.selectDocuments(trx, spaceId, keys.slice(i, i + bulk.chunk));
      for (const r of rows) {
        docs.set(r.doc_key, {
          owner: r.owner_id,
          private: Number(r.private) === 1,
          privateStamp: r.private_stamp,
          isNew: false,
          dirty: false,
          reannounce: false,
        });
      }
    }
    let rejected = 0;
    const accepted: FieldWrite[] = [];
    for (const w of writes) {
      let doc = docs.get(w.docKey);
      if (!doc) {
        doc = {
          owner: memberId,
          private: false,
          privateStamp: "",
          isNew: true,
          dirty: false,
          reannounce: false,
        };
        docs.set(w.docKey, doc);
      }
      const isOwner = doc.owner === memberId;
      if (doc.private && !isOwner) {
        rejected++;
        continue;
      }
      if (w.privateValue !== undefined && w.stamp > doc.privateStamp) {
        if (w.privateValue && !isOwner) {
          rejected++;
          continue;
        }
        if (doc.private && !w.privateValue) doc.reannounce = true;
        doc.private = w.privateValue;
        doc.privateStamp = w.stamp;
        doc.dirty = true;
      }
      accepted.push(w);
    }

    // 2. Field rows: last writer wins by stamp; each written row takes the next sequence.
    let applied = 0;
    // Rows that lose to a newer stored stamp leave a gap in the numbering: harmless, pullers
    // only need the numbers to grow in commit order.
    let next = seq;
    let top = seq;
    for (let i = 0; i < accepted.length; i += bulk.chunk) {
      const values = accepted.slice(i, i + bulk.chunk).map((w) => ({
        space_id: spaceId,
        doc_key: w.docKey,
        field: w.field,
        element: w.element,
        stamp: w.stamp,
        seq: ++next,
        author_id: memberId,
        change: w.change,
      }));
      const written = await bulk.upsertFields(trx, values);
      applied += written.length;
      for (const s of written) top = Math.max(top, s);
    }

    // 3. Document rows: new owners, private flags; a document made public again is
    // re-announced (its rows take new sequence numbers) so members who never saw it get it.
    const fresh: Database["documents"][] = [];
    for (const [docKey, d] of docs) {
      if (d.isNew) {
        fresh.push({
          space_id: spaceId,
          doc_key: docKey,
          owner_id: d.owner,
          private: d.private ? 1 : 0,
          private_stamp: d.privateStamp,
        });
      } else if (d.dirty) {
        await trx
          .updateTable("documents")
          .set({ private: d.private ? 1 : 0, private_stamp: d.privateStamp })
          .where("space_id", "=", spaceId)
          .where("doc_key", "=", docKey)
          .execute();
      }
      if (d.reannounce) {
        const rows = await trx
          .selectFrom("fields")
          .select(["field", "element"])
          .where("space_id", "=", spaceId)
          .where("doc_key", "=", docKey)
          .orderBy("seq")
          .execute();
        for (const r of rows) {
          await trx
            .updateTable("fields")
            .set({ seq: ++next })
            .where("space_id", "=", spaceId)
            .where("doc_key", "=", docKey)
            .where("field", "=", r.field)
            .where("element", "=", r.element)
            .execute();
          top = next;
        }
      }
    }
    for (let i = 0; i < fresh.length; i += bulk.chunk) {
      await bulk.insertDocuments(trx, fresh.slice(i, i + bulk.chunk));
    }
    if (top !== seq) {
      await trx.updateTable("spaces").set({ seq: top }).where("id", "=", spaceId).execute();
    }
    return { applied, rejected, cursor: top };
  }

  return {
    kind,
    migrate: () => migrateToLatest(db, kind),

    async createSpace(space) {
      const epoch = newEpoch();
      await db
        .insertInto("spaces")
        .values({ id: space.id, name: space.name, seq: 0, created_at: space.createdAt, epoch })
        .execute();
      return { ...space, seq: 0, epoch };
    },

    async getSpace(id) {
      const r = await db.selectFrom("spaces").selectAll().where("id", "=", id).executeTakeFirst();
      return r && toSpace(r);
    },

    async listSpaces() {
      const rows = await db.selectFrom("spaces").selectAll().orderBy("created_at").execute();
      return rows.map(toSpace);
    },

    async renewEpochs() {
      await db.transaction().execute(async (trx) => {
        const rows = await trx.selectFrom("spaces").select("id").execute();
        for (const { id } of rows) {
          await trx.updateTable("spaces").set({ epoch: newEpoch() }).where("id", "=", id).execute();
        }
      });
      const rows = await db.selectFrom("spaces").selectAll().orderBy("created_at").execute();
      return rows.map(toSpace);
    },

    async addMember(member, tokenHash) {
      await db
        .insertInto("members")
        .values({
          id: member.id,
          space_id: member.spaceId,
          name: member.name,
          role: member.role,
          token_hash: tokenHash,
          created_at: member.createdAt,
          revoked_at: null,
        })
        .execute();
      return { ...member, revokedAt: null };
    },

    async memberByToken(tokenHash) {
      const r = await memberByTokenQuery(db, tokenHash).executeTakeFirst();
      return r && toAuthenticated(r);
    },

    async getMember(spaceId, memberId) {
      const r = await db
        .selectFrom("members")
        .select(memberColumns)
        .where("space_id", "=", spaceId)
        .where("id", "=", memberId)
        .executeTakeFirst();
      return r && toMember(r);
    },

    async listMembers(spaceId) {
      const rows = await db
        .selectFrom("members")
        .select(memberColumns)
        .where("space_id", "=", spaceId)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toMember);
    },

    async setRole(spaceId, memberId, role) {
      const r = await db
        .updateTable("members")
        .set({ role })
        .where("space_id", "=", spaceId)
        .where("id", "=", memberId)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    async revokeMember(spaceId, memberId, at) {
      const r = await db
        .updateTable("members")
        .set({ revoked_at: at })
        .where("space_id", "=", spaceId)
        .where("id", "=", memberId)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    async createInvite(invite, codeHash) {
      await db
        .insertInto("invites")
        .values({
          code_hash: codeHash,
          space_id: invite.spaceId,
          role: invite.role,
          created_at: invite.createdAt,
          expires_at: invite.expiresAt,
          created_by: invite.createdBy,
          used_at: null,
          used_by: null,
        })
        .execute();
    },

    async listInvites(spaceId, now) {
      const rows = await db
        .selectFrom("invites")
        .select(["space_id", "role", "created_at", "expires_at", "created_by"])
        .where("space_id", "=", spaceId)
        .where("used_at", "is", null)
        .where("expires_at", ">", now)
        .orderBy("created_at")
        .execute();
      return rows.map(
        (r): Invite => ({
          spaceId: r.space_id,
          role: r.role as Role,
          createdAt: Number(r.created_at),
          expiresAt: Number(r.expires_at),
          createdBy: r.created_by,
        }),
      );
    },

    async redeemInvite(codeHash, now, member, tokenHash) {
      return db.transaction().execute(async (trx) => {
        const used = await trx
          .updateTable("invites")
          .set({ used_at: now, used_by: member.id })
          .where("code_hash", "=", codeHash)
          .where("used_at", "is", null)
          .where("expires_at", ">", now)
          .returning(["space_id", "role"])
          .executeTakeFirst();
        if (!used) return undefined;
        const row = {
          id: member.id,
          space_id: used.space_id,
          name: member.name,
          role: used.role,
          token_hash: tokenHash,
          created_at: member.createdAt,
          revoked_at: null,
        };
        await trx.insertInto("members").values(row).execute();
        return toMember(row);
      });
    },

    push(spaceId, memberId, writes) {
      return withSpaceLock(spaceId, async (trx, seq) => {
        if (seq === undefined) return { applied: 0, rejected: writes.length, cursor: 0 };
        return pushLocked(trx, spaceId, memberId, writes, seq);
      });
    },

    async pull(spaceId, memberId, since, limit): Promise<PullPage> {
      const rows = await pullQuery(db, spaceId, since, limit).execute();
      if (rows.length === 0) return { changes: [], cursor: since, more: false };
      const hidden = await hiddenQuery(db, spaceId, memberId).execute();
      return toPullPage(
        rows.map((r) => [r.seq, r.change, r.doc_key]),
        new Set(hidden.map((d) => d.doc_key)),
        since,
        limit,
      );
    },

    close,
  };
}
