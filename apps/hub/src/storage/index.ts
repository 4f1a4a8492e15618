import { join } from "node:path";
import type { HubConfig } from "../config.ts";
import { openPostgresStorage } from "./postgres.ts";
import { openSqliteStorage } from "./sqlite.ts";
import type { HubStorage } from "./types.ts";

/**
 * Opens the storage the configuration asks for — PostgreSQL when `databaseUrl` is set, else
 * SQLite in `dataDir/hub.sqlite` — and runs pending migrations.
 *
 * @param config the hub's configuration
 * @returns the migrated storage
 * @example
 * ```ts
 * const storage = await openStorage(loadConfig());
 * ```
 */
export async function openStorage(
  config: Pick<HubConfig, "databaseUrl" | "dataDir">,
): Promise<HubStorage> {
  const storage = config.databaseUrl
    ? openPostgresStorage(config.databaseUrl)
    : openSqliteStorage(join(config.dataDir, "hub.sqlite"));
  try {
    await storage.migrate();
  } catch (error) {
    await storage.close();
    throw error;
  }
  return storage;
}
