import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { openPostgresStorage } from "../src/storage/postgres.ts";
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
