// `npm start` as the README promises it, on a machine without a display (like CI): it builds,
// starts the hub, says where the built extension is and how to load it, and Ctrl+C stops it.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test, vi } from "vitest";

const root = resolve(import.meta.dirname, "..");

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });

test("npm start builds, runs the hub, explains how to load the extension, and stops on Ctrl+C", async () => {
  const port = await freePort();
  const data = mkdtempSync(join(tmpdir(), "pionniers-start-"));
  const env: NodeJS.ProcessEnv = { ...process.env, HUB_PORT: String(port), HUB_DATA_DIR: data };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const child = spawn("npm", ["start", "--silent"], { cwd: root, env, detached: true });
  let out = "";
  child.stdout.on("data", (d) => {
    out += String(d);
  });
  child.stderr.on("data", (d) => {
    out += String(d);
  });
  const exited = new Promise<string>((done) =>
    child.once("exit", (code, signal) => done(signal ?? `exit ${code}`)),
  );
  try {
    await vi.waitFor(
      () => {
        expect(out).toContain("Pionniers hub listening");
        expect(out).toContain("Load unpacked");
      },
      { timeout: 240_000, interval: 200 },
    );
    expect(existsSync(join(root, "apps/extension/dist/chrome/manifest.json"))).toBe(true);
    expect(existsSync(join(root, "apps/extension/dist/firefox/manifest.json"))).toBe(true);
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    expect(existsSync(data)).toBe(true);
    process.kill(-child.pid!, "SIGINT"); // Ctrl+C reaches the whole process group
    // npm itself ends by the signal, as in a terminal; nothing may fail on the way out.
    expect(["SIGINT", "exit 0"]).toContain(await exited);
    expect(out).not.toMatch(/error|unhandled/i);
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  } finally {
    if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
    rmSync(data, { recursive: true, force: true });
  }
}, 300_000);
