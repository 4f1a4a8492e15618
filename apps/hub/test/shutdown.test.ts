// Graceful shutdown: a push in flight when the hub is asked to stop finishes, is stored and
// survives the restart; a request arriving meanwhile gets the documented JSON error.
import { connect, type Socket } from "node:net";
import { type Change, createClock } from "@pionniers/library";
import { describe, expect, it, vi } from "vitest";
import { loadConfig } from "../src/config.ts";
import { startHub } from "../src/server.ts";
import { hashSecret, newToken } from "../src/tokens.ts";
import { tempDir } from "./fixtures.ts";

/** Reads HTTP/1.1 responses off a raw socket (bodies with a Content-Length). */
function responses(socket: Socket) {
  let buffer = Buffer.alloc(0);
  socket.on("data", (d: Buffer) => {
    buffer = Buffer.concat([buffer, d]);
  });
  return {
    get raw() {
      return buffer.toString("latin1");
    },
    /** The complete responses received so far, 1xx interim ones included. */
    parsed() {
      const out: { status: number; headers: Record<string, string>; body: string }[] = [];
      let rest = buffer;
      for (;;) {
        const end = rest.indexOf("\r\n\r\n");
        if (end < 0) break;
        const [statusLine, ...lines] = rest.subarray(0, end).toString("latin1").split("\r\n");
        const headers: Record<string, string> = {};
        for (const l of lines) {
          const i = l.indexOf(":");
          headers[l.slice(0, i).toLowerCase()] = l.slice(i + 1).trim();
        }
        const length = Number(headers["content-length"] ?? 0);
        if (rest.length < end + 4 + length) break;
        out.push({
          status: Number(statusLine?.split(" ")[1]),
          headers,
          body: rest.subarray(end + 4, end + 4 + length).toString("utf8"),
        });
        rest = rest.subarray(end + 4 + length);
      }
      return out;
    },
  };
}

describe("graceful shutdown", () => {
  it("finishes the push in flight, stores it for the restart, and answers newcomers shutting-down", async () => {
    const dataDir = tempDir("hub-stop-");
    const config = loadConfig({ HUB_DATA_DIR: dataDir, HUB_PORT: "0" });
    const hub = await startHub(config, { logger: false });
    const space = await hub.storage.createSpace({ id: "stop", name: "Stop", createdAt: 1 });
    const token = newToken();
    await hub.storage.addMember(
      { id: "m1", spaceId: space.id, name: "Ana", role: "member", createdAt: 1 },
      hashSecret(token),
    );
    const clock = createClock("stopper");
    const changes: Change[] = Array.from({ length: 2000 }, (_, i) => ({
      collection: "clips",
      id: `c${i}`,
      field: "title",
      value: `Fiche ${i}`,
      stamp: clock.next(),
    }));
    const body = JSON.stringify({ changes });
    const { port } = new URL(hub.url);
    const socket = connect(Number(port), "127.0.0.1");
    const read = responses(socket);
    // The hub takes the push (100 Continue) before its body is sent: the push is in flight.
    socket.write(
      [
        `POST /v1/spaces/${space.id}/changes HTTP/1.1`,
        "Host: hub",
        `Authorization: Bearer ${token}`,
        "Content-Type: application/json",
        `Content-Length: ${Buffer.byteLength(body)}`,
        "Expect: 100-continue",
        "",
        "",
      ].join("\r\n"),
    );
    await vi.waitFor(() => expect(read.raw).toMatch(/^HTTP\/1\.1 100 Continue/));
    const closed = hub.close();
    // The body, then a second request on the same connection, arriving during the shutdown.
    socket.write(body);
    socket.write("GET /health HTTP/1.1\r\nHost: hub\r\n\r\n");
    await vi.waitFor(() => expect(read.parsed()).toHaveLength(3), { timeout: 10_000 });
    const [, push, late] = read.parsed();
    expect(push!.status).toBe(200);
    expect(JSON.parse(push!.body)).toEqual({
      cursor: "2000",
      applied: 2000,
      rejected: 0,
      epoch: expect.any(String),
    });
    expect(late!.status).toBe(503);
    expect(late!.headers["retry-after"]).toBe("5");
    expect(JSON.parse(late!.body)).toEqual({
      error: {
        code: "shutting-down",
        message: expect.stringMatching(/^\[hub\] the hub is restarting/),
      },
    });
    await closed;
    socket.destroy();

    const again = await startHub(config, { logger: false });
    try {
      const res = await fetch(`${again.url}/v1/spaces/${space.id}/changes?limit=10000`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const page = (await res.json()) as { changes: Change[]; cursor: string };
      expect(page.cursor).toBe("2000");
      expect(page.changes).toEqual(changes);
    } finally {
      await again.close();
    }
  });
});
