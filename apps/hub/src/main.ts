#!/usr/bin/env node
// The hub's command line: `serve` (default) starts the HTTP hub; `space create`, `spaces`,
// `invite`, `members`, `role` and `revoke` administer spaces from the server's shell;
// `restored`, run after restoring a backup, makes every client resend and pull again.
import { parseArgs } from "node:util";
import { loadConfig } from "./config.ts";
import { isHubError } from "./errors.ts";
import { startHub } from "./server.ts";
import { createHubService } from "./service.ts";
import { openStorage } from "./storage/index.ts";

const USAGE = `Usage: npm run hub -- <command>
  serve                                   start the hub (default)
  space create "Name"                     create a space; prints an admin invite
  spaces                                  list spaces
  invite SPACE [--role member|observer|admin] [--hours 168]
  members SPACE                           list members (and pending invites)
  role SPACE MEMBER ROLE                  change a member's role
  revoke SPACE MEMBER                     revoke a member's token at once
  restored                                after restoring a backup, before starting the hub:
                                          new epoch for every space, so that each pioneer's
                                          extension resends its changes and pulls again
Environment: HUB_HOST, HUB_PORT, HUB_DATA_DIR, DATABASE_URL, HUB_PUBLIC_URL (see docs/hub.md)`;

async function serve(): Promise<void> {
  const config = loadConfig();
  const hub = await startHub(config);
  hub.app.log.info(
    {
      url: hub.url,
      storage: hub.storage.kind,
      dataDir: hub.storage.kind === "sqlite" ? config.dataDir : undefined,
    },
    `Pionniers hub listening on ${hub.url}`,
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    hub.app.log.info({ signal }, "shutting down: finishing requests in flight");
    const force = setTimeout(() => {
      hub.app.log.error("shutdown took too long — exiting");
      process.exit(1);
    }, config.shutdownMs);
    force.unref();
    hub.close().then(
      () => process.exit(0),
      (error: unknown) => {
        hub.app.log.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

async function admin(args: string[], opts: { role?: string; hours?: string }): Promise<void> {
  const config = loadConfig();
  const storage = await openStorage(config);
  const service = createHubService({ storage, ...config });
  const base = config.publicUrl ?? `http://${config.host}:${config.port}`;
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const need = (i: number, what: string) => {
    const value = args[i];
    if (value === undefined) throw new Error(`missing ${what}\n${USAGE}`);
    return value;
  };
  try {
    const [cmd, sub] = args;
    if (cmd === "space" && sub === "create") {
      const { space, invite } = await service.createSpace(need(2, "space name"));
      out(`space ${space.id} "${space.name}" created`);
      out(`admin invite (single use, expires ${new Date(invite.expiresAt).toISOString()}):`);
      out(`  hub:  ${base}\n  space: ${space.id}\n  code: ${invite.code}`);
    } else if (cmd === "spaces") {
      for (const s of await storage.listSpaces()) out(`${s.id}\t${s.name}\tseq ${s.seq}`);
    } else if (cmd === "invite") {
      const invite = await service.invite(
        null,
        need(1, "SPACE"),
        opts.role ?? "member",
        opts.hours ?? 168,
      );
      out(
        `${invite.role} invite for space ${invite.spaceId} (single use, expires ${new Date(invite.expiresAt).toISOString()}):`,
      );
      out(`  hub:  ${base}\n  code: ${invite.code}`);
    } else if (cmd === "members") {
      const space = need(1, "SPACE");
      for (const m of await service.members(null, space)) {
        const state =
          m.revokedAt === null ? "active" : `revoked ${new Date(m.revokedAt).toISOString()}`;
        out(`${m.id}\t${m.role}\t${m.name}\t${state}`);
      }
      for (const i of await storage.listInvites(space, Date.now())) {
        out(`(invite)\t${i.role}\texpires ${new Date(i.expiresAt).toISOString()}`);
      }
    } else if (cmd === "role") {
      const m = await service.setRole(null, need(1, "SPACE"), need(2, "MEMBER"), need(3, "ROLE"));
      out(`${m.id} (${m.name}) is now ${m.role}`);
    } else if (cmd === "restored") {
      const spaces = await service.restored();
      for (const s of spaces) out(`${s.id}\t${s.name}\tseq ${s.seq}\tnew epoch ${s.epoch}`);
      out(
        `${spaces.length} space(s) marked as restored: each pioneer's extension will resend its changes and pull again`,
      );
    } else if (cmd === "revoke") {
      const m = await service.revoke(null, need(1, "SPACE"), need(2, "MEMBER"));
      out(`${m.id} (${m.name}) revoked: their token no longer works`);
    } else {
      throw new Error(USAGE);
    }
  } finally {
    await storage.close();
  }
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      role: { type: "string" },
      hours: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length === 0 || positionals[0] === "serve") return serve();
  const opts: { role?: string; hours?: string } = {};
  if (values.role !== undefined) opts.role = values.role;
  if (values.hours !== undefined) opts.hours = values.hours;
  return admin(positionals, opts);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${isHubError(error) || error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
