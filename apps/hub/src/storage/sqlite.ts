import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { createKyselyStorage } from "./kysely-storage.ts";
import type { Database } from "./schema.ts";
import type { HubStorage } from "./types.ts";

/**
 * Opens the hub's SQLite storage (better-sqlite3, WAL, `synchronous=FULL` so an acknowledged
 * push survives a crash). Writers are serialised by SQLite's single writer lock, taken up
 * front with `BEGIN IMMEDIATE`, which also keeps the CLI and the server apart.
 *
 * @param file path of the database file (created with its folder), or `:memory:`
 * @returns the storage; call `migrate()` before use
 * @example
 * ```ts
 * const storage = openSqliteStorage("./data/hub.sqlite");
 * await storage.migrate();
 * ```
 */
export function openSqliteStorage(file: string): HubStorage {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });

  return createKyselyStorage(
    db,
    "sqlite",
    (spaceId, fn) =>
      // Kysely's SQLite driver has one connection behind a mutex: holding it keeps this
      // process's other queries out, and BEGIN IMMEDIATE keeps other processes out.
      db.connection().execute(async (conn) => {
        await sql`begin immediate`.execute(conn);
        try {
          const row = await conn
            .selectFrom("spaces")
            .select("seq")
            .where("id", "=", spaceId)
            .executeTakeFirst();
          const result = await fn(conn, row === undefined ? undefined : Number(row.seq));
          await sql`commit`.execute(conn);
          return result;
        } catch (error) {
          await sql`rollback`.execute(conn);
          throw error;
        }
      }),
    async () => {
      await db.destroy();
    },
  );
}
