// The toolbar popup: opening it clips the page at once (a pioneer's two seconds), then offers
// to tag the clip. When the URL is already in the library, it says by whom and when, and
// offers to add the tags to that clip instead of making a second one.
import { useEffect, useState } from "preact/hooks";
import type { Settings } from "../../features/settings.ts";
import {
  type ClipResult,
  type ClipSummary,
  type DuplicateInfo,
  ExtensionError,
  send,
} from "../../messages.ts";
import type { Platform } from "../../platform/platform.ts";
import { formatDate, useI18n } from "../../ui/i18n-context.ts";
import { emptyTags, TagEditor, type TagValues, toPatch } from "../../ui/TagEditor.tsx";

interface Props {
  platform: Platform;
  settings: Settings;
  tabId: number | undefined;
  mode: "page" | "selection";
}

type State =
  | { kind: "saving" }
  | { kind: "saved"; clip: ClipSummary; addedTo?: boolean }
  | { kind: "duplicate"; result: Extract<ClipResult, { status: "duplicate" }> }
  | { kind: "error"; message: string };

export function Popup({ platform, settings, tabId, mode }: Props) {
  const { t, lang } = useI18n();
  const [state, setState] = useState<State>({ kind: "saving" });
  const [tags, setTags] = useState<TagValues>(emptyTags());
  const [done, setDone] = useState(false);

  const clip = async (force: boolean) => {
    setState({ kind: "saving" });
    try {
      const payload = tabId === undefined ? { mode, force } : { mode, force, tabId };
      const result = await send(platform, "clipTab", payload);
      if (result.status === "saved") setState({ kind: "saved", clip: result.clip });
      else setState({ kind: "duplicate", result });
    } catch (e) {
      const code = e instanceof ExtensionError ? e.code : "";
      setState({
        kind: "error",
        message:
          code === "page-unreadable" || code === "not-web"
            ? t("errorPageUnreadable")
            : t("errorGeneric"),
      });
    }
  };

  useEffect(() => {
    void clip(false);
  }, []);

  const addToExisting = async (dup: DuplicateInfo) => {
    const existing = await send(platform, "getClip", { id: dup.id });
    if (!existing) return;
    const { text: _text, ...rest } = existing;
    setState({ kind: "saved", clip: { ...rest, hasText: Boolean(_text) }, addedTo: true });
    setTags({
      ...tags,
      storyIds: existing.storyIds,
      themeIds: existing.themeIds,
      tags: existing.tags.join(", "),
      note: existing.note ?? "",
      private: existing.private === true,
    });
  };

  const save = async (e?: Event) => {
    e?.preventDefault();
    if (state.kind !== "saved") return;
    await send(platform, "updateClip", { ids: [state.clip.id], patch: toPatch(tags) });
    setDone(true);
  };

  const openLibrary = () => void platform.openTab(platform.getURL("library.html"));
  const who = (d: DuplicateInfo) =>
    d.createdBy === settings.pioneerId
      ? t("byYou")
      : [d.pioneerName ?? t("anotherPioneer"), d.association].filter(Boolean).join(", ");

  return (
    <div class="popup-body">
      <header class="row spread">
        <span class="brand">
          <img src="icons/icon-32.png" alt="" />
          Pionniers
        </span>
        <button type="button" class="btn secondary" onClick={openLibrary}>
          {t("openLibrary")}
        </button>
      </header>
      {!settings.welcomed && (
        <p class="notice warn">
          {t("popupWelcomeFirst")}{" "}
          <a href={platform.getURL("library.html#welcome")} target="_blank" rel="noreferrer">
            {t("popupWelcomeLink")}
          </a>
        </p>
      )}
      <div aria-live="polite">
        {state.kind === "saving" && <p class="notice ok">{t("clipping")}</p>}
        {state.kind === "error" && (
          <p class="notice error" role="alert">
            {state.message}
          </p>
        )}
        {state.kind === "saved" && (
          <div class="notice ok" data-testid="clip-status">
            <strong>{state.addedTo ? t("addingToExisting") : t("clipSaved")}</strong>
            <div class="clip-title">{state.clip.title}</div>
            <div class="meta">
              {[state.clip.siteName, state.clip.author, formatDate(state.clip.publishedAt, lang)]
                .filter(Boolean)
                .join(" · ")}
            </div>
          </div>
        )}
        {state.kind === "duplicate" && (
          <div class="notice warn" data-testid="duplicate">
            <strong>{t("alreadyInLibrary")}</strong>
            <ul class="plain">
              {state.result.duplicates.map((d) => (
                <li key={d.id}>
                  {d.title && <div class="clip-title">{d.title}</div>}
                  <div class="meta">{t("clippedByOn", who(d), formatDate(d.createdAt, lang))}</div>
                  <div class="row" style={{ marginTop: "4px" }}>
                    <button type="button" class="btn" onClick={() => void addToExisting(d)}>
                      {t("addToExisting")}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
            <button type="button" class="btn secondary" onClick={() => void clip(true)}>
              {t("clipAnyway")}
            </button>
          </div>
        )}
      </div>
      {state.kind === "saved" && (
        <form
          onSubmit={save}
          onKeyDown={(e) => e.key === "Enter" && (e.ctrlKey || e.metaKey) && void save(e)}
        >
          <TagEditor
            platform={platform}
            value={tags}
            onChange={(v) => {
              setTags(v);
              setDone(false);
            }}
            idPrefix="popup"
          />
          <div class="row spread" style={{ marginTop: "10px" }}>
            <button type="submit" class="btn">
              {t("saveTags")}
            </button>
            {done && (
              <span class="notice ok" role="status">
                {t("tagsSaved")}
              </span>
            )}
          </div>
        </form>
      )}
    </div>
  );
}
