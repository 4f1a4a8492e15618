import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from "fastify";
import type { HubConfig } from "./config.ts";
import { HubError, isHubError } from "./errors.ts";
import { createRateLimiter } from "./rate-limit.ts";
import type { HubService } from "./service.ts";
import type { Member } from "./storage/types.ts";

/** Options of {@link buildApp}. */
export interface AppOptions {
  service: HubService;
  config: Pick<
    HubConfig,
    "bodyLimit" | "rateLimit" | "anonRateLimit" | "corsOrigins" | "logLevel" | "trustProxy"
  >;
  /** A pino logger, or `false` for none (tests); default: JSON logs at `config.logLevel`. */
  logger?: FastifyBaseLogger | boolean;
  /** Where JSON log lines go (default stdout); tests capture them. */
  logStream?: { write(line: string): void };
}

const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension):\/\/[A-Za-z0-9-]{1,64}$/;
const VERSION = "0.1.0";

function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

function publicMember(m: Member) {
  return {
    id: m.id,
    name: m.name,
    role: m.role,
    createdAt: iso(m.createdAt),
    revokedAt: iso(m.revokedAt),
  };
}

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header !== "string") return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

/** Maps any error a route or Fastify raises to the hub's `{ error: { code, message } }`. */
function toHubError(error: unknown): HubError {
  if (isHubError(error)) return error;
  const e = error as { code?: string; statusCode?: number; message?: string };
  switch (e.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new HubError("body-too-large", "request body too large — push fewer changes at once");
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new HubError(
        "unsupported-media-type",
        "send JSON with Content-Type: application/json",
      );
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new HubError("invalid-json", "empty body — send a JSON object");
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return new HubError("invalid-json", "the body is not valid JSON");
  }
  if (error instanceof SyntaxError || /JSON/i.test(e.message ?? "")) {
    if (e.statusCode === 400) return new HubError("invalid-json", "the body is not valid JSON");
  }
  if (typeof e.statusCode === "number" && e.statusCode >= 400 && e.statusCode < 500) {
    return new HubError("invalid-request", (e.message ?? "bad request").slice(0, 200));
  }
  return new HubError("internal", "internal error — the hub's log has the details");
}

declare module "fastify" {
  interface FastifyRequest {
    member?: Member;
  }
}

/**
 * Builds the hub's Fastify app: health, join, the change protocol and space administration,
 * with CORS for extension origins only, rate limits, size limits and JSON errors.
 *
 * @param options service, configuration, logger
 * @returns the app (not listening yet)
 * @example
 * ```ts
 * const app = buildApp({ service, config: loadConfig(), logger: false });
 * const res = await app.inject({ method: "GET", url: "/health" });
 * ```
 */
