// Builds an in-process hub for HTTP tests: over a temporary SQLite file, or over a
// PostgreSQL database when given its URL.
import type { FastifyInstance } from "fastify";
import { buildApp } from "../src/app.ts";
import { type HubConfig, loadConfig } from "../src/config.ts";
import { createHubService, type HubService } from "../src/service.ts";
import { openStorage } from "../src/storage/index.ts";
import { tempDir } from "./fixtures.ts";

export interface Harness {
  app: FastifyInstance;
  service: HubService;
  config: HubConfig;
  logs: string[];
  spaceId: string;
  /** Joins the space with a fresh invite of `role`; returns the member's id and token. */
  join(
    role: "admin" | "member" | "observer",
    name?: string,
  ): Promise<{ id: string; token: string }>;
  close(): Promise<void>;
}

export async function harness(
  env: Record<string, string> = {},
  databaseUrl?: string,
): Promise<Harness> {
  const dir = tempDir();
  const config = loadConfig({
    HUB_DATA_DIR: dir,
    HUB_LOG_LEVEL: "info",
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...env,
  });
  const storage = await openStorage(config);
  const service = createHubService({ storage, ...config });
  const logs: string[] = [];
  const app = buildApp({ service, config, logStream: { write: (line) => logs.push(line) } });
  const { space } = await service.createSpace("Collectif des Monts");
  return {
    app,
    service,
    config,
    logs,
    spaceId: space.id,
    async join(role, name = role) {
      const invite = await service.invite(null, space.id, role, 1);
      const res = await app.inject({
        method: "POST",
        url: "/v1/join",
        payload: { code: invite.code, name },
      });
      if (res.statusCode !== 201) throw new Error(res.body);
      const body = res.json() as { member: { id: string }; token: string };
      return { id: body.member.id, token: body.token };
    },
    async close() {
      await app.close();
      await storage.close();
    },
  };
}
