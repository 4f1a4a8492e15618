// The backlog: write stories with live parsing and quality hints, set their figures, rank them
// (method of one's choice, with why), plan one-month chantiers, adjust them by hand, mark
// stories done, evaluate a chantier, forecast the next, see the clips gathered for each story,
// and import or export the backlog as CSV. Stories and chantiers are library documents: they
// sync like clips.
import {
  checkQuality,
  createStory,
  forecast,
  MOSCOW,
  type Moscow,
  type Plan,
  PRIORITY_METHODS,
  type PriorityMethod,
  parseStory,
  planChantiers,
  prioritise,
  type StoryRecord,
  type StoryStatus,
} from "@pionniers/stories";
import { fromCsv, toCsv } from "@pionniers/stories/csv";
import { useMemo, useState } from "preact/hooks";
import {
  chantiersFromDocs,
  evaluateChantier,
  moveStory,
  newStoryId,
  nextStart,
  planDocs,
  type SavedChantier,
  throughput,
  withStory,
} from "../../../../features/toolbox/backlog.ts";
import { storyDoc, storyFromDoc } from "../../../../features/toolbox/records.ts";
import type { ClipSummary } from "../../../../messages.ts";
import { send } from "../../../../messages.ts";
import type { Platform } from "../../../../platform/platform.ts";
import { formatDate, useI18n } from "../../../../ui/i18n-context.ts";
import { ChoiceField, download, errorText, num, today, useDocs } from "../shared.tsx";
import { ForecastChart } from "./ForecastChart.tsx";

/** Impact is scored 1 to 5. */
const IMPACTS = ["1", "2", "3", "4", "5"] as const;

const STATUS: StoryStatus[] = ["backlog", "planned", "doing", "done", "dropped"];

export function BacklogPage({ platform }: { platform: Platform }) {
  const { t, lang } = useI18n();
  const storyDocs = useDocs(platform, "stories");
  const chantierDocs = useDocs(platform, "chantiers");
  const [notice, setNotice] = useState<{ kind: "ok" | "error"; text: string }>();
  const stories = useMemo(
    () => (storyDocs.docs ?? []).flatMap((d) => storyFromDoc(d) ?? []),
    [storyDocs.docs],
  );
  const chantiers = useMemo(() => chantiersFromDocs(chantierDocs.docs ?? []), [chantierDocs.docs]);

  const run = async (work: () => Promise<unknown>) => {
    try {
      const ok = await work();
      await Promise.all([storyDocs.reload(), chantierDocs.reload()]);
      setNotice(typeof ok === "string" ? { kind: "ok", text: ok } : undefined);
    } catch (e) {
      setNotice({ kind: "error", text: errorText(e, lang) });
    }
  };
  const saveStories = (list: StoryRecord[]) => storyDocs.put(list.map(storyDoc), "stories");

  if (!storyDocs.docs || !chantierDocs.docs) return <p role="status">{t("toolboxLoading")}</p>;
  return (
    <section class="tb-page" aria-labelledby="backlog-title">
      <h1 id="backlog-title">{t("toolboxBacklogTitle")}</h1>
      <p class="hint">{t("toolboxBacklogIntro")}</p>
      {notice && (
        <p class={`notice ${notice.kind}`} role="status" data-testid="backlog-notice">
          {notice.text}
        </p>
      )}
      <StoryWriter
        stories={stories}
        onAdd={(s) =>
          run(async () => {
            await saveStories([s]);
            return t("toolboxStoryAdded");
          })
        }
      />
      <Ranking
        platform={platform}
        stories={stories}
        onChange={(s) => run(() => saveStories([s]))}
      />
      <Planner
        stories={stories}
        chantiers={chantiers}
        onSave={(plan) =>
          run(async () => {
            const docs = planDocs(plan);
            await chantierDocs.put(docs.chantiers, "chantiers");
            await storyDocs.put(docs.stories, "stories");
            return t("toolboxPlanSaved", plan.chantiers.length);
          })
        }
      />
      <Chantiers
        stories={stories}
        chantiers={chantiers}
        onDocs={(docs) =>
          run(async () => {
            // The glue returns chantier and story documents together: tell them apart by id.
            const isChantier = (id: string) => chantiers.some((c) => c.id === id);
            await chantierDocs.put(
              docs.filter((d) => isChantier(d.id)),
              "chantiers",
            );
            await storyDocs.put(
              docs.filter((d) => !isChantier(d.id)),
              "stories",
            );
          })
        }
        onError={(e) => setNotice({ kind: "error", text: errorText(e, lang) })}
      />
      <ForecastPanel stories={stories} chantiers={chantiers} />
      <CsvPanel
        stories={stories}
        onImport={(list) =>
          run(async () => {
            await saveStories(list);
            return t("toolboxCsvImported", list.length);
          })
        }
        onError={(e) => setNotice({ kind: "error", text: errorText(e, lang) })}
      />
    </section>
  );
}

