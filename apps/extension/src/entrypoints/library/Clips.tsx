// The list of clips: search per keystroke (the background answers from memory), filters,
// pages of 100 rows ("show more") so 10,000 clips render as fast as 100, bulk tagging, edit,
// trash and restore, and the per-story view.
import type { Theme } from "@pionniers/library";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Settings } from "../../features/settings.ts";
import { type ClipFilter, type ClipSummary, type StoryView, send } from "../../messages.ts";
import type { Platform } from "../../platform/platform.ts";
import { formatDate, useI18n } from "../../ui/i18n-context.ts";
import { ClipEditor } from "./ClipEditor.tsx";

const PAGE = 100;
type Facets = { tags: string[]; pioneers: { id: string; name: string }[]; associations: string[] };

export function Clips({ platform, settings }: { platform: Platform; settings: Settings }) {
  const { t, lang } = useI18n();
  const [filter, setFilter] = useState<ClipFilter>(() => {
    const story = new URLSearchParams(location.hash.split("?")[1] ?? "").get("story");
    return story ? { storyId: story } : {};
  });
  const [limit, setLimit] = useState(PAGE);
  const [rows, setRows] = useState<ClipSummary[]>([]);
  const [total, setTotal] = useState(0);
  const [loaded, setLoaded] = useState(false);
  const [themes, setThemes] = useState<Theme[]>([]);
  const [stories, setStories] = useState<StoryView[]>([]);
  const [facets, setFacets] = useState<Facets>({ tags: [], pioneers: [], associations: [] });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<string | undefined>();
  const [bulkTag, setBulkTag] = useState("");
  const [bulkTheme, setBulkTheme] = useState("");
  const [version, setVersion] = useState(0);
  const latest = useRef(0);
  const askedFor = useRef("");
  const [listsVersion, setListsVersion] = useState(0);

  useEffect(() => {
    void send(platform, "listThemes", {}).then(setThemes);
    void send(platform, "listStories", {}).then(setStories);
    void send(platform, "facets", {}).then(setFacets);
  }, [platform, version, listsVersion]);

  useEffect(() => {
    const ticket = ++latest.current;
    void send(platform, "queryClips", { ...filter, limit }).then((r) => {
      if (ticket !== latest.current) return; // a newer keystroke already asked
      setRows(r.rows);
      // A story or theme made elsewhere (the popup) since the lists were read: read them again.
      const known = (ids: string[], list: { id: string }[]) =>
        ids.every((id) => list.some((x) => x.id === id));
      const unknown = r.rows
        .flatMap((c) => [
          ...c.storyIds.filter((id) => !known([id], stories)),
          ...c.themeIds.filter((id) => !known([id], themes)),
        ])
        .join(",");
      if (unknown && unknown !== askedFor.current) {
        askedFor.current = unknown;
        setListsVersion((v) => v + 1);
      }
      setTotal(r.total);
      setLoaded(true);
    });
  }, [platform, filter, limit, version]);

  const refresh = () => setVersion((v) => v + 1);
  const set = (patch: { [K in keyof ClipFilter]?: ClipFilter[K] | undefined }) => {
    setLimit(PAGE);
    setSelected(new Set());
    setFilter((f) => {
      const next = { ...f, ...patch } as ClipFilter;
      for (const k of Object.keys(next) as (keyof ClipFilter)[])
        if (next[k] === "" || next[k] === undefined) delete next[k];
      return next;
    });
  };
  const themeName = useMemo(() => new Map(themes.map((th) => [th.id, th.name ?? th.id])), [themes]);
  const storyTitle = useMemo(() => new Map(stories.map((s) => [s.id, s.title])), [stories]);
  const pioneerName = useMemo(() => new Map(facets.pioneers.map((p) => [p.id, p.name])), [facets]);
  const ids = [...selected];

  const act = async (fn: () => Promise<unknown>) => {
    await fn();
    setSelected(new Set());
    refresh();
  };

  const story = filter.storyId ? stories.find((s) => s.id === filter.storyId) : undefined;

  return (
    <section aria-labelledby="clips-title">
      <h1 id="clips-title">{filter.trash ? t("trashTitle") : t("libraryHeading")}</h1>
      <search class="search-bar">
        <label class="visually-hidden" for="search">
          {t("searchLabel")}
        </label>
        <input
          id="search"
          type="search"
          placeholder={t("searchPlaceholder")}
          value={filter.text ?? ""}
          onInput={(e) => set({ text: e.currentTarget.value })}
        />
      </search>
      <details class="filters" open>
        <summary>{t("filtersTitle")}</summary>
        <div
          style={{
            display: "grid",
            gridTemplateColumns: "repeat(auto-fill, minmax(170px, 1fr))",
            gap: "0 12px",
          }}
        >
          <Select
            id="f-theme"
            label={t("filterTheme")}
            value={filter.themeId}
            onChange={(v) => set({ themeId: v })}
            options={themes.map((th) => [th.id, th.name ?? th.id])}
            all={t("filterAll")}
          />
          <Select
            id="f-story"
            label={t("filterStory")}
            value={filter.storyId}
            onChange={(v) => set({ storyId: v })}
            options={stories.map((s) => [s.id, s.title])}
            all={t("filterAll")}
          />
          <Select
            id="f-tag"
            label={t("filterTag")}
            value={filter.tag}
            onChange={(v) => set({ tag: v })}
            options={facets.tags.map((x) => [x, x])}
            all={t("filterAll")}
          />
          <Select
            id="f-pioneer"
            label={t("filterPioneer")}
            value={filter.pioneer}
            onChange={(v) => set({ pioneer: v })}
            options={facets.pioneers.map((p) => [p.id, p.name])}
            all={t("filterAll")}
          />
          <Select
            id="f-association"
            label={t("filterAssociation")}
            value={filter.association}
            onChange={(v) => set({ association: v })}
            options={facets.associations.map((x) => [x, x])}
            all={t("filterAll")}
          />
          <Select
            id="f-visibility"
            label={t("filterVisibility")}
            value={filter.visibility}
            onChange={(v) => set({ visibility: v as ClipFilter["visibility"] })}
            options={[
              ["shared", t("visibilityShared")],
              ["private", t("visibilityPrivate")],
            ]}
            all={t("filterAll")}
          />
          <div>
            <label for="f-from">{t("filterFrom")}</label>
            <input
              id="f-from"
              type="date"
              value={filter.from ?? ""}
              onInput={(e) => set({ from: e.currentTarget.value })}
            />
          </div>
          <div>
            <label for="f-to">{t("filterTo")}</label>
            <input
              id="f-to"
              type="date"
              value={filter.to ?? ""}
              onInput={(e) => set({ to: e.currentTarget.value })}
            />
          </div>
        </div>
        <label class="inline" style={{ marginTop: "8px" }}>
          <input
            type="checkbox"
            checked={filter.trash === true}
            onChange={(e) => set({ trash: e.currentTarget.checked || undefined })}
          />
          {t("showTrash")}
        </label>
      </details>

      {story && (
        <div class="story-heading" data-testid="story-view">
          <h2>{t("storyViewTitle")}</h2>
          <p>{story.text}</p>
        </div>
      )}

      <p class="meta" role="status" data-testid="result-count">
        {loaded ? t("clipsCount", total) : t("loading")}
      </p>

      {ids.length > 0 && (
        <div class="bulk row" data-testid="bulk">
          <strong>{t("selectedCount", ids.length)}</strong>
          <label class="visually-hidden" for="bulk-tag">
            {t("bulkTagLabel")}
          </label>
          <input
            id="bulk-tag"
            type="text"
            style={{ width: "160px" }}
            placeholder={t("bulkTagLabel")}
            value={bulkTag}
            onInput={(e) => setBulkTag(e.currentTarget.value)}
          />
          <button
            type="button"
            class="btn secondary"
            onClick={() =>
              void act(() =>
                send(platform, "addToClips", { ids, field: "tags", values: bulkTag.split(",") }),
              ).then(() => setBulkTag(""))
            }
          >
            {t("addTag")}
          </button>
          <label class="visually-hidden" for="bulk-theme">
            {t("bulkThemeLabel")}
          </label>
          <select
            id="bulk-theme"
            style={{ width: "180px" }}
            value={bulkTheme}
            onChange={(e) => setBulkTheme(e.currentTarget.value)}
          >
            <option value="">{t("bulkThemeLabel")}</option>
            {themes.map((th) => (
              <option key={th.id} value={th.id}>
                {th.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            class="btn secondary"
            disabled={!bulkTheme}
            onClick={() =>
              void act(() =>
                send(platform, "addToClips", { ids, field: "themeIds", values: [bulkTheme] }),
              )
            }
          >
            {t("addTheme")}
          </button>
          {filter.trash ? (
            <button
              type="button"
              class="btn"
              onClick={() => void act(() => send(platform, "restoreClips", { ids }))}
            >
              {t("restore")}
            </button>
          ) : (
            <button
              type="button"
              class="btn danger"
              onClick={() => void act(() => send(platform, "trashClips", { ids }))}
            >
              {t("moveToTrash")}
            </button>
          )}
        </div>
      )}

      {loaded && total === 0 && (
        <p class="notice warn">
          {filter.text || Object.keys(filter).length ? t("noResults") : t("emptyLibrary")}
        </p>
      )}

      <ul class="plain" data-testid="clip-list">
        {rows.map((c) => (
          <li key={c.id} class="clip-row" data-clip-id={c.id}>
            <input
              type="checkbox"
              aria-label={t("selectClip", c.title ?? c.url ?? "")}
              checked={selected.has(c.id)}
              onChange={(e) => {
                const next = new Set(selected);
                if (e.currentTarget.checked) next.add(c.id);
                else next.delete(c.id);
                setSelected(next);
              }}
            />
            <div>
              <h3>
                <a href={c.url ?? "#"} target="_blank" rel="noreferrer noopener">
                  {c.title || c.url}
                </a>
              </h3>
              <div class="meta">
                {[c.siteName, c.author, c.publishedAt && formatDate(c.publishedAt, lang)]
                  .filter(Boolean)
                  .join(" · ")}
              </div>
              <div class="meta">
                {t(
                  "clippedByOn",
                  c.createdBy === settings.pioneerId
                    ? t("byYou")
                    : (pioneerName.get(c.createdBy ?? "") ?? c.createdBy ?? "?"),
                  formatDate(c.createdAt, lang),
                )}
                {c.private ? ` · ${t("visibilityPrivate")}` : ""}
              </div>
              {c.note && <p class="note">{c.note}</p>}
              <div>
                {c.themeIds.map((id) => (
                  <span class="tag theme" key={id}>
                    {themeName.get(id) ?? id}
                  </span>
                ))}
                {c.storyIds.map((id) => (
                  <a
                    class="tag story"
                    key={id}
                    href={`#clips?story=${encodeURIComponent(id)}`}
                    onClick={() => set({ storyId: id })}
                  >
                    {storyTitle.get(id) ?? id}
                  </a>
                ))}
                {c.tags.map((x) => (
                  <span class="tag" key={x}>
                    #{x}
                  </span>
                ))}
              </div>
            </div>
            <div class="clip-actions">
              <button
                type="button"
                class="btn secondary"
                aria-expanded={editing === c.id}
                onClick={() => setEditing(editing === c.id ? undefined : c.id)}
              >
                {t("edit")}
              </button>
              {c.deleted ? (
                <button
                  type="button"
                  class="btn"
                  onClick={() => void act(() => send(platform, "restoreClips", { ids: [c.id] }))}
                >
                  {t("restore")}
                </button>
              ) : (
                <button
                  type="button"
                  class="btn danger"
                  aria-label={t("moveToTrashOne", c.title ?? "")}
                  onClick={() => void act(() => send(platform, "trashClips", { ids: [c.id] }))}
                >
                  {t("trash")}
                </button>
              )}
            </div>
            {editing === c.id && (
              <ClipEditor
                platform={platform}
                id={c.id}
                onDone={() => {
                  setEditing(undefined);
                  refresh();
                }}
              />
            )}
          </li>
        ))}
      </ul>
      {rows.length < total && (
        <p>
          <button type="button" class="btn secondary" onClick={() => setLimit((l) => l + PAGE)}>
            {t("showMore", total - rows.length)}
          </button>
        </p>
      )}
    </section>
  );
}

function Select(props: {
  id: string;
  label: string;
  value: string | undefined;
  onChange: (v: string) => void;
  options: [string, string][];
  all: string;
}) {
  return (
    <div>
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value ?? ""}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        <option value="">{props.all}</option>
        {props.options.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
