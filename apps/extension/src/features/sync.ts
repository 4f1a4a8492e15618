// Sync with the collective's hub, in the background: joined spaces and their tokens and
// cursors live in storage.local (so the outbox — the library's changes after the push cursor —
// survives browser restarts), one sync client runs for the active space, syncing after local
// edits (debounced), on an alarm and on demand, retrying with backoff.
import type { Library } from "@pionniers/library";
import {
  type BackoffOptions,
  createSyncClient,
  type FetchLike,
  joinSpace,
  type SyncClient,
  type SyncProblem,
  type SyncState,
  type SyncStatus,
  type Timers,
} from "@pionniers/library/sync";
import type {
  SyncErrorView,
  SyncHandlers,
  SyncMemberView,
  SyncResult,
  SyncSetAsideView,
  SyncSpaceView,
  SyncView,
} from "../messages.ts";
import type { Platform } from "../platform/platform.ts";

/** storage.local key of the joined spaces. */
export const SYNC_KEY = "pionniers.sync";
/** The alarm that syncs when nothing else did (it also wakes a stopped service worker). */
export const SYNC_ALARM = "pionniers-sync";

type Role = "admin" | "member" | "observer";

/** A joined space as stored: with its secret token and the client's cursors. */
export interface StoredSpace {
  hubUrl: string;
  space: { id: string; name: string };
  member: { id: string; name: string; role: Role };
  token: string;
  state: SyncState;
  lastSyncAt: number | null;
  lastError: SyncErrorView | null;
  /** Edits the hub refused (kept until the pioneer acknowledges them). */
  setAside: SyncSetAsideView | null;
}

/** Everything sync keeps in storage.local, versioned. */
export interface StoredSync {
  version: 1;
  /** Key (`hubUrl#spaceId`) of the space the library syncs with, or null. */
  active: string | null;
  spaces: Record<string, StoredSpace>;
}

const empty = (): StoredSync => ({ version: 1, active: null, spaces: {} });

/**
 * Reads what storage holds, dropping anything malformed (a damaged entry means joining again,
 * never a crash of the background).
 *
 * @param raw the stored value
 * @returns the sync settings
 * @example
 * ```ts
 * migrateSync(undefined); // { version: 1, active: null, spaces: {} }
 * ```
 */
export function migrateSync(raw: unknown): StoredSync {
  const out = empty();
  if (typeof raw !== "object" || raw === null) return out;
  const r = raw as { active?: unknown; spaces?: unknown };
  if (typeof r.spaces === "object" && r.spaces !== null) {
    for (const [key, s] of Object.entries(r.spaces as Record<string, unknown>)) {
      const v = s as Partial<StoredSpace> | null;
      if (
        v &&
        typeof v.hubUrl === "string" &&
        typeof v.token === "string" &&
        typeof v.space?.id === "string" &&
        typeof v.member?.id === "string"
      ) {
        out.spaces[key] = {
          hubUrl: v.hubUrl,
          space: { id: v.space.id, name: String(v.space.name ?? v.space.id) },
          member: {
            id: v.member.id,
            name: String(v.member.name ?? ""),
            role: (["admin", "member", "observer"] as const).includes(v.member.role as Role)
              ? (v.member.role as Role)
              : "member",
          },
          token: v.token,
          state: {
            pushCursor: String(v.state?.pushCursor ?? ""),
            pullCursor: String(v.state?.pullCursor ?? ""),
            // The hub's epoch: lost, a restored hub would go unnoticed (absent in older saves).
            ...(typeof v.state?.epoch === "string" && v.state.epoch !== ""
              ? { epoch: v.state.epoch }
              : {}),
          },
          lastSyncAt: typeof v.lastSyncAt === "number" ? v.lastSyncAt : null,
          lastError: v.lastError ?? null,
          setAside:
            typeof v.setAside?.count === "number" && typeof v.setAside.reason?.fr === "string"
              ? v.setAside
              : null,
        };
      }
    }
  }
  if (typeof r.active === "string" && out.spaces[r.active]) out.active = r.active;
  return out;
}

/** The key of a space: its hub and its id. */
export const spaceKey = (hubUrl: string, spaceId: string) => `${hubUrl}#${spaceId}`;

