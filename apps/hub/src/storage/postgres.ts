import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { type BulkWrites, createKyselyStorage } from "./kysely-storage.ts";
import type { Database } from "./schema.ts";
import type { HubStorage } from "./types.ts";

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
  return createKyselyStorage(
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
}
