import type { Transaction } from "dexie";
import type { StoredDoc } from "../store.ts";
import { urlKey } from "../url.ts";

/** Schema version 1: documents by key, collection and sequence number; a meta table. */
export const SCHEMA_V1_INITIAL = 1;
/** Schema version 2: clips also indexed by normalised URL (for "already clipped?"). */
export const SCHEMA_V2_URL_INDEX = 2;
/**
 * Schema version 3: same tables; URL keys recomputed, since `normalizeUrl` now keeps the query
 * as written (`%20` stayed `%20`, not `+`) and drops an empty `?`.
 */
export const SCHEMA_V3_URL_KEYS = 3;
/** The version this package opens databases at. */
export const SCHEMA_VERSION = SCHEMA_V3_URL_KEYS;

/** A row of the `docs` table. */
export interface DocRow extends StoredDoc {
  /** Normalised canonical URL of a clip (since {@link SCHEMA_V2_URL_INDEX}). */
  url?: string;
}

/** Dexie store definitions, per version. */
export const SCHEMAS: Record<number, Record<string, string>> = {
  [SCHEMA_V1_INITIAL]: { docs: "key, collection, seq", meta: "key" },
  [SCHEMA_V2_URL_INDEX]: { docs: "key, collection, seq, url", meta: "key" },
  [SCHEMA_V3_URL_KEYS]: { docs: "key, collection, seq, url", meta: "key" },
};

/**
 * Upgrader to {@link SCHEMA_V2_URL_INDEX}: gives every clip row its normalised URL.
 *
 * @param row a `docs` row written by version 1 (modified in place)
 */
export function upgradeRowToV2(row: DocRow): void {
  const url = urlKey(row.state);
  if (url !== undefined) row.url = url;
}

/**
 * Upgrader to {@link SCHEMA_V3_URL_KEYS}: recomputes every clip row's normalised URL.
 *
 * @param row a `docs` row written by version 2 (modified in place)
 */
export function upgradeRowToV3(row: DocRow): void {
  const url = urlKey(row.state);
  if (url === undefined) delete row.url;
  else row.url = url;
}

/** The upgrader of each version (none for the first). */
export const UPGRADERS: Record<number, (tx: Transaction) => Promise<unknown>> = {
  [SCHEMA_V2_URL_INDEX]: (tx) =>
    tx.table<DocRow, string>("docs").toCollection().modify(upgradeRowToV2),
  [SCHEMA_V3_URL_KEYS]: (tx) =>
    tx.table<DocRow, string>("docs").where("collection").equals("clips").modify(upgradeRowToV3),
};
