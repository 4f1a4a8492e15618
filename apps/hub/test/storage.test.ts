import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgresStorage } from "../src/storage/postgres.ts";
import { type Database, migrateToLatest } from "../src/storage/schema.ts";
import { openSqliteStorage } from "../src/storage/sqlite.ts";
import { tempDir } from "./fixtures.ts";
import { startPostgres, type TestPostgres } from "./postgres.ts";
import { storageContract } from "./storage-contract.ts";

const files = new WeakMap<object, string>();
storageContract("SQLite", {
  async open() {
    const file = join(tempDir(), "hub.sqlite");
    const storage = openSqliteStorage(file);
    await storage.migrate();
    files.set(storage, file);
    return storage;
  },
  async reopen(primary) {
    return openSqliteStorage(files.get(primary)!);
  },
});

let postgres: TestPostgres;
const urls = new WeakMap<object, string>();
beforeAll(async () => {
  postgres = await startPostgres();
}, 60_000);
afterAll(async () => {
  await postgres?.stop();
});
storageContract("PostgreSQL", {
  async open() {
    const url = await postgres.newDatabase();
    const storage = openPostgresStorage(url);
    await storage.migrate();
    urls.set(storage, url);
    return storage;
  },
  async reopen(primary) {
    return openPostgresStorage(urls.get(primary)!);
  },
});

/**
 * A database made by a hub from before space epochs (migrations up to 0002) gets an epoch
 * for each of its spaces when a newer hub migrates it, without losing anything stored.
 */
async function epochMigration(db: Kysely<Database>, kind: "sqlite" | "postgres") {
  await migrateToLatest(db, kind, "0002-private-documents");
  for (const id of ["old1", "old2"]) {
    await sql`insert into spaces (id, name, seq, created_at) values (${id}, ${`Ancien ${id}`}, 7, 1)`.execute(
      db,
    );
  }
  await migrateToLatest(db, kind);
  const rows = await db.selectFrom("spaces").selectAll().orderBy("id").execute();
  expect(rows.map((r) => [r.id, r.name, Number(r.seq)])).toEqual([
    ["old1", "Ancien old1", 7],
    ["old2", "Ancien old2", 7],
  ]);
  for (const r of rows) expect(r.epoch).toMatch(/^[A-Za-z0-9]{16}$/);
  expect(rows[0]!.epoch).not.toBe(rows[1]!.epoch);
}

describe("migration 0003: spaces of an older database get an epoch", () => {
  it("on SQLite", async () => {
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: new SqliteDatabase(join(tempDir(), "old.sqlite")) }),
    });
    try {
      await epochMigration(db, "sqlite");
    } finally {
      await db.destroy();
    }
  });

  it("on PostgreSQL", async () => {
    const pool = new pg.Pool({ connectionString: await postgres.newDatabase() });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    try {
      await epochMigration(db, "postgres");
    } finally {
      await db.destroy();
    }
  });
});
