// The command line and the process: admin commands on the server's database, and a graceful
// stop on SIGTERM that finishes requests in flight.
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";
import { createHubService } from "../src/service.ts";
import { openStorage } from "../src/storage/index.ts";
import { bundleHub } from "./bundle.ts";
import { tempDir } from "./fixtures.ts";
import { freePort } from "./postgres.ts";

const run = promisify(execFile);
let bundle: string;
beforeAll(async () => {
  bundle = await bundleHub();
}, 60_000);

describe("npm run hub -- …", () => {
  it("creates a space, invites, lists members, changes a role and revokes", async () => {
    const env = {
      ...process.env,
      HUB_DATA_DIR: tempDir(),
      HUB_PUBLIC_URL: "https://hub.example.org/",
    };
    const hub = (...args: string[]) => run(process.execPath, [bundle, ...args], { env });
    const created = await hub("space", "create", "Collectif des Monts");
    const space = /space (\S+) "Collectif des Monts" created/.exec(created.stdout)?.[1];
    expect(space).toBeDefined();
    expect(created.stdout).toMatch(/hub: {2}https:\/\/hub\.example\.org\n/);
    const invite = await hub("invite", space!, "--role", "observer", "--hours", "2");
    expect(invite.stdout).toMatch(/^observer invite for space/);
    const members = await hub("members", space!);
    expect(members.stdout.match(/\(invite\)/g)).toHaveLength(2);
    const spaces = await hub("spaces");
    expect(spaces.stdout).toContain("Collectif des Monts");
    // A member joins with the observer invite; the admin commands then act on them.
    const code = /code: (\S+)/.exec(invite.stdout)?.[1];
    const service = async () => {
      const storage = await openStorage(loadConfig(env));
      return { service: createHubService({ storage, ...loadConfig(env) }), storage };
    };
    const opened = await service();
    const { token } = await opened.service.join(code, "Ana");
    await opened.storage.close();
    const joined = await hub("members", space!);
    const ana = /^(\S+)\tobserver\tAna\tactive$/m.exec(joined.stdout)?.[1];
    expect(ana).toBeDefined();
    const role = await hub("role", space!, ana!, "member");
    expect(role.stdout).toBe(`${ana} (Ana) is now member\n`);
    await expect(hub("role", space!, ana!, "king")).rejects.toMatchObject({
      stderr: expect.stringMatching(/role is admin, member or observer/),
    });
    const revoked = await hub("revoke", space!, ana!);
    expect(revoked.stdout).toBe(`${ana} (Ana) revoked: their token no longer works\n`);
    const reopened = await service();
    await expect(reopened.service.authenticate(token, space!)).rejects.toMatchObject({
      code: "unauthorized",
    });
    await reopened.storage.close();
    expect((await hub("members", space!)).stdout).toMatch(
      new RegExp(`^${ana}\tmember\tAna\trevoked \\d{4}-`, "m"),
    );
    await expect(hub("revoke", space!, ana!)).rejects.toMatchObject({
      stderr: expect.stringMatching(/no active member/),
    });
    await expect(hub("role", space!, ana!, "admin")).rejects.toMatchObject({
      stderr: expect.stringMatching(/no active member/),
    });
    await expect(hub("revoke", space!, "nobody")).rejects.toMatchObject({
      stderr: expect.stringMatching(/no active member/),
    });
    await expect(hub("invite", space!, "--role", "king")).rejects.toMatchObject({
      stderr: expect.stringMatching(/role is admin, member or observer/),
    });
    // After a restore from a backup: every space gets a new epoch, which clients notice.
    const other = /space (\S+) "Atelier" created/.exec(
      (await hub("space", "create", "Atelier")).stdout,
    )?.[1];
    const epochs = async () => {
      const { storage } = await service();
      try {
        return new Map((await storage.listSpaces()).map((s) => [s.id, s.epoch]));
      } finally {
        await storage.close();
      }
    };
    const before = await epochs();
    const restored = await hub("restored");
    expect(restored.stdout).toMatch(/2 space\(s\) marked as restored/);
    const after = await epochs();
    expect([...after.keys()].sort()).toEqual([space, other].sort());
    for (const [id, epoch] of after) {
      expect(epoch).toMatch(/^[A-Za-z0-9]{16}$/);
      expect(epoch).not.toBe(before.get(id));
      expect(restored.stdout).toContain(`${id}\t`);
    }
    expect((await hub("--help")).stdout).toMatch(/restored +after restoring a backup/);
    await expect(hub("frobnicate")).rejects.toMatchObject({
      stderr: expect.stringMatching(/Usage/),
    });
  }, 30_000);
});

describe("the hub process", () => {
  it("logs where it listens and stops cleanly on SIGTERM", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [bundle, "serve"], {
      env: { ...process.env, HUB_DATA_DIR: tempDir(), HUB_PORT: String(port) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d) => {
      out += String(d);
    });
    const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
    const deadline = Date.now() + 15_000;
    while (!out.includes("Pionniers hub listening") && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    const listening = out.split("\n").find((l) => l.includes("Pionniers hub listening"));
    expect(JSON.parse(listening!)).toMatchObject({
      url: `http://127.0.0.1:${port}`,
      storage: "sqlite",
    });
    const inFlight = Array.from({ length: 20 }, () =>
      fetch(`http://127.0.0.1:${port}/health`).then((r) => r.status),
    );
    child.kill("SIGTERM");
    const statuses = await Promise.allSettled(inFlight);
    expect(await exited).toBe(0);
    for (const s of statuses) if (s.status === "fulfilled") expect([200, 503]).toContain(s.value);
    expect(out).toContain("shutting down");
  }, 30_000);
});
