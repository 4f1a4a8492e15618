import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from "kysely";
import { HubError } from "../errors.ts";
import { newEpoch } from "../tokens.ts";

/** Kysely's view of the hub's tables (bigint columns come back as string from PostgreSQL). */
export interface Database {
  spaces: {
    id: string;
    name: string;
    seq: number | string | bigint;
    created_at: number | string;
    epoch: string;
  };
  members: {
    id: string;
    space_id: string;
    name: string;
    role: string;
    token_hash: string;
    created_at: number | string;
    revoked_at: number | string | null;
  };
  invites: {
    code_hash: string;
    space_id: string;
    role: string;
    created_at: number | string;
    expires_at: number | string;
    created_by: string | null;
    used_at: number | string | null;
    used_by: string | null;
  };
  documents: {
    space_id: string;
    doc_key: string;
    owner_id: string;
    private: number;
    private_stamp: string;
  };
  fields: {
    space_id: string;
    doc_key: string;
    field: string;
    element: string;
    stamp: string;
    seq: number | string | bigint;
    author_id: string;
    change: string;
  };
}

// Migrations are append-only: never edit a released one, add the next.
function migrations(kind: "sqlite" | "postgres"): Record<string, Migration> {
  // Stamps compare as plain bytes, as in JavaScript. SQLite's default collation does that;
  // PostgreSQL's may be linguistic (en_US sorts "…-a" before "…-B"), so pin "C".
  const stampType = kind === "postgres" ? sql`text collate "C"` : sql`text`;
  return {
    "0001-initial": {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable("spaces")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("name", "text", (c) => c.notNull())
          .addColumn("seq", "bigint", (c) => c.notNull().defaultTo(0))
          .addColumn("created_at", "bigint", (c) => c.notNull())
          .execute();
        await db.schema
          .createTable("members")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("space_id", "text", (c) => c.notNull().references("spaces.id"))
          .addColumn("name", "text", (c) => c.notNull())
          .addColumn("role", "text", (c) => c.notNull())
          .addColumn("token_hash", "text", (c) => c.notNull().unique())
          .addColumn("created_at", "bigint", (c) => c.notNull())
          .addColumn("revoked_at", "bigint")
          .execute();
        await db.schema.createIndex("members_space").on("members").column("space_id").execute();
        await db.schema
          .createTable("invites")
          .addColumn("code_hash", "text", (c) => c.primaryKey())
          .addColumn("space_id", "text", (c) => c.notNull().references("spaces.id"))
          .addColumn("role", "text", (c) => c.notNull())
          .addColumn("created_at", "bigint", (c) => c.notNull())
          .addColumn("expires_at", "bigint", (c) => c.notNull())
          .addColumn("created_by", "text")
          .addColumn("used_at", "bigint")
          .addColumn("used_by", "text")
          .execute();
        await db.schema
          .createTable("documents")
          .addColumn("space_id", "text", (c) => c.notNull().references("spaces.id"))
          .addColumn("doc_key", "text", (c) => c.notNull())
          .addColumn("owner_id", "text", (c) => c.notNull())
          .addColumn("private", "integer", (c) => c.notNull().defaultTo(0))
          .addColumn("private_stamp", stampType, (c) => c.notNull().defaultTo(""))
          .addPrimaryKeyConstraint("documents_pk", ["space_id", "doc_key"])
          .execute();
        await db.schema
          .createTable("fields")
          .addColumn("space_id", "text", (c) => c.notNull().references("spaces.id"))
          .addColumn("doc_key", "text", (c) => c.notNull())
          .addColumn("field", "text", (c) => c.notNull())
          .addColumn("element", "text", (c) => c.notNull())
          .addColumn("stamp", stampType, (c) => c.notNull())
          .addColumn("seq", "bigint", (c) => c.notNull())
          .addColumn("author_id", "text", (c) => c.notNull())
          .addColumn("change", "text", (c) => c.notNull())
          .addPrimaryKeyConstraint("fields_pk", ["space_id", "doc_key", "field", "element"])
          .execute();
        await db.schema
          .createIndex("fields_space_seq")
          .on("fields")
          .columns(["space_id", "seq"])
          .unique()
          .execute();
      },
    },
    "0002-private-documents": {
      // A pull looks up the space's private documents: a partial index keeps that lookup
      // proportional to them, not to the space.
      async up(db: Kysely<unknown>) {
        await db.schema
          .createIndex("documents_private")
          .on("documents")
          .column("space_id")
          .where(sql.ref("private"), "=", 1)
          .execute();
      },
    },
    "0003-space-epochs": {
      // A space's epoch changes when the hub is restored from a backup (`npm run hub --
      // restored`): clients holding another epoch start over. Existing spaces get one now.
      async up(db: Kysely<unknown>) {
        await db.schema
          .alterTable("spaces")
          .addColumn("epoch", "text", (c) => c.notNull().defaultTo(""))
          .execute();
        const { rows } = await sql<{ id: string }>`select id from spaces`.execute(db);
        for (const { id } of rows) {
          await sql`update spaces set epoch = ${newEpoch()} where id = ${id}`.execute(db);
        }
      },
    },
  };
}

/**
 * Runs pending migrations (Kysely's migrator takes a lock, so several hubs may start at once).
 *
 * @param db the database
 * @param kind which database it is
 * @param target stop after this migration (tests build the databases of older hubs)
 * @throws HubError `internal` naming the failed migration
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  kind: "sqlite" | "postgres",
  target?: string,
): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(kind) };
  const migrator = new Migrator({ db, provider });
  const { error, results } =
    target === undefined ? await migrator.migrateToLatest() : await migrator.migrateTo(target);
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "?";
    throw new HubError("internal", `migration ${failed} failed: ${String(error)}`);
  }
}

/** `sql` re-exported for the implementations' raw fragments. */
export { sql };
