// The command line and the process: admin commands on the server's database, and a graceful
// stop on SIGTERM that finishes requests in flight.
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { bundleHub } from "./bundle.ts";
import { tempDir } from "./fixtures.ts";
import { freePort } from "./postgres.ts";

const run = promisify(execFile);
let bundle: string;
beforeAll(async () => {
  bundle = await bundleHub();
}, 60_000);

describe("npm run hub -- …", () => {
  it("creates a space, invites, lists members and revokes", async () => {
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
    await expect(hub("revoke", space!, "nobody")).rejects.toMatchObject({
      stderr: expect.stringMatching(/no active member/),
    });
    await expect(hub("invite", space!, "--role", "king")).rejects.toMatchObject({
      stderr: expect.stringMatching(/role is admin, member or observer/),
    });
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
