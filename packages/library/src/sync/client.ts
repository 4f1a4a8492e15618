import type { Change } from "../change.ts";
import { isLibraryError } from "../errors.ts";
import type { Library } from "../library.ts";
import { type BackoffOptions, backoffDelay } from "./backoff.ts";
import { baseUrl, type FetchLike, hubRequest, SyncFailure } from "./http.ts";
import { hubRestoredNotice, type SyncNotice, type SyncProblem, syncProblem } from "./problem.ts";

/** What a sync client must remember between sessions (persist it after every change). */
export interface SyncState {
  /** Local cursor (from `library.changesSince`) up to which changes reached the hub. */
  pushCursor: string;
  /** Hub cursor up to which the hub's changes were merged locally. */
  pullCursor: string;
  /**
   * The space's epoch on the hub when these cursors were valid (absent until a hub sent one).
   * Another epoch means the hub was restored from a backup: both cursors start over.
   */
  epoch?: string;
}

/** What the status display shows. */
export interface SyncStatus {
  /** `syncing` while a sync runs; `error` after a failed one; `idle` otherwise. */
  state: "idle" | "syncing" | "error";
  /** When the last sync succeeded (ms since epoch), or null. */
  lastSyncAt: number | null;
  /** Local changes not yet on the hub; null until counted (see {@link SyncClient.countPending}). */
  pending: number | null;
  /** The last failure (cleared by a successful sync). */
  lastError: (SyncProblem & { at: number }) | null;
  /** When the next automatic retry is due (ms since epoch), or null. */
  nextRetryAt: number | null;
  /** True once the hub said this member may only read (observer): local edits stay local. */
  readOnly: boolean;
  /**
   * Local changes the hub refused (invalid, too large, dated in the future) since the client
   * started: set aside — kept in the library, not sent again — so that the rest goes on.
   * `problem` says why, in French and English (`clock` when this device's clock is wrong).
   */
  setAside: { count: number; problem: SyncProblem & { at: number } } | null;
  /**
   * Set once the hub answered with another epoch than the one held — it was restored from a
   * backup: this client sent its whole outbox again and pulled everything from the start
   * (merging is idempotent, so nothing is doubled and nothing it held is lost). Bilingual.
   */
  notice: SyncNotice | null;
}

/** What one {@link SyncClient.syncNow} did. */
export type SyncReport =
  | {
      ok: true;
      pushed: number;
      pulled: number;
      /** Changes the hub ignored (another member's private clip). */
      rejected: number;
      /** Changes the hub refused, set aside this time (see {@link SyncStatus.setAside}). */
      setAside: number;
    }
  | { ok: false; error: SyncProblem };

/** Timer functions (the platform's by default; tests inject fakes). */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Options of {@link createSyncClient}. */
export interface SyncClientOptions {
  library: Library;
  /** The hub's base URL, e.g. `https://hub.example.org`. */
  hubUrl: string;
  /** The space's id. */
  space: string;
  /** The member's access token (`pio_…`). */
  token: string;
  /** Injected fetch (default `globalThis.fetch`). */
  fetch?: FetchLike;
  /** Called whenever the status changes. */
  onStatus?: (status: SyncStatus) => void;
  /** Cursors saved from an earlier session (default: start from scratch). */
  state?: Partial<SyncState>;
  /** Called after every cursor move: persist the state there (an outbox that survives restarts). */
  onState?: (state: SyncState) => void | Promise<void>;
  /** Most changes per push request (default 2000). */
  pushBatch?: number;
  /** Largest push body, bytes (default 4 MiB; the hub's default limit is 8 MiB). */
  pushBytes?: number;
  /** Changes per pull page (default 5000). */
  pullLimit?: number;
  /** Quiet time after a local edit before {@link SyncClient.start} syncs, ms (default 2000). */
  debounceMs?: number;
  /** Retry delays after failures. */
  backoff?: BackoffOptions;
  /** Clock (default `Date.now`). */
  now?: () => number;
  /** Timers (default the global ones). */
  timers?: Timers;
}

