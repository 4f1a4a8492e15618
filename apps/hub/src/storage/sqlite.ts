import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import {
  type BulkWrites,
  createKyselyStorage,
  hiddenQuery,
  memberByTokenQuery,
  pullQuery,
  selectDocumentsQuery,
  toAuthenticated,
  toPullPage,
  upsertFieldsQuery,
} from "./kysely-storage.ts";
import type { Database } from "./schema.ts";
import type { AuthenticatedMember, HubStorage } from "./types.ts";

/** Token lookups remembered (by token hash) until the database changes. */
const MEMBER_CACHE = 10_000;

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

  // Pushes run inside the locked connection (BEGIN IMMEDIATE): there, one prepared
  // single-row statement run per row beats preparing a new 4000-parameter statement for
  // every chunk. The SQL is Kysely's, compiled once with a sentinel per column.
  const prepared = new Map<string, { stmt: SqliteDatabase.Statement; slots: string[] }>();
  function statement(name: string, compiled: { sql: string; parameters: readonly unknown[] }) {
    let entry = prepared.get(name);
    if (!entry) {
      const slots = compiled.parameters.map((p) => String(p).slice(1));
      entry = { stmt: sqlite.prepare(compiled.sql), slots };
      prepared.set(name, entry);
    }
    return entry;
  }
  const sentinelRow = (keys: readonly string[]) =>
    Object.fromEntries(keys.map((k) => [k, `\u0000${k}`]));
  const fieldKeys = [
    "space_id",
    "doc_key",
    "field",
    "element",
    "stamp",
    "seq",
    "author_id",
    "change",
  ] as const;
  const documentKeys = ["space_id", "doc_key", "owner_id", "private", "private_stamp"] as const;
  const sqliteWrites: BulkWrites = {
    chunk: 100_000,
    async selectDocuments(_trx, spaceId, keys) {
      const { stmt, slots } = statement(
        "selectDocuments",
        selectDocumentsQuery(db, "\u0000space_id", ["\u0000doc_key"]).compile(),
      );
      const out = [];
      for (const key of keys) {
        const values: Record<string, unknown> = { space_id: spaceId, doc_key: key };
        const row = stmt.get(...slots.map((k) => values[k]));
        if (row) out.push(row as Awaited<ReturnType<BulkWrites["selectDocuments"]>>[number]);
      }
      return out;
    },
    async upsertFields(_trx, rows) {
      const { stmt, slots } = statement(
        "upsertFields",
        upsertFieldsQuery(db, [sentinelRow(fieldKeys) as unknown as Database["fields"]]).compile(),
      );
      const written: number[] = [];
      for (const row of rows) {
        const r = stmt.get(...slots.map((k) => row[k as keyof typeof row])) as
          | { seq: number }
          | undefined;
        if (r) written.push(Number(r.seq));
      }
      return written;
    },
    async insertDocuments(_trx, rows) {
      const { stmt, slots } = statement(
        "insertDocuments",
        db
          .insertInto("documents")
          .values(sentinelRow(documentKeys) as unknown as Database["documents"])
          .compile(),
      );
      for (const row of rows) stmt.run(...slots.map((k) => row[k as keyof typeof row]));
    },
  };

  const storage = createKyselyStorage(
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
    sqliteWrites,
  );
  if (file === ":memory:") return storage;

  // Every request looks its token up: a second, read-only connection answers it with a
  // statement Kysely compiled once, without queueing behind the writer's connection and
  // seeing only committed rows (WAL readers never see a transaction in progress).
  const reader = new SqliteDatabase(file, { readonly: true });
  reader.pragma("busy_timeout = 5000");
  const sentinel = "\u0000token";
  const compiled = memberByTokenQuery(db, sentinel).compile();
  // Prepared on first use: the tables exist only after migrate().
  let lookup: SqliteDatabase.Statement | undefined;
  let dataVersion: SqliteDatabase.Statement | undefined;
  const members = new Map<string, { version: number; member: AuthenticatedMember | undefined }>();
  const params = (hash: string) => compiled.parameters.map((p) => (p === sentinel ? hash : p));
  // Pulls read there too, rows as arrays: no object per row for a 10,000-row page.
  const pullCompiled = pullQuery(
    db,
    "\u0000space",
    "\u0000since" as unknown as number,
    "\u0000limit" as unknown as number,
  ).compile();
  const hiddenCompiled = hiddenQuery(db, "\u0000space", "\u0000member").compile();
  let pullStatements: [SqliteDatabase.Statement, SqliteDatabase.Statement] | undefined;
  const bind = (compiled: { parameters: readonly unknown[] }, values: Record<string, unknown>) =>
    compiled.parameters.map((p) => (typeof p === "string" && p in values ? values[p] : p));
  return {
    ...storage,
    async pull(spaceId, memberId, since, limit) {
      pullStatements ??= [
        reader.prepare(pullCompiled.sql).raw(true),
        reader.prepare(hiddenCompiled.sql).pluck(true),
      ];
      const values = {
        "\u0000space": spaceId,
        "\u0000member": memberId,
        "\u0000since": since,
        "\u0000limit": limit,
      };
      // One read transaction: both statements see the same snapshot.
      return reader.transaction(() => {
        const rows = pullStatements![0].all(...bind(pullCompiled, values)) as [
          number,
          string,
          string,
        ][];
        if (rows.length === 0) return { changes: [], cursor: since, more: false };
        const hidden = pullStatements![1].all(...bind(hiddenCompiled, values)) as string[];
        return toPullPage(rows, new Set(hidden), since, limit);
      })();
    },
    async memberByToken(tokenHash) {
      lookup ??= reader.prepare(compiled.sql);
      dataVersion ??= reader.prepare("pragma data_version").pluck(true);
      // Any commit by another connection — this hub's writer, the CLI, another process —
      // changes the reader's data_version: an answer read at the same version is still
      // the database's answer, so a revocation takes effect at once.
      const version = dataVersion.get() as number;
      const known = members.get(tokenHash);
      if (known && known.version === version) return known.member && { ...known.member };
      const row = lookup.get(...params(tokenHash)) as
        | Parameters<typeof toAuthenticated>[0]
        | undefined;
      const member = row && toAuthenticated(row);
      if (members.size >= MEMBER_CACHE) members.clear();
      members.set(tokenHash, { version, member });
      return member && { ...member };
    },
    async close() {
      reader.close();
      await storage.close();
    },
  };
}
