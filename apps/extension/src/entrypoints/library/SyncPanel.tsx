// The "Synchronisation" panel: join a space with an invite (asking for the hub's origin at that
// moment), the status of the active space in plain words, sync now, switch and leave; for
// admins, invites, members, roles and revocation.
import { useEffect, useState } from "preact/hooks";
import type { Settings } from "../../features/settings.ts";
import type { MessageKey } from "../../i18n.ts";
import {
  ExtensionError,
  type SyncErrorView,
  type SyncMemberView,
  type SyncView,
  send,
} from "../../messages.ts";
import type { Platform } from "../../platform/platform.ts";
import { useI18n } from "../../ui/i18n-context.ts";
import "./sync.css";

type Role = SyncMemberView["role"];
const ROLE_KEY: Record<Role, MessageKey> = {
  admin: "sync_roleAdmin",
  member: "sync_roleMember",
  observer: "sync_roleObserver",
};
const ROLES: Role[] = ["member", "observer", "admin"];

/** The hub's origin from what the pioneer pasted, or undefined when it is no web address. */
function originOf(hubUrl: string): string | undefined {
  try {
    const u = new URL(hubUrl.trim());
    return u.protocol === "https:" || u.protocol === "http:" ? u.origin : undefined;
  } catch {
    return undefined;
  }
}

function ErrorBox({ error }: { error: SyncErrorView }) {
  const { lang, t } = useI18n();
  return (
    <div class="notice error" role="alert" data-testid="sync-error">
      <p style={{ margin: 0 }}>{lang === "fr" ? error.fr : error.en}</p>
      {error.detail && (
        <details>
          <summary>{t("sync_errorDetail")}</summary>
          <code>{error.detail}</code>
        </details>
      )}
    </div>
  );
}

function JoinForm({
  platform,
  settings,
  joined,
  onJoined,
}: {
  platform: Platform;
  settings: Settings;
  /** Names of the spaces already joined: their members' clips would go to the new one too. */
  joined: string[];
  onJoined: (view: SyncView) => void;
}) {
  const { t } = useI18n();
  const others = joined.join(", ");
  const [hubUrl, setHubUrl] = useState("");
  const [code, setCode] = useState("");
  const [name, setName] = useState(
    [settings.pioneerName, settings.association && `(${settings.association})`]
      .filter(Boolean)
      .join(" "),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<SyncErrorView | string | undefined>();
  return (
    <form
      data-testid="sync-join"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(undefined);
        const origin = originOf(hubUrl);
        if (!origin) return setError(t("sync_badHubUrl"));
        // Asked now, while the click lasts: the browser shows its prompt for this hub only.
        const granted = await platform.requestOrigin(origin).catch(() => false);
        if (!granted) return setError(t("sync_permissionRefused"));
        setBusy(true);
        try {
          const r = await send(platform, "syncJoin", { hubUrl, code, name: name || "?" });
          if (r.ok) onJoined(r.value);
          else setError(r.error);
        } catch (err) {
          setError(err instanceof ExtensionError ? err.message : String(err));
        } finally {
          setBusy(false);
        }
      }}
    >
      <h2>{t("sync_joinTitle")}</h2>
      <p class="hint">{t("sync_joinHint")}</p>
      <label for="sync-hub">{t("sync_hubLabel")}</label>
      <input
        id="sync-hub"
        type="text"
        inputMode="url"
        required
        placeholder="https://hub.exemple.org"
        value={hubUrl}
        onInput={(e) => setHubUrl(e.currentTarget.value)}
      />
      <label for="sync-code">{t("sync_codeLabel")}</label>
      <input
        id="sync-code"
        type="text"
        required
        autocomplete="off"
        value={code}
        onInput={(e) => setCode(e.currentTarget.value)}
      />
      <label for="sync-name">{t("sync_nameLabel")}</label>
      <input
        id="sync-name"
        type="text"
        value={name}
        onInput={(e) => setName(e.currentTarget.value)}
      />
      {joined.length > 0 && (
        // The new space gets the whole library, pulled clips included (the sync client sends
        // every change since the start): said before, and agreed to, not discovered after.
        <div class="notice warn" data-testid="sync-other-space">
          <p style={{ margin: 0 }}>{t("sync_otherSpaceWarning", others)}</p>
          <label class="check">
            <input type="checkbox" id="sync-other-space-ok" required />
            {t("sync_otherSpaceConfirm", others)}
          </label>
        </div>
      )}
      <p class="row" style={{ marginTop: "12px" }}>
        <button type="submit" class="btn" disabled={busy}>
          {busy ? t("sync_joining") : t("sync_join")}
        </button>
      </p>
      {typeof error === "string" && (
        <p class="notice error" role="alert" data-testid="sync-error">
          {error}
        </p>
      )}
      {error && typeof error !== "string" && <ErrorBox error={error} />}
    </form>
  );
}

