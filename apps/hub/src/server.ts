import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.ts";
import type { HubConfig } from "./config.ts";
import { createHubService } from "./service.ts";
import { openStorage } from "./storage/index.ts";
import type { HubStorage } from "./storage/types.ts";

/** A running hub. */
export interface RunningHub {
  app: FastifyInstance;
  storage: HubStorage;
  /** `http://host:port` it listens on. */
  url: string;
  /** Stops taking requests, lets those in flight finish, closes the database. */
  close(): Promise<void>;
}

/**
 * Opens the storage (running migrations), builds the app and listens.
 *
 * @param config the hub's configuration
 * @param options `logger: false` silences logs (tests)
 * @returns the running hub
 * @example
 * ```ts
 * const hub = await startHub(loadConfig({ HUB_PORT: "0" }));
 * console.log(hub.url);
 * await hub.close();
 * ```
 */
export async function startHub(
  config: HubConfig,
  options: { logger?: boolean } = {},
): Promise<RunningHub> {
  const storage = await openStorage(config);
  const service = createHubService({ storage, ...config });
  const app = buildApp({ service, config, ...(options.logger === undefined ? {} : options) });
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await storage.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  let closing: Promise<void> | undefined;
  return {
    app,
    storage,
    url: `http://${host}:${port}`,
    close() {
      closing ??= (async () => {
        await app.close();
        await storage.close();
      })();
      return closing;
    },
  };
}
