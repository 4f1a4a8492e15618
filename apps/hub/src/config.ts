import { resolve } from "node:path";
import { HubError } from "./errors.ts";

/** Everything the hub reads from its environment, with defaults that run locally. */
export interface HubConfig {
  /** Interface to listen on (`HUB_HOST`, default `127.0.0.1`). */
  host: string;
  /** Port (`HUB_PORT` or `PORT`, default 8787; 0 picks a free one). */
  port: number;
  /** Folder of the SQLite file (`HUB_DATA_DIR`, default `./data`). */
  dataDir: string;
  /** PostgreSQL URL (`DATABASE_URL`); SQLite when absent. */
  databaseUrl: string | undefined;
  /** The hub's public URL, printed in invites (`HUB_PUBLIC_URL`). */
  publicUrl: string | undefined;
  /** Largest request body in bytes (`HUB_BODY_LIMIT`, default 8 MiB). */
  bodyLimit: number;
  /** Most changes per push (`HUB_MAX_BATCH`, default 5000). */
  maxBatch: number;
  /** Largest single change, JSON bytes (`HUB_MAX_CHANGE_BYTES`, default 1 MiB). */
  maxChangeBytes: number;
  /** Most changes per pull page (`HUB_MAX_PULL`, default 10000). */
  maxPull: number;
  /** Requests per token per minute (`HUB_RATE_LIMIT`, default 1200; 0 disables). */
  rateLimit: number;
  /** Requests per minute per IP without a token, e.g. joins (`HUB_ANON_RATE_LIMIT`, default 30). */
  anonRateLimit: number;
  /** Extra CORS origins besides any `chrome-extension://` / `moz-extension://` (`HUB_CORS_ORIGINS`, comma-separated). Set it to pin your extension ids: then only they pass. */
  corsOrigins: string[];
  /** pino level (`HUB_LOG_LEVEL`, default `info`). */
  logLevel: string;
  /** Most time to finish requests in flight at shutdown, ms (`HUB_SHUTDOWN_MS`, default 10000). */
  shutdownMs: number;
  /** Trust `X-Forwarded-For` from the reverse proxy (`HUB_TRUST_PROXY=1`). */
  trustProxy: boolean;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min) {
    throw new HubError("invalid-request", `${name}=${raw} is not a whole number ≥ ${min}`, name);
  }
  return Number(raw);
}

/**
 * Reads the hub's configuration from environment variables.
 *
 * @param env the environment (default `process.env`)
 * @param cwd folder the data dir is relative to (default `process.cwd()`)
 * @returns the configuration
 * @example
 * ```ts
 * const config = loadConfig({ HUB_PORT: "0", HUB_DATA_DIR: "/tmp/hub" });
 * ```
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): HubConfig {
  const url = env.DATABASE_URL?.trim();
  const publicUrl = env.HUB_PUBLIC_URL?.trim();
  return {
    host: env.HUB_HOST || "127.0.0.1",
    port: int(env, "HUB_PORT", int(env, "PORT", 8787)),
    dataDir: resolve(cwd, env.HUB_DATA_DIR || "data"),
    databaseUrl: url ? url : undefined,
    publicUrl: publicUrl ? publicUrl.replace(/\/+$/, "") : undefined,
    bodyLimit: int(env, "HUB_BODY_LIMIT", 8 * 1024 * 1024, 1024),
    maxBatch: int(env, "HUB_MAX_BATCH", 5000, 1),
    maxChangeBytes: int(env, "HUB_MAX_CHANGE_BYTES", 1024 * 1024, 256),
    maxPull: int(env, "HUB_MAX_PULL", 10_000, 1),
    rateLimit: int(env, "HUB_RATE_LIMIT", 1200),
    anonRateLimit: int(env, "HUB_ANON_RATE_LIMIT", 30),
    corsOrigins: (env.HUB_CORS_ORIGINS ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    logLevel: env.HUB_LOG_LEVEL || "info",
    shutdownMs: int(env, "HUB_SHUTDOWN_MS", 10_000),
    trustProxy: env.HUB_TRUST_PROXY === "1" || env.HUB_TRUST_PROXY === "true",
  };
}
