// Maturity: one's association answers the questionnaire (saved as a draft, resumed later),
// then sees its radar, its progress since the last assessment, next steps that link to the
// activities page and to clips of matching themes, and the collective's view — every
// association's latest profile overlaid, with the common floor and the divergences.
import {
  type Answers,
  collectiveView,
  type Level,
  type Profile,
  radarSvg,
  recommend,
} from "@pionniers/maturity";
import { model } from "@pionniers/maturity/model";
import { catalog } from "@pionniers/pedagogy/catalog";
import { useEffect, useMemo, useState } from "preact/hooks";
import type { Settings } from "../../../../features/settings.ts";
import {
  assessmentsFromDocs,
  draftOf,
  latestProfiles,
  progressOf,
  themesFor,
} from "../../../../features/toolbox/maturity.ts";
import type { AssessmentData } from "../../../../features/toolbox/records.ts";
import { type ClipSummary, send } from "../../../../messages.ts";
import type { Platform } from "../../../../platform/platform.ts";
import { formatDate, useI18n } from "../../../../ui/i18n-context.ts";
import { errorText, today, useDocs } from "../shared.tsx";
import { Radar } from "./Radar.tsx";

const dimName = (id: string, lang: "fr" | "en") =>
  model.dimensions.find((d) => d.id === id)?.name[lang] ?? id;
const levelName = (level: Level | null, lang: "fr" | "en") =>
  level === null ? "?" : `${level} — ${model.levels[level - 1]?.name[lang] ?? ""}`;