const errorView = (p: SyncProblem): SyncErrorView => ({
  code: p.code,
  fr: p.message.fr,
  en: p.message.en,
  ...(p.detail ? { detail: p.detail } : {}),
});

const spaceView = (key: string, s: StoredSpace): SyncSpaceView => ({
  key,
  hubUrl: s.hubUrl,
  space: { ...s.space },
  member: { ...s.member },
});

/** Options of {@link createSync}. */
export interface SyncOptions {
  platform: Platform;
  /** The open library (the background reopens it when the pioneer's settings change). */
  library: () => Promise<Library>;
  /** Injected fetch (tests); the background's own by default. */
  fetch?: FetchLike;
  timers?: Timers;
  now?: () => number;
  /** Quiet time after a local edit before syncing, ms (default 2000). */
  debounceMs?: number;
  backoff?: BackoffOptions;
  /** Period of the sync alarm, minutes (default 5). */
  alarmMinutes?: number;
}

/** The running sync feature. */
export interface SyncFeature {
  handlers: SyncHandlers;
  /** Restarts syncing after the background starts (a joined space resumes its outbox). */
  resume(): Promise<void>;
  /** Resolves when the syncs started in the background are done (tests). */
  idle(): Promise<void>;
  close(): void;
}

/**
 * Creates the background's sync feature: its message handlers and the alarm listener.
 *
 * @param options platform, library, and test hooks (fetch, timers, clock)
 * @returns the handlers and lifecycle
 * @example
 * ```ts
 * const sync = createSync({ platform, library: async () => (await open()).library });
 * const handlers = { ...clipperHandlers, ...sync.handlers };
 * void sync.resume();
 * ```
 */