function AdminSection({
  platform,
  hubUrl,
  selfId,
}: {
  platform: Platform;
  hubUrl: string;
  selfId: string;
}) {
  const { t } = useI18n();
  const [members, setMembers] = useState<SyncMemberView[] | undefined>();
  const [role, setRole] = useState<Role>("member");
  const [invite, setInvite] = useState<{ code: string; expiresAt: string } | undefined>();
  const [error, setError] = useState<SyncErrorView | undefined>();
  const take = (r: { ok: true; value: SyncMemberView[] } | { ok: false; error: SyncErrorView }) => {
    if (r.ok) {
      setMembers(r.value);
      setError(undefined);
    } else setError(r.error);
  };
  useEffect(() => {
    void send(platform, "syncMembers", {}).then(take);
  }, [platform]);
  return (
    <section aria-labelledby="sync-admin-title" data-testid="sync-admin">
      <h2 id="sync-admin-title">{t("sync_adminTitle")}</h2>
      <div class="row">
        <label for="sync-invite-role">{t("sync_inviteRoleLabel")}</label>
        <select
          id="sync-invite-role"
          value={role}
          onChange={(e) => setRole(e.currentTarget.value as Role)}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(ROLE_KEY[r])}
            </option>
          ))}
        </select>
        <button
          type="button"
          class="btn secondary"
          onClick={async () => {
            const r = await send(platform, "syncInvite", { role });
            if (r.ok) setInvite(r.value);
            else setError(r.error);
          }}
        >
          {t("sync_inviteCreate")}
        </button>
      </div>
      {invite && (
        <div class="notice ok" role="status" data-testid="sync-invite">
          <p style={{ margin: 0 }}>{t("sync_inviteGive")}</p>
          <p style={{ margin: "4px 0" }}>
            {t("sync_hubLabel")} : <code>{hubUrl}</code>
            <br />
            {t("sync_codeLabel")} : <code data-testid="sync-invite-code">{invite.code}</code>
          </p>
          <p class="hint" style={{ margin: 0 }}>
            {t("sync_inviteOnce", new Date(invite.expiresAt).toLocaleDateString())}
          </p>
        </div>
      )}
      {error && <ErrorBox error={error} />}
      <h3>{t("sync_membersTitle")}</h3>
      {members && (
        <table class="sync-members">
          <thead>
            <tr>
              <th scope="col">{t("sync_memberName")}</th>
              <th scope="col">{t("sync_memberRole")}</th>
              <th scope="col">
                <span class="visually-hidden">{t("sync_memberActions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id} data-member={m.name}>
                <td>
                  {m.name}
                  {m.id === selfId ? ` ${t("sync_memberYou")}` : ""}
                </td>
                <td>
                  {m.id === selfId ? (
                    t(ROLE_KEY[m.role])
                  ) : m.revoked ? (
                    t("sync_memberRevoked")
                  ) : (
                    <select
                      aria-label={t("sync_roleOf", m.name)}
                      value={m.role}
                      onChange={async (e) =>
                        take(
                          await send(platform, "syncSetRole", {
                            memberId: m.id,
                            role: e.currentTarget.value as Role,
                          }),
                        )
                      }
                    >
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {t(ROLE_KEY[r])}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
                <td>
                  {!m.revoked && m.id !== selfId && (
                    <button
                      type="button"
                      class="btn danger"
                      onClick={async () => {
                        if (!confirm(t("sync_revokeConfirm", m.name))) return;
                        take(await send(platform, "syncRevoke", { memberId: m.id }));
                      }}
                    >
                      {t("sync_revoke")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function SyncPanel({ platform, settings }: { platform: Platform; settings: Settings }) {
  const { lang, t } = useI18n();
  const [view, setView] = useState<SyncView | undefined>();
  const [joining, setJoining] = useState(false);
  const [busy, setBusy] = useState(false);
  const [leaveError, setLeaveError] = useState<SyncErrorView | undefined>();

  useEffect(() => {
    let stop = false;
    const refresh = () =>
      send(platform, "syncStatus", {}).then((v) => {
        if (!stop) setView(v);
      });
    void refresh();
    // The background syncs on its own: show what it did.
    const timer = setInterval(() => void refresh().catch(() => undefined), 2000);
    return () => {
      stop = true;
      clearInterval(timer);
    };
  }, [platform]);

  // Today's times alone ("20:30"), other days with their date.
  const when = (ms: number | null) =>
    ms === null
      ? t("sync_never")
      : new Intl.DateTimeFormat(
          lang === "fr" ? "fr-FR" : "en-GB",
          new Date(ms).toDateString() === new Date().toDateString()
            ? { timeStyle: "short" }
            : { dateStyle: "medium", timeStyle: "short" },
        ).format(ms);

  const active = view?.active;
  /** Switches after saying what goes to the other space; the select snaps back if not. */
  const switchTo = async (key: string) => {
    const target = view?.spaces.find((s) => s.key === key);
    const from = view?.spaces.filter((s) => s.key !== key).map((s) => s.space.name) ?? [];
    if (!target || !confirm(t("sync_switchConfirm", target.space.name, from.join(", ")))) {
      if (view) setView({ ...view });
      return;
    }
    setView(await send(platform, "syncSwitch", { key }));
  };
  const stateText = !view
    ? ""
    : view.readOnly && view.state !== "error"
      ? t("sync_stateReadOnly")
      : view.state === "syncing"
        ? t("sync_stateSyncing")
        : view.state === "error"
          ? t("sync_stateError")
          : view.pending
            ? t("sync_statePending")
            : t("sync_stateIdle");
  return (
    <section class="panel sync" aria-labelledby="sync-title">
      <h1 id="sync-title">{t("sync_title")}</h1>
      <p class="hint">{t("sync_intro")}</p>
      {view && active && (
        <div data-testid="sync-status" data-state={view.state}>
          <dl class="sync-facts">
            <dt>{t("sync_space")}</dt>
            <dd data-testid="sync-space">{active.space.name}</dd>
            <dt>{t("sync_hub")}</dt>
            <dd>{new URL(active.hubUrl).host}</dd>
            <dt>{t("sync_you")}</dt>
            <dd>
              {active.member.name} — {t(ROLE_KEY[active.member.role])}
            </dd>
            <dt>{t("sync_state")}</dt>
            <dd>
              <span
                class="sync-badge"
                data-testid="sync-state"
                data-state={
                  view.readOnly || (view.state === "idle" && view.pending) ? "pending" : view.state
                }
              >
                {stateText}
              </span>
            </dd>
            <dt>{t("sync_lastSync")}</dt>
            <dd data-testid="sync-last">{when(view.lastSyncAt)}</dd>
            <dt>{view.readOnly ? t("sync_pendingLocal") : t("sync_pending")}</dt>
            <dd data-testid="sync-pending">{view.pending === null ? "…" : String(view.pending)}</dd>
          </dl>
          {view.readOnly && (
            <p class="notice warn" role="status" data-testid="sync-readonly">
              {t("sync_readOnly")}
            </p>
          )}
          {view.error && <ErrorBox error={view.error} />}
          {view.error && view.nextRetryAt !== null && (
            <p class="hint">{t("sync_retryAt", when(view.nextRetryAt))}</p>
          )}
          {view.notice && (
            <p class="notice" role="status" data-testid="sync-notice">
              {lang === "fr" ? view.notice.fr : view.notice.en}
            </p>
          )}
          {view.setAside && (
            <div class="notice warn" role="status" data-testid="sync-set-aside">
              <p style={{ margin: 0 }}>
                {t("sync_setAside", String(view.setAside.count), when(view.setAside.at))}
              </p>
              <p style={{ margin: "6px 0 0" }}>
                {lang === "fr" ? view.setAside.reason.fr : view.setAside.reason.en}
              </p>
              <button
                type="button"
                class="btn secondary"
                style={{ marginTop: "8px" }}
                onClick={async () => setView(await send(platform, "syncDismissSetAside", {}))}
              >
                {t("sync_setAsideDismiss")}
              </button>
            </div>
          )}
          <p class="row" style={{ marginTop: "12px" }}>
            <button
              type="button"
              class="btn"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                try {
                  setView(await send(platform, "syncNow", {}));
                } finally {
                  setBusy(false);
                }
              }}
            >
              {busy ? t("sync_stateSyncing") : t("sync_now")}
            </button>
            <button
              type="button"
              class="btn secondary"
              onClick={async () => {
                if (!confirm(t("sync_leaveConfirm", active.space.name))) return;
                const r = await send(platform, "syncLeave", {});
                if (r.ok) {
                  setView(r.value);
                  setLeaveError(undefined);
                } else setLeaveError(r.error);
              }}
            >
              {t("sync_leave")}
            </button>
            {!joining && (
              <button type="button" class="btn secondary" onClick={() => setJoining(true)}>
                {t("sync_joinAnother")}
              </button>
            )}
          </p>
          {leaveError && <ErrorBox error={leaveError} />}
          {view.spaces.length > 1 && (
            <p class="row">
              <label for="sync-switch">{t("sync_switchLabel")}</label>
              <select
                id="sync-switch"
                value={active.key}
                onChange={(e) => void switchTo(e.currentTarget.value)}
              >
                {view.spaces.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.space.name} ({new URL(s.hubUrl).host})
                  </option>
                ))}
              </select>
              <span class="hint">{t("sync_switchHint")}</span>
            </p>
          )}
          {active.member.role === "admin" && (
            <AdminSection
              key={active.key}
              platform={platform}
              hubUrl={active.hubUrl}
              selfId={active.member.id}
            />
          )}
        </div>
      )}
      {view && (!active || joining) && (
        <JoinForm
          platform={platform}
          settings={settings}
          joined={view.spaces.map((s) => s.space.name)}
          onJoined={(v) => {
            setView(v);
            setJoining(false);
          }}
        />
      )}
      {view && !active && view.spaces.length > 0 && (
        <p class="row">
          <label for="sync-switch">{t("sync_switchLabel")}</label>
          <select id="sync-switch" value="" onChange={(e) => void switchTo(e.currentTarget.value)}>
            <option value="">—</option>
            {view.spaces.map((s) => (
              <option key={s.key} value={s.key}>
                {s.space.name} ({new URL(s.hubUrl).host})
              </option>
            ))}
          </select>
        </p>
      )}
    </section>
  );
}
