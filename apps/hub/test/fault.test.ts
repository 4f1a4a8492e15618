// Fault test: the hub runs as a child process and is killed with SIGKILL in the middle of
// pushes, 20 times. After each restart, every acknowledged change must be there exactly once,
// and every batch must be all there or not at all.
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Change, createClock } from "@pionniers/library";
import { beforeAll, describe, expect, it } from "vitest";
import { openSqliteStorage } from "../src/storage/sqlite.ts";
import { hashSecret, newToken } from "../src/tokens.ts";
import { bundleHub } from "./bundle.ts";
import { tempDir } from "./fixtures.ts";
import { freePort } from "./postgres.ts";

const hubDir = fileURLToPath(new URL("..", import.meta.url));
let bundle: string;
beforeAll(async () => {
  bundle = await bundleHub();
}, 60_000);
const KILLS = 20;

function startChild(bundle: string, dataDir: string, port: number): ChildProcess {
  return spawn(process.execPath, [bundle, "serve"], {
    cwd: hubDir,
    env: {
      ...process.env,
      HUB_PORT: String(port),
      HUB_DATA_DIR: dataDir,
      HUB_LOG_LEVEL: "error",
      HUB_RATE_LIMIT: "0",
    },
    stdio: "ignore",
  });
}

async function waitHealthy(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`hub exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 30));
  }
  throw new Error("hub did not start");
}

describe("hub killed with SIGKILL during pushes", () => {
  it(`loses no acknowledged change and duplicates none over ${KILLS} kills`, async () => {
    const dataDir = tempDir("hub-fault-");
    const storage = openSqliteStorage(join(dataDir, "hub.sqlite"));
    await storage.migrate();
    const space = await storage.createSpace({ id: "fault", name: "Fault", createdAt: 1 });
    const token = newToken();
    await storage.addMember(
      { id: "m1", spaceId: space.id, name: "Ana", role: "member", createdAt: 1 },
      hashSecret(token),
    );
    await storage.close();

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const clock = createClock("faulty");
    const acked: Change[][] = [];
    const unacked: Change[][] = [];
    let n = 0;

    for (let kill = 0; kill < KILLS; kill++) {
      const child = startChild(bundle, dataDir, port);
      const exited = new Promise((r) => child.once("exit", r));
      await waitHealthy(url, child);
      let alive = true;
      const pusher = async (w: number) => {
        while (alive) {
          const batch: Change[] = Array.from({ length: 40 }, () => ({
            collection: "clips",
            id: `k${kill}w${w}n${++n}`,
            field: "title",
            value: `v${n}`,
            stamp: clock.next(),
          }));
          try {
            const res = await fetch(`${url}/v1/spaces/${space.id}/changes`, {
              method: "POST",
              headers,
              body: JSON.stringify({ changes: batch }),
            });
            if (res.status !== 200) throw new Error(`push answered ${res.status}`);
            acked.push(batch);
          } catch (error) {
            // Only the kill may break a push; anything else fails the test.
            if (alive) throw error;
            unacked.push(batch);
            return;
          }
        }
      };
      const pushers = [pusher(0), pusher(1), pusher(2)];
      await new Promise((r) => setTimeout(r, 80 + Math.random() * 250));
      alive = false;
      child.kill("SIGKILL");
      await exited;
      await Promise.all(pushers);
    }

    const child = startChild(bundle, dataDir, port);
    try {
      await waitHealthy(url, child);
      const seen = new Map<string, number>();
      let since = "";
      for (;;) {
        const res = await fetch(`${url}/v1/spaces/${space.id}/changes?since=${since}&limit=10000`, {
          headers,
        });
        const page = (await res.json()) as { changes: Change[]; cursor: string; more: boolean };
        for (const c of page.changes) seen.set(c.id, (seen.get(c.id) ?? 0) + 1);
        since = page.cursor;
        if (!page.more) break;
      }
      expect(acked.length).toBeGreaterThan(KILLS);
      const missing = acked.flat().filter((c) => !seen.has(c.id));
      expect(missing).toEqual([]);
      expect([...seen.values()].every((count) => count === 1)).toBe(true);
      for (const batch of unacked) {
        const present = batch.filter((c) => seen.has(c.id)).length;
        expect([0, batch.length]).toContain(present);
      }
      expect(seen.size).toBeGreaterThanOrEqual(acked.flat().length);
    } finally {
      child.kill("SIGKILL");
    }
  }, 120_000);
});
