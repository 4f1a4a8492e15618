export type { DexieStoreOptions } from "./store.ts";
export { createDexieStore, declareVersions } from "./store.ts";
export type { DocRow } from "./versions.ts";
export {
  SCHEMA_V1_INITIAL,
  SCHEMA_V2_URL_INDEX,
  SCHEMA_V3_URL_KEYS,
  SCHEMA_VERSION,
  SCHEMAS,
  UPGRADERS,
  upgradeRowToV2,
  upgradeRowToV3,
} from "./versions.ts";
