import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { createKyselyStorage } from "./kysely-storage.ts";
import type { Database } from "./schema.ts";
import type { HubStorage } from "./types.ts";

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
  );
}