/** A sync client for one library and one space of one hub, made by {@link createSyncClient}. */
export interface SyncClient {
  /** The current status. */
  readonly status: SyncStatus;
  /** The cursors to persist. */
  readonly state: SyncState;
  /**
   * Pushes local changes, then pulls the hub's, now. Never rejects for network or hub
   * errors: it resolves `{ ok: false, error }` and the status says what happened. Calls
   * made while a sync runs share the next run.
   */
  syncNow(): Promise<SyncReport>;
  /** Syncs after `delayMs` (default `debounceMs`), replacing any sync already scheduled. */
  schedule(delayMs?: number): void;
  /** Syncs automatically: after local edits (debounced) and after failures (with backoff). */
  start(): void;
  /** Stops automatic syncing (a sync in flight finishes). */
  stop(): void;
  /** Counts local changes not yet pushed (walks the outbox) and updates the status. */
  countPending(): Promise<number>;
  /** Leaves the space: the hub revokes this member's token. Closes the client. */
  leave(): Promise<SyncReport>;
  /** Stops and stops listening to the library (the client cannot be used afterwards). */
  close(): void;
  /** The space and this member as the hub knows them (name, role). */
  info(): Promise<HubResult<{ space: { id: string; name: string }; member: SpaceMember }>>;
  /** Admins: a single-use invite for `role`, valid `ttlHours` (default 168). */
  invite(
    role?: SpaceMember["role"],
    ttlHours?: number,
  ): Promise<HubResult<{ code: string; role: SpaceMember["role"]; expiresAt: string }>>;
  /** Admins: every member, revoked ones included. */
  members(): Promise<HubResult<{ members: SpaceMember[] }>>;
  /** Admins: changes a member's role. */
  setRole(memberId: string, role: SpaceMember["role"]): Promise<HubResult<SpaceMember>>;
  /** Admins: revokes a member's token at once. */
  revoke(memberId: string): Promise<HubResult<SpaceMember>>;
}

/** A member of a space, as the hub lists it. */
export interface SpaceMember {
  id: string;
  name: string;
  role: "admin" | "member" | "observer";
  createdAt: string;
  revokedAt: string | null;
}

/** The answer of an administration call: the hub's JSON, or the problem (bilingual). */
export type HubResult<T> = { ok: true; value: T } | { ok: false; error: SyncProblem };

/** Hub answers that refuse a change itself, not the request: the change is set aside. */
const CHANGE_REFUSALS = new Set([
  "invalid-change",
  "stamp-from-future",
  "value-too-large",
  "batch-too-large",
  "body-too-large",
]);

/** Thrown inside a sync when the hub answers with a new epoch: the run starts over. */
class EpochChanged {}

function refusesChange(failure: SyncFailure): boolean {
  const { status } = failure.problem;
  return (
    failure.problem.code === "rejected" &&
    (status === 413 || CHANGE_REFUSALS.has(failure.hubCode ?? ""))
  );
}

const defaultTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

function byteLength(s: string): number {
  // Plain ASCII is one byte a character; anything else is counted exactly.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point
  return /^[\u0000-\u007f]*$/.test(s) ? s.length : new TextEncoder().encode(s).length;
}

/**
 * Creates the sync client that keeps a library and a hub space in step.
 *
 * The protocol is the hub's: `POST /v1/spaces/:space/changes` (push, idempotent) and
 * `GET /v1/spaces/:space/changes?since=&limit=` (pull, paged). The outbox is the library
 * itself: the client pushes `library.changesSince(pushCursor)` and moves the cursor only once
 * the hub acknowledged, so a crash or a lost connection just means resending (merging is
 * idempotent). Changes pulled from the hub are not pushed back.
 *
 * **Private clips** never leave the device: for a clip whose `private` field is true, only
 * that field is pushed, so the hub hides the clip from every other member and refuses their
 * writes to it; its content stays local. When the clip is made public again, the library puts
 * its whole content back among the changes to send (on the device that made it public, and
 * on the owner's other devices when they pull the news), so every member receives it all.
 *
 * No DOM and no `browser.*`: `fetch`, timers and persistence are injected, so the same client
 * runs in an extension's background, in Node and in tests.
 *
 * @param options library, hub URL, space, token, and optional fetch, status and state hooks
 * @returns the client
 * @example
 * ```ts
 * const sync = createSyncClient({ library, hubUrl: "https://hub.example.org", space, token,
 *   state: saved, onState: (s) => save(s), onStatus: (s) => render(s) });
 * sync.start();            // debounced sync after local edits, retries with backoff
 * await sync.syncNow();    // or on demand / on an alarm
 * ```
 */