export function MaturityPage({ platform, settings }: { platform: Platform; settings: Settings }) {
  const { t, lang } = useI18n();
  const { docs, reload, put } = useDocs(platform, "assessments");
  const list = useMemo(() => assessmentsFromDocs(docs ?? []), [docs]);
  const [association, setAssociation] = useState(settings.association || "");
  const [answers, setAnswers] = useState<Answers>({});
  const [draftId, setDraftId] = useState<string>();
  const [loaded, setLoaded] = useState(false);
  const [step, setStep] = useState(0);
  const [retake, setRetake] = useState(false);
  const [notice, setNotice] = useState<{ kind: "ok" | "error"; text: string }>();

  // Resume this association's draft once the documents are there.
  useEffect(() => {
    if (!docs || loaded) return;
    const draft = draftOf(list, association);
    if (draft) {
      setAnswers(draft.answers);
      setDraftId(draft.id);
    }
    setLoaded(true);
  }, [docs, loaded, list, association]);

  const save = async (complete: boolean) => {
    const name = association.trim();
    if (!name) {
      setNotice({ kind: "error", text: t("toolboxNeedAssociation") });
      return;
    }
    const id =
      draftId ?? `assessment-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
    const data: AssessmentData = {
      association: name,
      date: today(),
      modelVersion: model.version,
      answers,
      complete,
    };
    try {
      await put([{ id, title: `${name} — ${data.date}`, data }]);
      await reload();
      if (complete) {
        setRetake(false);
        setDraftId(undefined);
        setAnswers({});
        setStep(0);
      } else setDraftId(id);
      setNotice({
        kind: "ok",
        text: complete ? t("toolboxAssessmentDone") : t("toolboxDraftSaved"),
      });
    } catch (e) {
      setNotice({ kind: "error", text: errorText(e, lang) });
    }
  };

  const profiles = latestProfiles(list, model);
  const mine = profiles[association.trim()];
  if (!docs) return <p role="status">{t("toolboxLoading")}</p>;
  return (
    <section class="tb-page" aria-labelledby="maturity-title">
      <h1 id="maturity-title">{t("toolboxMaturityTitle")}</h1>
      <p class="hint">{t("toolboxMaturityIntro")}</p>
      {notice && (
        <p class={`notice ${notice.kind}`} role="status" data-testid="maturity-notice">
          {notice.text}
        </p>
      )}
      {mine && !retake && draftId === undefined && Object.keys(answers).length === 0 ? (
        <section class="tb-card" aria-labelledby="questionnaire-title">
          <h2 id="questionnaire-title">{t("toolboxQuestionnaireTitle")}</h2>
          <p>{t("toolboxLastAssessment", association.trim(), formatDate(mine.date, lang))}</p>
          <button type="button" class="btn secondary" onClick={() => setRetake(true)}>
            {t("toolboxRetake")}
          </button>
        </section>
      ) : (
        <Questionnaire
          association={association}
          setAssociation={setAssociation}
          answers={answers}
          setAnswers={setAnswers}
          step={step}
          setStep={setStep}
          onSave={save}
          resumed={draftId !== undefined}
        />
      )}
      {mine && (
        <Results platform={platform} association={association.trim()} profile={mine} list={list} />
      )}
      <Collective profiles={profiles} />
    </section>
  );
}

function Questionnaire({
  association,
  setAssociation,
  answers,
  setAnswers,
  step,
  setStep,
  onSave,
  resumed,
}: {
  association: string;
  setAssociation: (s: string) => void;
  answers: Answers;
  setAnswers: (a: Answers) => void;
  step: number;
  setStep: (n: number) => void;
  onSave: (complete: boolean) => Promise<void>;
  resumed: boolean;
}) {
  const { t, lang } = useI18n();
  const dims = model.dimensions;
  const dim = dims[step]!;
  const questions = model.questions.filter((q) => q.dimension === dim.id);
  const answered = Object.keys(answers).length;
  return (
    <section class="tb-card" aria-labelledby="questionnaire-title">
      <h2 id="questionnaire-title">{t("toolboxQuestionnaireTitle")}</h2>
      <label for="maturity-association">{t("toolboxAssociation")}</label>
      <input
        id="maturity-association"
        type="text"
        value={association}
        onInput={(e) => setAssociation(e.currentTarget.value)}
      />
      <p class="meta" data-testid="answered">
        {t("toolboxAnswered", answered, model.questions.length)}
        {resumed ? ` — ${t("toolboxResumed")}` : ""}
      </p>
      <nav class="tb-steps" aria-label={t("toolboxDimensions")}>
        {dims.map((d, i) => (
          <button
            key={d.id}
            type="button"
            class="btn secondary"
            aria-current={i === step ? "step" : undefined}
            onClick={() => setStep(i)}
          >
            {i + 1}. {d.name[lang]}
          </button>
        ))}
      </nav>
      <h3>
        {t("toolboxDimensionN", step + 1, dims.length)} {dim.name[lang]}
      </h3>
      <p class="hint">{dim.summary[lang]}</p>
      {questions.map((q) => {
        const current = answers[q.id];
        const choose = (choice: Level | "dont-know") =>
          setAnswers({
            ...answers,
            [q.id]: { ...(current?.note ? { note: current.note } : {}), choice },
          });
        return (
          <fieldset key={q.id} class="tb-question" data-question={q.id}>
            <legend>{q.prompt[lang]}</legend>
            <div class="tb-options">
              {q.options.map((o) => (
                <label key={o.level}>
                  <input
                    type="radio"
                    name={q.id}
                    value={String(o.level)}
                    checked={current?.choice === o.level}
                    onChange={() => choose(o.level)}
                  />
                  <span>{o.text[lang]}</span>
                </label>
              ))}
              <label>
                <input
                  type="radio"
                  name={q.id}
                  value="dont-know"
                  checked={current?.choice === "dont-know"}
                  onChange={() => choose("dont-know")}
                />
                <span>{t("toolboxDontKnow")}</span>
              </label>
            </div>
          </fieldset>
        );
      })}
      <div class="row">
        <button
          type="button"
          class="btn secondary"
          disabled={step === 0}
          onClick={() => setStep(step - 1)}
        >
          {t("toolboxPrevious")}
        </button>
        <button
          type="button"
          class="btn secondary"
          disabled={step === dims.length - 1}
          onClick={() => setStep(step + 1)}
        >
          {t("toolboxNext")}
        </button>
        <button type="button" class="btn secondary" onClick={() => void onSave(false)}>
          {t("toolboxSaveDraft")}
        </button>
        <button
          type="button"
          class="btn"
          disabled={answered === 0}
          onClick={() => void onSave(true)}
        >
          {t("toolboxFinish")}
        </button>
      </div>
    </section>
  );
}

function Results({
  platform,
  association,
  profile,
  list,
}: {
  platform: Platform;
  association: string;
  profile: Profile;
  list: ReturnType<typeof assessmentsFromDocs>;
}) {
  const { t, lang } = useI18n();
  const advice = recommend(profile, { model });
  const progress = progressOf(list, association, model);
  const [themes, setThemes] = useState<{ id: string; name?: string }[]>([]);
  useEffect(() => {
    void send(platform, "listThemes", {}).then(setThemes);
  }, [platform]);
  const svg = radarSvg({ [association]: profile }, { model, lang, idPrefix: "radar-mine" });
  return (
    <section class="tb-card" aria-labelledby="results-title" data-testid="maturity-results">
      <h2 id="results-title">{t("toolboxProfileOf", association)}</h2>
      <div class="tb-two">
        <Radar svg={svg} testId="radar" />
        <div>
          <dl class="tb-figures">
            <dt>{t("toolboxOverall")}</dt>
            <dd>{levelName(profile.overall.level, lang)}</dd>
            <dt>{t("toolboxConfidence")}</dt>
            <dd>{Math.round(profile.overall.confidence * 100)} %</dd>
            <dt>{t("toolboxStrengths")}</dt>
            <dd>{profile.strengths.map((d) => dimName(d, lang)).join(", ") || "—"}</dd>
            <dt>{t("toolboxHoldsBack")}</dt>
            <dd>{profile.holdsBack ? dimName(profile.holdsBack, lang) : "—"}</dd>
          </dl>
          {progress && (
            <>
              <h3>{t("toolboxProgress", progress.from ?? "?", progress.to ?? "?")}</h3>
              <ul data-testid="progress">
                {progress.dimensions.map((d) => (
                  <li key={d.dimension}>
                    {t(
                      "toolboxProgressLine",
                      dimName(d.dimension, lang),
                      d.before ?? "?",
                      d.after ?? "?",
                      t(
                        `toolboxTrend${d.trend.charAt(0).toUpperCase()}${d.trend.slice(1)}` as never,
                      ),
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
      <h3>{t("toolboxNextSteps")}</h3>
      {advice.steps.length === 0 && <p>{t("toolboxAllReached")}</p>}
      <ol data-testid="advice">
        {advice.steps.map((s) => {
          const matching = themesFor(s.dimension, themes);
          return (
            <li key={s.dimension} class="tb-step">
              <strong>
                {t(
                  "toolboxStepHeading",
                  dimName(s.dimension, lang),
                  t("toolboxFromTo", s.from, s.to),
                )}
              </strong>
              <ul>
                {s.practices.map((p, i) => (
                  <li key={i}>
                    {p.text[lang]} <span class="meta">— {p.why[lang]}</span>
                  </li>
                ))}
              </ul>
              {s.activities.length > 0 && (
                <p>
                  {t("toolboxTryActivities")}{" "}
                  {s.activities.map((a, i) => (
                    <span key={a.id}>
                      {i > 0 ? ", " : ""}
                      <a
                        href={`#activities?activity=${encodeURIComponent(a.id)}`}
                        title={a.why[lang]}
                      >
                        {catalog.find((c) => c.id === a.id)?.name[lang] ?? a.id}
                      </a>
                    </span>
                  ))}
                </p>
              )}
              {s.tools.length > 0 && (
                <p class="meta">
                  {t("toolboxTools")} {s.tools.map((x) => x.name).join(", ")}
                </p>
              )}
              {matching.length > 0 && <ThemeClips platform={platform} themes={matching} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** Clips of the library themes that match a dimension. */
function ThemeClips({
  platform,
  themes,
}: {
  platform: Platform;
  themes: { id: string; name?: string }[];
}) {
  const { t } = useI18n();
  const [clips, setClips] = useState<ClipSummary[]>([]);
  const key = themes.map((x) => x.id).join(",");
  useEffect(() => {
    void Promise.all(
      themes.map((th) => send(platform, "queryClips", { themeId: th.id, limit: 5 })),
    ).then((rs) => setClips(rs.flatMap((r) => r.rows).slice(0, 5)));
  }, [key]);
  if (clips.length === 0) return null;
  return (
    <p class="meta">
      {t("toolboxThemeClips", themes.map((x) => x.name ?? "").join(", "))}{" "}
      {clips.map((c, i) => (
        <span key={c.id}>
          {i > 0 ? " · " : ""}
          <a href={c.url ?? "#"} target="_blank" rel="noreferrer">
            {c.title || c.url}
          </a>
        </span>
      ))}
    </p>
  );
}

function Collective({ profiles }: { profiles: Record<string, Profile> }) {
  const { t, lang } = useI18n();
  const names = Object.keys(profiles);
  if (names.length === 0) return null;
  let view: ReturnType<typeof collectiveView>;
  try {
    view = collectiveView(profiles);
  } catch {
    return null;
  }
  const floorLabel = t("toolboxFloor");
  const svg = radarSvg(
    { ...profiles, [floorLabel]: view.floorProfile },
    { model, lang, idPrefix: "radar-all" },
  );
  return (
    <section class="tb-card" aria-labelledby="collective-title" data-testid="collective">
      <h2 id="collective-title">{t("toolboxCollectiveTitle", names.length)}</h2>
      <div class="tb-two">
        <Radar svg={svg} testId="radar-collective" />
        <div>
          <h3>{t("toolboxDivergences")}</h3>
          {view.divergences.length === 0 ? (
            <p>{t("toolboxNoDivergence")}</p>
          ) : (
            <ul>
              {view.divergences.map((d) => (
                <li key={d.dimension}>
                  {t(
                    "toolboxDivergence",
                    dimName(d.dimension, lang),
                    d.spread,
                    d.ahead.join(", "),
                    d.behind.join(", "),
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <table class="tb-table">
        <caption class="visually-hidden">{t("toolboxCollectiveTable")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("toolboxDimension")}</th>
            <th scope="col">{floorLabel}</th>
            {names.map((n) => (
              <th key={n} scope="col">
                {n}
              </th>
            ))}
            <th scope="col">{t("toolboxAlignment")}</th>
          </tr>
        </thead>
        <tbody>
          {view.dimensions.map((d) => (
            <tr key={d.dimension}>
              <th scope="row">{dimName(d.dimension, lang)}</th>
              <td>{d.floor ?? "?"}</td>
              {names.map((n) => (
                <td key={n}>{d.levels[n] ?? "?"}</td>
              ))}
              <td>
                {t(
                  `toolboxAlign${d.alignment.charAt(0).toUpperCase()}${d.alignment.slice(1)}` as never,
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