export function buildApp(options: AppOptions): FastifyInstance {
  const { service, config } = options;
  const logger =
    options.logger === undefined
      ? {
          level: config.logLevel,
          redact: ["req.headers.authorization", "req.headers.cookie"],
          ...(options.logStream ? { stream: options.logStream } : {}),
        }
      : options.logger;
  const app = Fastify({
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    // Fastify's own 503 while closing has its own body shape; the hook below answers instead.
    return503OnClosing: false,
    ...(typeof logger === "object" && "child" in logger
      ? { loggerInstance: logger as FastifyBaseLogger }
      : { logger }),
  }) as unknown as FastifyInstance;
  const perMember = createRateLimiter(config.rateLimit);
  // Joins and failed token checks share one budget per IP: guessing invites or tokens is slow.
  const perIp = createRateLimiter(config.anonRateLimit);
  let closing = false;
  const allowed = new Set(config.corsOrigins);
  const isAllowedOrigin = (origin: string) =>
    allowed.size > 0 ? allowed.has(origin) : EXTENSION_ORIGIN.test(origin);

  function send(reply: FastifyReply, error: HubError) {
    const body: { code: string; message: string; path?: string } = {
      code: error.code,
      message: error.message,
    };
    if (error.path !== undefined) body.path = error.path;
    return reply.code(error.status).type("application/json").send({ error: body });
  }

  app.setErrorHandler((error, request, reply) => {
    const hubError = toHubError(error);
    if (hubError.status >= 500) request.log.error({ err: error }, "request failed");
    else request.log.info({ code: hubError.code }, "request refused");
    return send(reply, hubError);
  });
  app.setNotFoundHandler((_request, reply) =>
    send(reply, new HubError("not-found", "no such route — see docs/hub.md for the API")),
  );

  function refuseIfClosing(reply: FastifyReply, done: (error?: HubError) => void) {
    if (!closing) return done();
    // Requests still arriving on open keep-alive connections: tell the client to go elsewhere
    // (another hub, or this one once restarted) and close the connection.
    reply.header("connection", "close");
    reply.header("retry-after", 5);
    done(
      new HubError(
        "shutting-down",
        "the hub is restarting — retry in a few seconds (changes not acknowledged were not stored)",
      ),
    );
  }

  app.addHook("preClose", (done) => {
    closing = true;
    done();
  });

  // A callback hook, not an async one: it runs on every request and is cheaper this way.
  app.addHook("onRequest", (request, reply, done) => {
    const origin = request.headers.origin;
    if (origin === undefined) return refuseIfClosing(reply, done);
    if (!isAllowedOrigin(origin)) {
      return done(
        new HubError(
          "origin-not-allowed",
          "only the Pionniers browser extension may call the hub from a browser",
        ),
      );
    }
    reply.header("access-control-allow-origin", origin);
    reply.header("vary", "Origin");
    refuseIfClosing(reply, done);
  });

  app.options("*", async (_request, reply) => {
    reply.header("access-control-allow-methods", "GET, POST, PATCH, OPTIONS");
    reply.header("access-control-allow-headers", "authorization, content-type");
    reply.header("access-control-max-age", "600");
    return reply.code(204).send();
  });

  app.get("/health", async () => {
    await service.storage.getSpace("");
    return { status: "ok", storage: service.storage.kind, version: VERSION };
  });

  function limitPerIp(request: FastifyRequest, reply: FastifyReply, what: string) {
    const wait = perIp.take(request.ip);
    if (wait > 0) {
      reply.header("retry-after", Math.ceil(wait / 1000));
      throw new HubError(
        "rate-limited",
        `too many ${what} from this address — wait ${Math.ceil(wait / 1000)} s and check the invite or token`,
      );
    }
  }

  app.post("/v1/join", async (request, reply) => {
    limitPerIp(request, reply, "join attempts");
    const body = (request.body ?? {}) as { code?: unknown; name?: unknown };
    const { space, member, token } = await service.join(body.code, body.name);
    request.log.info({ space: space.id, member: member.id, role: member.role }, "member joined");
    return reply.code(201).send({
      space: { id: space.id, name: space.name },
      member: publicMember(member),
      token,
    });
  });

  // Everything under a space needs its token; the member rides on the request. Checked in
  // onRequest, from the headers alone: a request without a valid token is answered before its
  // body is read or parsed, and its failures count against its IP's budget.
  app.register(async (scope) => {
    scope.addHook("onRequest", async (request, reply) => {
      const { space } = request.params as { space: string };
      let member: Member;
      try {
        member = await service.authenticate(bearer(request), space);
      } catch (error) {
        if (isHubError(error) && (error.code === "unauthorized" || error.code === "not-found")) {
          limitPerIp(request, reply, "refused tokens");
        }
        throw error;
      }
      const wait = perMember.take(member.id);
      if (wait > 0) {
        reply.header("retry-after", Math.ceil(wait / 1000));
        throw new HubError("rate-limited", "too many requests — slow down and retry later");
      }
      request.member = member;
    });

    scope.get("/v1/spaces/:space", async (request) => {
      const member = request.member!;
      const space = await service.spaceOf(member);
      return {
        space: { id: space.id, name: space.name, epoch: space.epoch },
        member: publicMember(member),
      };
    });

    scope.post("/v1/spaces/:space/changes", async (request) => {
      const result = await service.push(request.member!, request.body);
      return {
        cursor: String(result.cursor),
        applied: result.applied,
        rejected: result.rejected,
        epoch: result.epoch,
      };
    });

    scope.get("/v1/spaces/:space/changes", async (request, reply) => {
      const q = request.query as { since?: unknown; limit?: unknown };
      const page = await service.pull(request.member!, q.since, q.limit);
      return reply.type("application/json").send(page);
    });

    scope.post("/v1/spaces/:space/invites", async (request, reply) => {
      const { space } = request.params as { space: string };
      const body = (request.body ?? {}) as { role?: unknown; ttlHours?: unknown };
      const invite = await service.invite(request.member!, space, body.role, body.ttlHours);
      return reply
        .code(201)
        .send({ code: invite.code, role: invite.role, expiresAt: iso(invite.expiresAt) });
    });

    scope.get("/v1/spaces/:space/members", async (request) => {
      const { space } = request.params as { space: string };
      const members = await service.members(request.member!, space);
      return { members: members.map(publicMember) };
    });

    scope.patch("/v1/spaces/:space/members/:member", async (request) => {
      const { space, member } = request.params as { space: string; member: string };
      const body = (request.body ?? {}) as { role?: unknown };
      return publicMember(await service.setRole(request.member!, space, member, body.role));
    });

    scope.post("/v1/spaces/:space/members/:member/revoke", async (request) => {
      const { space, member } = request.params as { space: string; member: string };
      const revoked = await service.revoke(request.member!, space, member);
      request.log.info({ space, member }, "member revoked");
      return publicMember(revoked);
    });

    scope.post("/v1/spaces/:space/leave", async (request) => {
      const me = request.member!;
      return publicMember(await service.revoke(me, me.spaceId, me.id));
    });
  });

  return app;
}