export function createSyncClient(options: SyncClientOptions): SyncClient {
  const { library, space, token } = options;
  const hub = baseUrl(options.hubUrl);
  const fetchFn: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = options.now ?? Date.now;
  const timers = options.timers ?? defaultTimers;
  const pushBatch = options.pushBatch ?? 2000;
  const pushBytes = options.pushBytes ?? 4 * 1024 * 1024;
  const pullLimit = options.pullLimit ?? 5000;
  const debounceMs = options.debounceMs ?? 2000;
  // Reading the outbox in big pages keeps the pass after a large pull cheap.
  const readLimit = Math.max(pushBatch, 10_000);
  const sweepLimit = Math.max(readLimit, 100_000);
  // Stamps merged from the hub and not yet swept out of the outbox.
  const echoes = new Set<string>();
  const changesUrl = `${hub}/v1/spaces/${encodeURIComponent(space)}/changes`;
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };

  const state: SyncState = {
    pushCursor: options.state?.pushCursor ?? "",
    pullCursor: options.state?.pullCursor ?? "",
  };
  if (typeof options.state?.epoch === "string" && options.state.epoch !== "") {
    state.epoch = options.state.epoch;
  }
  const status: SyncStatus = {
    state: "idle",
    lastSyncAt: null,
    pending: null,
    lastError: null,
    nextRetryAt: null,
    readOnly: false,
    setAside: null,
    notice: null,
  };

  let running: Promise<SyncReport> | undefined;
  let queued: Promise<SyncReport> | undefined;
  let timer: unknown;
  let failures = 0;
  let auto = false;
  let unsubscribe: (() => void) | undefined;
  let localWrites = 0; // changes written locally (or imported) since the client started
  let applying = false;

  // Counts what will need pushing: local edits and imports, not our own pulls.
  const listen = library.subscribe((event) => {
    if (event.origin === "remote" && applying) return;
    localWrites += event.changes.length;
    if (status.pending !== null) {
      status.pending += event.changes.length;
      emit();
    }
  });

  function emit() {
    options.onStatus?.({
      ...status,
      lastError: status.lastError && { ...status.lastError },
      setAside: status.setAside && { ...status.setAside },
      notice: status.notice && { ...status.notice },
    });
  }

  /**
   * Checks the epoch of a hub answer. The first one seen is recorded. Another one means the
   * hub was restored from a backup: it may lack writes it acknowledged, and its sequence
   * numbers went back, so both cursors start over — everything is sent again and pulled
   * again — and the run restarts ({@link EpochChanged}). Hubs without epochs say nothing.
   */
  async function checkEpoch(body: unknown): Promise<void> {
    const epoch = (body as { epoch?: unknown } | null)?.epoch;
    if (typeof epoch !== "string" || epoch === "" || epoch === state.epoch) return;
    const known = state.epoch;
    state.epoch = epoch;
    if (known === undefined) {
      await saveState();
      return;
    }
    state.pushCursor = "";
    state.pullCursor = "";
    echoes.clear();
    status.notice = hubRestoredNotice(now());
    await saveState();
    throw new EpochChanged();
  }

  async function saveState() {
    await options.onState?.({ ...state });
  }

  /** Whether the document a change belongs to is a private clip (content stays local). */
  async function privateDocs(changes: readonly Change[]): Promise<Set<string>> {
    const known = new Map<string, boolean>();
    for (const c of changes) {
      if (c.collection === "clips" && c.field === "private" && "value" in c) {
        known.set(c.id, c.value === true);
      }
    }
    const out = new Set<string>();
    for (const c of changes) {
      if (c.collection !== "clips") continue;
      let isPrivate = known.get(c.id);
      if (isPrivate === undefined) {
        isPrivate = (await library.get("clips", c.id))?.private === true;
        known.set(c.id, isPrivate);
      }
      if (isPrivate) out.add(c.id);
    }
    return out;
  }

  async function post(batch: Change[]): Promise<{ rejected: number }> {
    const body = await hubRequest(fetchFn, changesUrl, {
      method: "POST",
      headers,
      body: `{"changes":[${batch.map((c) => JSON.stringify(c)).join(",")}]}`,
    });
    const rejected = (body as { rejected?: unknown } | null)?.rejected;
    if (typeof body !== "object" || body === null || typeof rejected !== "number") {
      throw new SyncFailure(syncProblem("invalid-response", { detail: "push answer" }));
    }
    await checkEpoch(body);
    return { rejected };
  }

  /**
   * Pushes everything after the push cursor, skipping changes whose stamp came from the hub
   * (`echoes`) and private clips' content. Moves the cursor after each acknowledged page.
   */
  async function pushPass(
    echoes: ReadonlySet<string>,
    limit = readLimit,
  ): Promise<{ pushed: number; rejected: number; setAside: number; complete: boolean }> {
    let pushed = 0;
    let rejected = 0;
    let setAside = 0;
    const writesAtStart = localWrites;
    const putAside = (changes: readonly Change[], failure: SyncFailure) => {
      setAside += changes.length;
      const code = failure.hubCode === "stamp-from-future" ? "clock" : "change-refused";
      const { status: httpStatus, detail } = failure.problem;
      status.setAside = {
        count: (status.setAside?.count ?? 0) + changes.length,
        problem: {
          ...syncProblem(code, {
            ...(httpStatus === undefined ? {} : { status: httpStatus }),
            ...(detail === undefined ? {} : { detail }),
          }),
          at: now(),
        },
      };
      emit();
    };
    /**
     * Posts one batch; false when the hub says this member only reads. A change the hub
     * refuses is set aside and the rest of the batch sent again: the hub names the first bad
     * change (`changes[3]…`); when it does not (a proxy's "too large"), halving finds it.
     */
    const send = async (batch: Change[]): Promise<boolean> => {
      let todo = batch;
      while (todo.length > 0) {
        try {
          rejected += (await post(todo)).rejected;
          pushed += todo.length;
          status.readOnly = false;
          return true;
        } catch (error) {
          if (!(error instanceof SyncFailure)) throw error;
          if (error.problem.detail?.startsWith("read-only")) {
            // An observer: edits stay local (and the cursor stays, in case of promotion).
            status.readOnly = true;
            emit();
            return false;
          }
          if (!refusesChange(error)) throw error;
          const at = Number(/^changes\[(\d+)\]/.exec(error.path ?? "")?.[1] ?? Number.NaN);
          if (todo.length > 1 && !(at < todo.length)) {
            const half = Math.ceil(todo.length / 2);
            if (!(await send(todo.slice(0, half)))) return false;
            todo = todo.slice(half);
            continue;
          }
          const bad = todo[at < todo.length ? at : 0]!;
          // Stamps sort by time: every later stamp is as far ahead as the one refused.
          const refused = new Set(
            error.hubCode === "stamp-from-future"
              ? todo.filter((c) => c.stamp >= bad.stamp)
              : [bad],
          );
          putAside([...refused], error);
          todo = todo.filter((c) => !refused.has(c));
        }
      }
      return true;
    };
    for (;;) {
      const page = await library.changesSince(state.pushCursor, { limit });
      const hidden = await privateDocs(page.changes);
      const outgoing = page.changes.filter(
        (c) => !echoes.has(c.stamp) && (!hidden.has(c.id) || c.field === "private"),
      );
      let batch: Change[] = [];
      let bytes = 16;
      for (const c of outgoing) {
        const size = byteLength(JSON.stringify(c)) + 1;
        if (batch.length > 0 && (batch.length >= pushBatch || bytes + size > pushBytes)) {
          if (!(await send(batch))) return { pushed, rejected, setAside, complete: false };
          batch = [];
          bytes = 16;
        }
        batch.push(c);
        bytes += size;
      }
      if (batch.length > 0 && !(await send(batch))) {
        return { pushed, rejected, setAside, complete: false };
      }
      if (page.cursor !== state.pushCursor) {
        state.pushCursor = page.cursor;
        await saveState();
      }
      if (!page.more) break;
    }
    status.pending = localWrites - writesAtStart;
    return { pushed, rejected, setAside, complete: true };
  }

  interface PullPage {
    changes: unknown[];
    cursor: string;
    more: boolean;
  }

  async function fetchPage(since: string): Promise<PullPage> {
    const query = `?since=${encodeURIComponent(since)}&limit=${pullLimit}`;
    const body = (await hubRequest(fetchFn, changesUrl + query, { method: "GET", headers })) as {
      changes?: unknown;
      cursor?: unknown;
      more?: unknown;
    } | null;
    if (
      !body ||
      !Array.isArray(body.changes) ||
      typeof body.cursor !== "string" ||
      typeof body.more !== "boolean"
    ) {
      throw new SyncFailure(syncProblem("invalid-response", { detail: "pull answer" }));
    }
    await checkEpoch(body);
    return body as PullPage;
  }

  /**
   * Pulls and merges every page; returns how many changes were pulled. `echoes` collects the
   * stamps merged from the hub, not to be pushed back. With `chained` (everything before the
   * push cursor reached the hub), while each merge starts right at the push cursor — no local
   * write in between — the push cursor moves past it: what lies there came from the hub, and
   * is neither re-read nor remembered. The first gap ends that, and stamps are collected.
   */
  async function pullPass(echoes: Set<string>, chained: boolean): Promise<number> {
    let pulled = 0;
    let chain = chained;
    let next = fetchPage(state.pullCursor);
    for (;;) {
      const page = await next;
      // The hub prepares the next page while this one merges (they run on different cores).
      if (page.more) {
        next = fetchPage(page.cursor);
        next.catch(() => {}); // awaited on the next turn; an apply failure may abandon it
      }
      let moved = false;
      if (page.changes.length > 0) {
        applying = true;
        try {
          const report = await library.apply(page.changes);
          // A clip made public again puts its earlier writes back to send: not a pull's echo.
          chain &&= report.since === (state.pushCursor || "0") && report.republished === 0;
          if (chain) {
            moved = report.cursor !== state.pushCursor;
            state.pushCursor = report.cursor;
          } else for (const c of report.applied) echoes.add(c.stamp);
        } catch (error) {
          if (isLibraryError(error)) {
            throw new SyncFailure(syncProblem("local", { detail: error.message }));
          }
          throw error;
        } finally {
          applying = false;
        }
        pulled += page.changes.length;
      }
      if (moved || page.cursor !== state.pullCursor) {
        state.pullCursor = page.cursor;
        await saveState();
      }
      if (!page.more) return pulled;
    }
  }

  async function run(): Promise<SyncReport> {
    status.state = "syncing";
    emit();
    // A hub restored from a backup starts the run over, once: both cursors are reset by then.
    for (let attempt = 0; ; attempt++) {
      try {
        return await attemptRun();
      } catch (error) {
        if (!(error instanceof EpochChanged)) throw error;
        if (attempt > 0)
          return failed(syncProblem("server", { detail: "hub epoch changed twice" }));
      }
    }
  }

  async function attemptRun(): Promise<SyncReport> {
    try {
      // After a pull the outbox holds mostly echoes: big pages make the pass one sweep.
      let first: Awaited<ReturnType<typeof pushPass>>;
      let refused: SyncFailure | undefined;
      try {
        first = await pushPass(echoes, echoes.size > 0 ? sweepLimit : readLimit);
      } catch (error) {
        // The hub refuses every upload (not one change): still receive, then say so.
        if (!(error instanceof SyncFailure) || error.problem.code !== "rejected") throw error;
        refused = error;
        first = { pushed: 0, rejected: 0, setAside: 0, complete: false };
      }
      if (first.complete || echoes.size > 500_000) echoes.clear();
      const pulled = await pullPass(echoes, first.complete);
      if (refused) throw refused;
      // Moves the push cursor past what the pull just merged, sending only edits made
      // meanwhile. Done now, not later: an extension's background may be stopped at any
      // time, and a lost sweep would mean pushing everything pulled back to the hub.
      const second =
        pulled > 0
          ? await pushPass(echoes, sweepLimit)
          : { pushed: 0, rejected: 0, setAside: 0, complete: true };
      if (second.complete) echoes.clear();
      failures = 0;
      status.state = "idle";
      status.lastSyncAt = now();
      status.lastError = null;
      status.nextRetryAt = null;
      emit();
      return {
        ok: true,
        pushed: first.pushed + second.pushed,
        pulled,
        rejected: first.rejected + second.rejected,
        setAside: first.setAside + second.setAside,
      };
    } catch (error) {
      if (error instanceof EpochChanged) throw error;
      return failed(
        error instanceof SyncFailure
          ? error.problem
          : syncProblem("local", { detail: String(error).slice(0, 200) }),
      );
    }
  }

  function failed(problem: SyncProblem): SyncReport {
    status.state = "error";
    status.lastError = { ...problem, at: now() };
    status.nextRetryAt = null;
    if (problem.retryable) {
      const delay = Math.max(backoffDelay(failures, options.backoff), problem.retryAfterMs ?? 0);
      failures++;
      status.nextRetryAt = now() + delay;
      if (auto) arm(delay);
    }
    emit();
    return { ok: false, error: problem };
  }

  function syncNow(): Promise<SyncReport> {
    if (!running) {
      running = run().finally(() => {
        running = undefined;
      });
      return running;
    }
    // A sync is in flight: changes made since it started need one more run after it.
    queued ??= running.then(() => {
      queued = undefined;
      return syncNow();
    });
    return queued;
  }

  function arm(delay: number) {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = timers.setTimeout(() => {
      timer = undefined;
      void syncNow();
    }, delay);
  }

  const spaceUrl = `${hub}/v1/spaces/${encodeURIComponent(space)}`;
  async function call<T>(path: string, method: string, body?: unknown): Promise<HubResult<T>> {
    try {
      const init: RequestInit = { method, headers: { authorization: headers.authorization } };
      if (body !== undefined) {
        init.headers = headers;
        init.body = JSON.stringify(body);
      }
      return { ok: true, value: (await hubRequest(fetchFn, spaceUrl + path, init)) as T };
    } catch (error) {
      if (error instanceof SyncFailure) return { ok: false, error: error.problem };
      throw error;
    }
  }

  const client: SyncClient = {
    info: () => call("", "GET"),
    invite: (role = "member", ttlHours = 168) => call("/invites", "POST", { role, ttlHours }),
    members: () => call("/members", "GET"),
    setRole: (memberId, role) =>
      call(`/members/${encodeURIComponent(memberId)}`, "PATCH", { role }),
    revoke: (memberId) => call(`/members/${encodeURIComponent(memberId)}/revoke`, "POST"),
    get status() {
      return { ...status };
    },
    get state() {
      return { ...state };
    },
    syncNow,
    schedule(delayMs = debounceMs) {
      arm(delayMs);
    },
    start() {
      if (auto) return;
      auto = true;
      unsubscribe = library.subscribe((event) => {
        if (event.origin === "local" || !applying) arm(debounceMs);
      });
    },
    stop() {
      auto = false;
      unsubscribe?.();
      unsubscribe = undefined;
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
      status.nextRetryAt = null;
    },
    async countPending() {
      let cursor = state.pushCursor;
      let count = 0;
      for (;;) {
        const page = await library.changesSince(cursor, { limit: readLimit });
        const hidden = await privateDocs(page.changes);
        for (const c of page.changes) if (!hidden.has(c.id) || c.field === "private") count++;
        cursor = page.cursor;
        if (!page.more) break;
      }
      status.pending = count;
      emit();
      return count;
    },
    close() {
      client.stop();
      listen();
    },
    async leave() {
      client.stop();
      try {
        await hubRequest(fetchFn, `${hub}/v1/spaces/${encodeURIComponent(space)}/leave`, {
          method: "POST",
          headers: { authorization: headers.authorization },
        });
        client.close();
        return { ok: true, pushed: 0, pulled: 0, rejected: 0, setAside: 0 };
      } catch (error) {
        if (error instanceof SyncFailure) return { ok: false, error: error.problem };
        throw error;
      }
    },
  };
  return client;
}