export function createSync(options: SyncOptions): SyncFeature {
  const { platform } = options;
  const fetchFn: FetchLike =
    options.fetch ?? ((input, init) => globalThis.fetch(input, init as RequestInit));
  let stored: StoredSync | undefined;
  let saving: Promise<void> = Promise.resolve();
  let current: { key: string; library: Library; client: SyncClient } | undefined;
  const work = new Set<Promise<unknown>>();
  const track = <T>(p: Promise<T>) => {
    work.add(p);
    void p.finally(() => work.delete(p)).catch(() => undefined);
    return p;
  };

  const load = async (): Promise<StoredSync> =>
    (stored ??= migrateSync(await platform.storageGet(SYNC_KEY)));
  /** Writes are chained so that an older state never lands after a newer one. */
  const save = (): Promise<void> => {
    const snapshot = structuredClone(stored ?? empty());
    saving = saving.then(() => platform.storageSet(SYNC_KEY, snapshot)).catch(() => undefined);
    return saving;
  };

  function stopClient() {
    current?.client.close();
    current = undefined;
  }

  /** The client of the active space on the current library, made or remade as needed. */
  async function client(): Promise<{ key: string; client: SyncClient } | undefined> {
    const s = await load();
    const key = s.active;
    const space = key ? s.spaces[key] : undefined;
    if (!key || !space) {
      stopClient();
      return undefined;
    }
    const library = await options.library();
    if (current && current.key === key && current.library === library) return current;
    stopClient();
    let sessionAside = 0;
    const c = createSyncClient({
      library,
      hubUrl: space.hubUrl,
      space: space.space.id,
      token: space.token,
      fetch: fetchFn,
      // The hub's largest page (it clamps bigger asks): a first sync is fewer transactions.
      pullLimit: 10_000,
      state: space.state,
      onState(state) {
        const entry = stored?.spaces[key];
        if (!entry) return;
        entry.state = state;
        return save();
      },
      onStatus(status: SyncStatus) {
        const entry = stored?.spaces[key];
        if (!entry) return;
        // The client counts since it started; the stored count adds what is new this session.
        const aside = status.setAside;
        if (aside && aside.count !== sessionAside) {
          entry.setAside = {
            count: (entry.setAside?.count ?? 0) + aside.count - sessionAside,
            reason: errorView(aside.problem),
            at: aside.problem.at,
          };
          sessionAside = aside.count;
          void save();
        }
        // Only outcomes are kept: a success (its time, no error) or a failure (its problem).
        const lastError = status.lastError ? errorView(status.lastError) : null;
        if (lastError && JSON.stringify(entry.lastError) !== JSON.stringify(lastError)) {
          entry.lastError = lastError;
          void save();
        } else if (
          !lastError &&
          status.lastSyncAt !== null &&
          status.lastSyncAt !== entry.lastSyncAt
        ) {
          entry.lastSyncAt = status.lastSyncAt;
          entry.lastError = null;
          void save();
        }
      },
      ...(options.timers ? { timers: options.timers } : {}),
      ...(options.now ? { now: options.now } : {}),
      ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}),
      ...(options.backoff ? { backoff: options.backoff } : {}),
    });
    c.start();
    current = { key, library, client: c };
    // A client remade (the background reopened the library after a settings change, or a
    // restart) sends what the outbox holds soon, not at the next alarm.
    void track(
      c.countPending().then((n) => {
        if (n > 0) c.schedule();
      }),
    );
    return current;
  }

  function view(): SyncView {
    const s = stored ?? empty();
    const spaces = Object.entries(s.spaces).map(([k, v]) => spaceView(k, v));
    const activeSpace = s.active ? s.spaces[s.active] : undefined;
    if (!s.active || !activeSpace) {
      return {
        active: null,
        spaces,
        state: "off",
        lastSyncAt: null,
        pending: null,
        error: null,
        nextRetryAt: null,
        readOnly: false,
        setAside: null,
        notice: null,
      };
    }
    const status = current?.key === s.active ? current.client.status : undefined;
    return {
      active: spaceView(s.active, activeSpace),
      spaces,
      state: status?.state ?? (activeSpace.lastError ? "error" : "idle"),
      lastSyncAt: status?.lastSyncAt ?? activeSpace.lastSyncAt,
      pending: status?.pending ?? null,
      // Before this session's first sync, the last session's error still stands.
      error: status?.lastError
        ? errorView(status.lastError)
        : status && status.lastSyncAt !== null
          ? null
          : activeSpace.lastError,
      nextRetryAt: status?.nextRetryAt ?? null,
      readOnly: status?.readOnly === true || activeSpace.member.role === "observer",
      setAside: activeSpace.setAside,
      notice: status?.notice
        ? { fr: status.notice.message.fr, en: status.notice.message.en, at: status.notice.at }
        : null,
    };
  }

  /** Syncs the active space and refreshes what the hub says of this member (role, name). */
  async function syncActive(refreshRole: boolean): Promise<void> {
    const c = await client();
    if (!c) return;
    const report = await c.client.syncNow();
    // A hub that just failed would fail again: its answer on the role waits for the next sync.
    if (refreshRole && report.ok) {
      const info = await c.client.info();
      const entry = stored?.spaces[c.key];
      if (info.ok && entry) {
        entry.space.name = info.value.space.name;
        entry.member.role = info.value.member.role;
        entry.member.name = info.value.member.name;
        await save();
      }
    }
    await c.client.countPending();
  }

  const members = async (c: SyncClient): Promise<SyncResult<SyncMemberView[]>> => {
    const r = await c.members();
    if (!r.ok) return { ok: false, error: errorView(r.error) };
    return {
      ok: true,
      value: r.value.members.map((m) => ({
        id: m.id,
        name: m.name,
        role: m.role,
        revoked: m.revokedAt !== null,
      })),
    };
  };
  const notJoined: SyncResult<never> = {
    ok: false,
    error: {
      code: "not-joined",
      fr: "Rejoignez d'abord un espace avec une invitation.",
      en: "Join a space with an invite first.",
    },
  };
  const adminClient = async () => (await client())?.client;

  async function ensureAlarm() {
    const s = await load();
    if (s.active) await platform.setAlarm(SYNC_ALARM, options.alarmMinutes ?? 5);
    else await platform.clearAlarm(SYNC_ALARM);
  }

  platform.onAlarm((name) => {
    if (name === SYNC_ALARM) void track(syncActive(false));
  });

  const handlers: SyncHandlers = {
    async syncStatus() {
      const c = await client();
      // Counted once per session (it walks the outbox), then kept up to date by the client.
      if (c && c.client.status.pending === null) await c.client.countPending();
      return view();
    },
    async syncJoin({ hubUrl, code, name }) {
      let joined: Awaited<ReturnType<typeof joinSpace>>;
      try {
        joined = await joinSpace({ hubUrl: hubUrl.trim(), code, name, fetch: fetchFn });
      } catch {
        // joinSpace throws only for a malformed address or an empty code.
        return {
          ok: false,
          error: {
            code: "invalid-invite",
            fr: "Collez l'adresse du hub (https://…) et le code d'invitation reçus.",
            en: "Paste the hub address (https://…) and the invite code you received.",
          },
        };
      }
      if (!joined.ok) return { ok: false, error: errorView(joined.error) };
      const j = joined.joined;
      const s = await load();
      const key = spaceKey(j.hubUrl, j.space.id);
      s.spaces[key] = {
        hubUrl: j.hubUrl,
        space: j.space,
        member: j.member,
        token: j.token,
        state: { pushCursor: "", pullCursor: "" },
        lastSyncAt: null,
        lastError: null,
        setAside: null,
      };
      s.active = key;
      await save();
      await ensureAlarm();
      const c = await client();
      if (c) void track(c.client.syncNow().then(() => c.client.countPending()));
      return { ok: true, value: view() };
    },
    async syncNow() {
      await syncActive(true);
      return view();
    },
    async syncDismissSetAside() {
      const s = await load();
      const entry = s.active ? s.spaces[s.active] : undefined;
      if (entry?.setAside) {
        entry.setAside = null;
        await save();
      }
      return view();
    },
    async syncLeave() {
      const c = await client();
      const s = await load();
      if (!c || !s.active) return { ok: true, value: view() };
      const left = await c.client.leave();
      // A token the hub no longer knows (revoked, space gone) is as good as left.
      if (!left.ok && left.error.code !== "unauthorized" && left.error.code !== "not-found") {
        c.client.start();
        return { ok: false, error: errorView(left.error) };
      }
      const gone = s.spaces[s.active];
      delete s.spaces[s.active];
      s.active = null;
      stopClient();
      await save();
      await ensureAlarm();
      if (gone && !Object.values(s.spaces).some((o) => o.hubUrl === gone.hubUrl)) {
        await platform.removeOrigin(new URL(gone.hubUrl).origin).catch(() => undefined);
      }
      return { ok: true, value: view() };
    },
    async syncSwitch({ key }) {
      const s = await load();
      if (!s.spaces[key]) throw Object.assign(new Error("[sync] unknown space"), { code: "sync" });
      s.active = key;
      await save();
      await ensureAlarm();
      const c = await client();
      if (c) void track(c.client.syncNow().then(() => c.client.countPending()));
      return view();
    },
    async syncMembers() {
      const c = await adminClient();
      return c ? members(c) : notJoined;
    },
    async syncInvite({ role }) {
      const c = await adminClient();
      const s = await load();
      const space = s.active ? s.spaces[s.active] : undefined;
      if (!c || !space) return notJoined;
      const r = await c.invite(role);
      if (!r.ok) return { ok: false, error: errorView(r.error) };
      return {
        ok: true,
        value: { code: r.value.code, hubUrl: space.hubUrl, expiresAt: r.value.expiresAt },
      };
    },
    async syncSetRole({ memberId, role }) {
      const c = await adminClient();
      if (!c) return notJoined;
      const r = await c.setRole(memberId, role);
      return r.ok ? members(c) : { ok: false, error: errorView(r.error) };
    },
    async syncRevoke({ memberId }) {
      const c = await adminClient();
      if (!c) return notJoined;
      const r = await c.revoke(memberId);
      return r.ok ? members(c) : { ok: false, error: errorView(r.error) };
    },
  };

  return {
    handlers,
    async resume() {
      const s = await load();
      if (!s.active) return;
      await ensureAlarm();
      const c = await client();
      // After a restart: whatever the outbox holds goes out soon, not at the next alarm.
      c?.client.schedule();
    },
    async idle() {
      while (work.size > 0) await Promise.allSettled([...work]);
      await saving;
    },
    close() {
      stopClient();
    },
  };
}
