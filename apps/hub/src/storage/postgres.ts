import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import {
  type BulkWrites,
  createKyselyStorage,
  memberByTokenQuery,
  toAuthenticated,
} from "./kysely-storage.ts";
import type { Database } from "./schema.ts";
import type { AuthenticatedMember, HubStorage } from "./types.ts";

/** Most token lookups in flight at once; more wait and go together in the next query. */
const LOOKUPS_IN_FLIGHT = 2;
/** Most tokens in one lookup query. */
const LOOKUP_BATCH = 500;

/**
 * Batches token lookups: while {@link LOOKUPS_IN_FLIGHT} queries run, new lookups wait and
 * then go together in one query. Nothing is cached: every lookup is answered by a query sent
 * after it arrived, so a revocation committed before a request reached any hub refuses that
 * request — revocation still takes effect at once, across hubs. Under load one round trip
 * then serves many requests instead of one.
 *
 * @param run the query for a batch of token hashes: the active members found, by hash
 * @returns the lookup of one token hash
 */
export function batchLookups<T>(
  run: (hashes: string[]) => Promise<Map<string, T>>,
): (hash: string) => Promise<T | undefined> {
  type Waiter = { resolve: (value: T | undefined) => void; reject: (error: unknown) => void };
  let pending = new Map<string, Waiter[]>();
  let inFlight = 0;
  function flush() {
    if (pending.size === 0 || inFlight >= LOOKUPS_IN_FLIGHT) return;
    let batch = pending;
    if (batch.size > LOOKUP_BATCH) {
      const entries = [...pending];
      batch = new Map(entries.slice(0, LOOKUP_BATCH));
      pending = new Map(entries.slice(LOOKUP_BATCH));
    } else pending = new Map();
    inFlight++;
    run([...batch.keys()])
      .then(
        (found) => {
          for (const [hash, waiters] of batch) for (const w of waiters) w.resolve(found.get(hash));
        },
        (error: unknown) => {
          for (const waiters of batch.values()) for (const w of waiters) w.reject(error);
        },
      )
      .finally(() => {
        inFlight--;
        flush();
      });
  }
  return (hash) =>
    new Promise((resolve, reject) => {
      const waiters = pending.get(hash);
      if (waiters) waiters.push({ resolve, reject });
      else pending.set(hash, [{ resolve, reject }]);
      flush();
    });
}

/**
 * Bulk statements with one array parameter per column (`unnest`): one statement and one
 * plan per push, however many rows, instead of thousands of bound parameters.
 */
const unnestWrites: BulkWrites = {
  chunk: 10_000,
  selectDocuments: (trx, spaceId, keys) =>
    trx
      .selectFrom("documents")
      .select(["doc_key", "owner_id", "private", "private_stamp"])
      .where("space_id", "=", spaceId)
      .where(sql<boolean>`doc_key = any(${keys}::text[])`)
      .execute(),
  async upsertFields(trx, rows) {
    const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
    const result = await sql<{ seq: string }>`
      insert into fields (space_id, doc_key, field, element, stamp, seq, author_id, change)
      select ${rows[0]?.space_id ?? ""}::text, * from unnest(
        ${col("doc_key")}::text[], ${col("field")}::text[], ${col("element")}::text[],
        ${col("stamp")}::text[], ${col("seq").map(String)}::bigint[], ${col("author_id")}::text[],
        ${col("change")}::text[])
      on conflict (space_id, doc_key, field, element) do update
        set stamp = excluded.stamp, seq = excluded.seq, author_id = excluded.author_id,
            change = excluded.change
        where fields.stamp < excluded.stamp
      returning seq`.execute(trx);
    return result.rows.map((r) => Number(r.seq));
  },
  async insertDocuments(trx, rows) {
    const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
    await sql`
      insert into documents (space_id, doc_key, owner_id, private, private_stamp)
      select ${rows[0]?.space_id ?? ""}::text, * from unnest(
        ${col("doc_key")}::text[], ${col("owner_id")}::text[], ${col("private")}::int[],
        ${col("private_stamp")}::text[])`.execute(trx);
  },
};

/**
 * Opens the hub's PostgreSQL storage. Several hubs may share one database: a push locks its
 * space's row (`SELECT … FOR UPDATE`) for the whole transaction, so pushes to one space
 * commit one after the other, in sequence order, whichever hub takes them.
 *
 * @param url a `postgres://` connection URL
 * @param poolSize connections in the pool (default 10)
 * @returns the storage; call `migrate()` before use
 * @example
 * ```ts
 * const storage = openPostgresStorage(process.env.DATABASE_URL!);
 * await storage.migrate();
 * ```
 */
export function openPostgresStorage(url: string, poolSize = 10): HubStorage {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection dropped by the server (restart, failover) must not crash the hub: the
  // pool replaces it on next use, and queries in flight fail with their own error.
  pool.on("error", () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  // Every request looks its token up: batched (see batchLookups), as a statement prepared
  // once per connection (named), with the hashes as one array parameter.
  const sentinel = "\u0000hashes";
  const compiled = memberByTokenQuery(db, sentinel)
    .clearWhere()
    .select("m.token_hash")
    .where(sql<boolean>`m.token_hash = any(${sentinel}::text[])`)
    .where("m.revoked_at", "is", null)
    .compile();
  const lookup = batchLookups(async (hashes) => {
    const values = compiled.parameters.map((p) => (p === sentinel ? hashes : p));
    const { rows } = await pool.query({ name: "member-by-token", text: compiled.sql, values });
    const found = new Map<string, AuthenticatedMember>();
    for (const row of rows) found.set(row.token_hash, toAuthenticated(row));
    return found;
  });
  const storage = createKyselyStorage(
    db,
    "postgres",
    (spaceId, fn) =>
      db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom("spaces")
          .select("seq")
          .where("id", "=", spaceId)
          .forUpdate()
          .executeTakeFirst();
        return fn(trx, row === undefined ? undefined : Number(row.seq));
      }),
    async () => {
      await db.destroy();
    },
    unnestWrites,
  );
  return { ...storage, memberByToken: lookup };
}