function StoryWriter({
  stories,
  onAdd,
}: {
  stories: StoryRecord[];
  onAdd: (s: StoryRecord) => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const [text, setText] = useState("");
  const [cost, setCost] = useState("1");
  const [impact, setImpact] = useState("3");
  const [reach, setReach] = useState("1");
  const [moscow, setMoscow] = useState<Moscow>("should");
  const [error, setError] = useState("");
  const parsed = text.trim() ? parseStory(text) : undefined;
  const hints = useMemo(
    () =>
      parsed?.ok
        ? checkQuality(parsed.story, { backlog: stories.filter((s) => s.status !== "dropped") })
        : [],
    [text, stories],
  );
  const add = async (e: Event) => {
    e.preventDefault();
    try {
      const story = createStory({
        id: newStoryId(),
        text: text.trim(),
        cost: Number(cost.replace(",", ".")),
        impact: Number(impact),
        reach: Number(reach),
        moscow,
      });
      setError("");
      await onAdd(story);
      setText("");
      setCost("1");
      setImpact("3");
      setReach("1");
      setMoscow("should");
    } catch (err) {
      setError(errorText(err, lang));
    }
  };
  return (
    <form class="tb-card" onSubmit={add} aria-labelledby="writer-title">
      <h2 id="writer-title">{t("toolboxWriteTitle")}</h2>
      <label for="story-text">{t("toolboxStoryText")}</label>
      <textarea
        id="story-text"
        rows={2}
        value={text}
        aria-describedby="story-text-hint"
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <p id="story-text-hint" class="hint">
        {t("toolboxStoryTextHint")}
      </p>
      <div aria-live="polite" data-testid="story-analysis">
        {parsed?.ok && (
          <dl class="tb-parts">
            <dt>{t("toolboxRole")}</dt>
            <dd>{parsed.story.role}</dd>
            <dt>{t("toolboxMeans")}</dt>
            <dd>{parsed.story.means}</dd>
            <dt>{t("toolboxEnds")}</dt>
            <dd>{parsed.story.ends ?? t("toolboxEndsMissing")}</dd>
          </dl>
        )}
        {parsed && !parsed.ok && (
          <p class="notice warn" data-testid="story-hint">
            {parsed.error.localized[lang]}
          </p>
        )}
        {hints.length > 0 && (
          <ul class="tb-hints" data-testid="story-hints">
            {hints.map((h, i) => (
              <li key={i} class={`sev-${h.severity}`} data-testid="story-hint">
                <strong>
                  {t("toolboxHintSeverity", t(`toolboxSeverity${cap(h.severity)}` as never))}
                </strong>{" "}
                {h.explanation[lang]} <em>→ {h.suggestion[lang]}</em>
              </li>
            ))}
          </ul>
        )}
        {parsed?.ok && hints.length === 0 && <p class="notice ok">{t("toolboxNoHint")}</p>}
      </div>
      <div class="tb-fields">
        <div>
          <label for="story-cost">{t("toolboxCost")}</label>
          <input
            id="story-cost"
            type="number"
            min="0.5"
            step="0.5"
            value={cost}
            onInput={(e) => setCost(e.currentTarget.value)}
          />
        </div>
        <ChoiceField
          id="story-impact"
          label={t("toolboxImpact")}
          value={impact}
          values={IMPACTS}
          show={(n) => n}
          onChange={(n) => n && setImpact(n)}
        />
        <div>
          <label for="story-reach">{t("toolboxReach")}</label>
          <input
            id="story-reach"
            type="number"
            min="1"
            step="1"
            value={reach}
            onInput={(e) => setReach(e.currentTarget.value)}
          />
        </div>
        <ChoiceField
          id="story-moscow"
          label={t("toolboxMoscow")}
          value={moscow}
          values={MOSCOW}
          show={(m) => t(`toolboxMoscow${cap(m)}` as never)}
          onChange={(m) => m && setMoscow(m)}
        />
      </div>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="btn" disabled={!text.trim()}>
        {t("toolboxAddStory")}
      </button>
    </form>
  );
}

const cap = (s: string) =>
  s
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");

function Ranking({
  platform,
  stories,
  onChange,
}: {
  platform: Platform;
  stories: StoryRecord[];
  onChange: (s: StoryRecord) => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const [method, setMethod] = useState<PriorityMethod>("impact-per-cost");
  const open = stories.filter((s) => s.status !== "done" && s.status !== "dropped");
  const closed = stories.filter((s) => s.status === "done" || s.status === "dropped");
  const ranked = open.length ? prioritise(open, { method }) : [];
  const change = (s: StoryRecord, patch: Parameters<typeof withStory>[1]) => {
    try {
      void onChange(withStory(s, patch));
    } catch {
      // An out-of-range figure is refused by createStory; the field shows the old value again.
    }
  };
  return (
    <section class="tb-card" aria-labelledby="ranking-title">
      <h2 id="ranking-title">{t("toolboxRankingTitle")}</h2>
      <div class="row">
        <label for="rank-method" class="inline">
          {t("toolboxMethod")}
        </label>
        <select
          id="rank-method"
          value={method}
          style={{ width: "auto" }}
          onChange={(e) => setMethod(e.currentTarget.value as PriorityMethod)}
        >
          {PRIORITY_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`toolboxMethod${cap(m)}` as never)}
            </option>
          ))}
        </select>
      </div>
      <p class="hint">{t(`toolboxMethod${cap(method)}Hint` as never)}</p>
      {ranked.length === 0 ? (
        <p>{t("toolboxNoStories")}</p>
      ) : (
        <table class="tb-table" data-testid="ranking">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t("toolboxStory")}</th>
              <th scope="col">{t("toolboxCost")}</th>
              <th scope="col">{t("toolboxImpact")}</th>
              <th scope="col">{t("toolboxReach")}</th>
              <th scope="col">{t("toolboxStatus")}</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((r) => (
              <tr key={r.story.id} data-story-id={r.story.id}>
                <td>{r.rank}</td>
                <td>
                  <div>{r.story.text}</div>
                  <div class="hint" data-testid="explanation">
                    {r.explanation[lang]}
                  </div>
                  <StoryClips platform={platform} story={r.story} />
                </td>
                <td>
                  <input
                    type="number"
                    class="tb-num"
                    min="0.5"
                    step="0.5"
                    value={r.story.cost}
                    aria-label={t("toolboxCostOf", r.rank)}
                    onChange={(e) => change(r.story, { cost: Number(e.currentTarget.value) })}
                  />
                </td>
                <td>
                  <select
                    class="tb-num"
                    value={String(r.story.impact)}
                    aria-label={t("toolboxImpactOf", r.rank)}
                    onChange={(e) => change(r.story, { impact: Number(e.currentTarget.value) })}
                  >
                    {[1, 2, 3, 4, 5].map((n) => (
                      <option key={n}>{n}</option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    type="number"
                    class="tb-num"
                    min="1"
                    step="1"
                    value={r.story.reach}
                    aria-label={t("toolboxReachOf", r.rank)}
                    onChange={(e) => change(r.story, { reach: Number(e.currentTarget.value) })}
                  />
                </td>
                <td>
                  <StatusSelect
                    story={r.story}
                    label={t("toolboxStatusOf", r.rank)}
                    onChange={(status) => change(r.story, { status })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {closed.length > 0 && (
        <details>
          <summary>{t("toolboxClosedStories", closed.length)}</summary>
          <ul>
            {closed.map((s) => (
              <li key={s.id}>
                {s.text} — {t(`toolboxStatus${cap(s.status)}` as never)}{" "}
                <button
                  type="button"
                  class="btn secondary"
                  onClick={() => change(s, { status: "backlog", chantierId: undefined })}
                >
                  {t("toolboxReopen")}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function StatusSelect({
  story,
  label,
  onChange,
}: {
  story: StoryRecord;
  label: string;
  onChange: (s: StoryStatus) => void;
}) {
  const { t } = useI18n();
  return (
    <select
      value={story.status}
      aria-label={label}
      class="tb-status"
      onChange={(e) => onChange(e.currentTarget.value as StoryStatus)}
    >
      {STATUS.map((s) => (
        <option key={s} value={s}>
          {t(`toolboxStatus${cap(s)}` as never)}
        </option>
      ))}
    </select>
  );
}

/** The clips pioneers tagged with this story, loaded when opened. */
function StoryClips({ platform, story }: { platform: Platform; story: StoryRecord }) {
  const { t } = useI18n();
  const [clips, setClips] = useState<ClipSummary[] | undefined>();
  return (
    <details
      class="tb-clips"
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open && !clips)
          void send(platform, "queryClips", { storyId: story.id, limit: 20 }).then((r) =>
            setClips(r.rows),
          );
      }}
    >
      <summary>{t("toolboxStoryClips")}</summary>
      {clips === undefined ? null : clips.length === 0 ? (
        <p class="hint">{t("toolboxNoClips")}</p>
      ) : (
        <ul data-testid="story-clips">
          {clips.map((c) => (
            <li key={c.id}>
              <a href={c.url ?? "#"} target="_blank" rel="noreferrer">
                {c.title || c.url}
              </a>
              {c.siteName ? <span class="meta"> — {c.siteName}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <a href={`#clips?story=${encodeURIComponent(story.id)}`}>{t("toolboxOpenInLibrary")}</a>
    </details>
  );
}

function Planner({
  stories,
  chantiers,
  onSave,
}: {
  stories: StoryRecord[];
  chantiers: SavedChantier[];
  onSave: (plan: Plan) => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const [capacity, setCapacity] = useState("5");
  const [count, setCount] = useState("2");
  const [start, setStart] = useState("");
  const [plan, setPlan] = useState<Plan>();
  const [error, setError] = useState("");
  const first = start || nextStart(chantiers, today());
  const propose = (e: Event) => {
    e.preventDefault();
    try {
      const open = stories.filter((s) => s.status === "backlog");
      setPlan(
        planChantiers(open, {
          capacityDays: Number(capacity.replace(",", ".")),
          count: Number(count),
          start: first,
          firstNumber: (chantiers.at(-1)?.number ?? 0) + 1,
        }),
      );
      setError("");
    } catch (err) {
      setPlan(undefined);
      setError(errorText(err, lang));
    }
  };
  return (
    <section class="tb-card" aria-labelledby="plan-title">
      <h2 id="plan-title">{t("toolboxPlanTitle")}</h2>
      <p class="hint">{t("toolboxPlanIntro")}</p>
      <form class="tb-fields" onSubmit={propose}>
        <div>
          <label for="plan-capacity">{t("toolboxCapacity")}</label>
          <input
            id="plan-capacity"
            type="number"
            min="0.5"
            step="0.5"
            value={capacity}
            onInput={(e) => setCapacity(e.currentTarget.value)}
          />
        </div>
        <div>
          <label for="plan-count">{t("toolboxCount")}</label>
          <input
            id="plan-count"
            type="number"
            min="1"
            max="12"
            step="1"
            value={count}
            onInput={(e) => setCount(e.currentTarget.value)}
          />
        </div>
        <div>
          <label for="plan-start">{t("toolboxStart")}</label>
          <input
            id="plan-start"
            type="date"
            value={first}
            onInput={(e) => setStart(e.currentTarget.value)}
          />
        </div>
        <div class="tb-align-end">
          <button type="submit" class="btn secondary">
            {t("toolboxPropose")}
          </button>
        </div>
      </form>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      {plan && (
        <div data-testid="plan-preview">
          {plan.chantiers.map((c) => (
            <div key={c.id} class="tb-chantier">
              <h3>
                {t("toolboxChantierN", c.number)} — {period(c, lang)}
              </h3>
              <p class="meta">
                {t(
                  "toolboxLoad",
                  num(c.loadDays, lang),
                  num(c.capacityDays, lang),
                  c.expectedImpact,
                )}
              </p>
              <ul>
                {c.stories.map((s) => (
                  <li key={s.id}>{s.text}</li>
                ))}
              </ul>
            </div>
          ))}
          {plan.leftOut.length > 0 && (
            <>
              <h3>{t("toolboxLeftOut")}</h3>
              <ul>
                {plan.leftOut.map((l) => (
                  <li key={l.story.id}>
                    {l.story.text} — <em>{l.explanation[lang]}</em>
                  </li>
                ))}
              </ul>
            </>
          )}
          <button
            type="button"
            class="btn"
            onClick={() => void onSave(plan).then(() => setPlan(undefined))}
          >
            {t("toolboxSavePlan")}
          </button>
        </div>
      )}
    </section>
  );
}

function Chantiers({
  stories,
  chantiers,
  onDocs,
  onError,
}: {
  stories: StoryRecord[];
  chantiers: SavedChantier[];
  onDocs: (docs: ReturnType<typeof moveStory>) => Promise<void>;
  onError: (e: unknown) => void;
}) {
  const { t, lang } = useI18n();
  const [actual, setActual] = useState<Record<string, number>>({});
  const byId = new Map(stories.map((s) => [s.id, s]));
  if (chantiers.length === 0) return null;
  return (
    <section class="tb-card" aria-labelledby="chantiers-title">
      <h2 id="chantiers-title">{t("toolboxChantiersTitle")}</h2>
      {chantiers.map((c) => {
        // A story is where its own chantierId says: one its evaluation carried back to the
        // backlog stays in the chantier's planned list (the evaluation's figures need it) but
        // is shown once, in the backlog.
        const planned = c.storyIds.flatMap((id) => byId.get(id) ?? []);
        const list = planned.filter((s) => s.chantierId === c.id);
        const carried = planned.length - list.length;
        const load = list.reduce((s, x) => s + x.cost, 0);
        const e = c.evaluation;
        return (
          <article
            key={c.id}
            class="tb-chantier"
            data-chantier-id={c.id}
            aria-labelledby={`${c.id}-title`}
          >
            <h3 id={`${c.id}-title`}>
              {t("toolboxChantierN", c.number)} — {period(c, lang)}
            </h3>
            <p class="meta">
              {t("toolboxLoadShort", num(load, lang), num(c.capacityDays, lang))}
              {carried > 0 && <> {t("toolboxCarriedOver", carried)}</>}
            </p>
            <table class="tb-table">
              <thead>
                <tr>
                  <th scope="col">{t("toolboxStory")}</th>
                  <th scope="col">{t("toolboxCost")}</th>
                  <th scope="col">{t("toolboxStatus")}</th>
                  <th scope="col">{t("toolboxActualDays")}</th>
                  <th scope="col">{t("toolboxMoveTo")}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((s, i) => (
                  <tr key={s.id} data-story-id={s.id}>
                    <td>{s.text}</td>
                    <td>{num(s.cost, lang)}</td>
                    <td>
                      <StatusSelect
                        story={s}
                        label={t("toolboxStatusIn", i + 1, c.number)}
                        onChange={(status) => {
                          try {
                            void onDocs([storyDocOf(withStory(s, { status }))]);
                          } catch (err) {
                            onError(err);
                          }
                        }}
                      />
                    </td>
                    <td>
                      <input
                        type="number"
                        class="tb-num"
                        min="0"
                        step="0.5"
                        disabled={s.status !== "done"}
                        value={actual[s.id] ?? e?.actual[s.id] ?? ""}
                        aria-label={t("toolboxActualOf", i + 1, c.number)}
                        onInput={(ev) =>
                          setActual({ ...actual, [s.id]: Number(ev.currentTarget.value) })
                        }
                      />
                    </td>
                    <td>
                      <select
                        class="tb-status"
                        value={c.id}
                        aria-label={t("toolboxMoveOf", i + 1, c.number)}
                        onChange={(ev) =>
                          void onDocs(
                            moveStory(
                              s,
                              chantiers.find((x) => x.id === ev.currentTarget.value),
                              chantiers,
                            ),
                          )
                        }
                      >
                        {chantiers.map((x) => (
                          <option key={x.id} value={x.id}>
                            {t("toolboxChantierN", x.number)}
                          </option>
                        ))}
                        <option value="">{t("toolboxBackToBacklog")}</option>
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button
              type="button"
              class="btn secondary"
              onClick={() => {
                try {
                  void onDocs(evaluateChantier(c, stories, actual).docs);
                } catch (err) {
                  onError(err);
                }
              }}
            >
              {e ? t("toolboxReevaluate", c.number) : t("toolboxEvaluate", c.number)}
            </button>
            {e && (
              <dl class="tb-figures" data-testid="evaluation">
                <dt>{t("toolboxVelocity")}</dt>
                <dd>{t("toolboxDays", num(e.velocity, lang))}</dd>
                <dt>{t("toolboxCompletion")}</dt>
                <dd>{Math.round(e.completionRate * 100)} %</dd>
                <dt>{t("toolboxStoriesDone")}</dt>
                <dd>
                  {e.storiesDone} / {e.storiesPlanned}
                </dd>
                <dt>{t("toolboxEstimationError")}</dt>
                <dd>
                  {e.estimationError === null
                    ? t("toolboxNotMeasured")
                    : `${e.estimationError > 0 ? "+" : ""}${Math.round(e.estimationError * 100)} %`}
                </dd>
                <dt>{t("toolboxImpactDelivered")}</dt>
                <dd>
                  {e.impactDelivered} / {e.impactPlanned}
                </dd>
              </dl>
            )}
          </article>
        );
      })}
    </section>
  );
}

const storyDocOf = storyDoc;

/** A chantier's dates as the pioneer reads them: `4 janv. 2027 → 3 févr. 2027`. */
function period(c: { start: string; end: string }, lang: "fr" | "en"): string {
  return `${formatDate(c.start, lang)} → ${formatDate(c.end, lang)}`;
}

function ForecastPanel({
  stories,
  chantiers,
}: {
  stories: StoryRecord[];
  chantiers: SavedChantier[];
}) {
  const { t, lang } = useI18n();
  const [capacity, setCapacity] = useState("5");
  const history = throughput(chantiers);
  const cap = Number(capacity.replace(",", "."));
  const open = stories.filter((s) => s.status === "backlog");
  let result: ReturnType<typeof forecast> | undefined;
  let error = "";
  if (history.length > 0 && cap > 0) {
    try {
      result = forecast(history, open, { capacityDays: cap, seed: 1 });
    } catch (e) {
      error = errorText(e, lang);
    }
  }
  return (
    <section class="tb-card" aria-labelledby="forecast-heading">
      <h2 id="forecast-heading">{t("toolboxForecastHeading")}</h2>
      {history.length === 0 ? (
        <p class="hint">{t("toolboxForecastNeedsHistory")}</p>
      ) : (
        <>
          <label for="forecast-capacity">{t("toolboxForecastCapacity")}</label>
          <input
            id="forecast-capacity"
            type="number"
            min="0.5"
            step="0.5"
            style={{ width: "8em" }}
            value={capacity}
            onInput={(e) => setCapacity(e.currentTarget.value)}
          />
          <p class="hint">{t("toolboxForecastFrom", history.length)}</p>
          {history.length === 1 && (
            <p class="notice" data-testid="forecast-caution">
              {t("toolboxForecastOneChantier")}
            </p>
          )}
          {error && <p class="notice error">{error}</p>}
          {result && (
            <div data-testid="forecast">
              <ForecastChart forecast={result} capacity={cap} />
              <p>{t("toolboxForecastSentence", num(result.p85, lang), num(result.p50, lang))}</p>
              <h3>{t("toolboxFitAt85")}</h3>
              {result.fitAt85.stories.length === 0 ? (
                <p class="hint">{t("toolboxNothingFits")}</p>
              ) : (
                <ul>
                  {result.fitAt85.stories.map((s) => (
                    <li key={s.id}>
                      {s.text} ({t("toolboxDays", num(s.cost, lang))})
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}

function CsvPanel({
  stories,
  onImport,
  onError,
}: {
  stories: StoryRecord[];
  onImport: (list: StoryRecord[]) => Promise<void>;
  onError: (e: unknown) => void;
}) {
  const { t, lang } = useI18n();
  return (
    <section class="tb-card" aria-labelledby="csv-title">
      <h2 id="csv-title">{t("toolboxCsvTitle")}</h2>
      <p class="hint">{t("toolboxCsvHint")}</p>
      <div class="row">
        <button
          type="button"
          class="btn secondary"
          data-testid="csv-export"
          onClick={() =>
            download(
              lang === "fr" ? "besoins.csv" : "stories.csv",
              "text/csv;charset=utf-8",
              toCsv(stories, { headers: lang }),
            )
          }
        >
          {t("toolboxCsvExport")}
        </button>
        <label for="csv-import" class="inline">
          {t("toolboxCsvImport")}
        </label>
        <input
          id="csv-import"
          type="file"
          accept=".csv,text/csv"
          onChange={async (e) => {
            const file = e.currentTarget.files?.[0];
            if (!file) return;
            try {
              await onImport(fromCsv(await file.text()));
            } catch (err) {
              onError(err);
            }
          }}
        />
      </div>
    </section>
  );
}
