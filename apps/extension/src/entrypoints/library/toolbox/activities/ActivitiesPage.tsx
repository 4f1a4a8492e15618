// The activities: browse and filter the open-pedagogy catalog, read an activity's sheet,
// compose a timed agenda (time, setting, group) or start from one of the proposal's session
// templates, then move, lengthen, shorten and remove slots with every time recomputed; print
// it or save it as Markdown.
import {
  type Activity,
  type Agenda,
  composeAgenda,
  findActivities,
  labels,
  moveSlot,
  type Phase,
  type Principle,
  phases,
  principles,
  removeSlot,
  renderHtml,
  renderMarkdown,
  resizeSlot,
  type Setting,
  settings,
} from "@pionniers/pedagogy";
import { catalog, composeTemplate, templates } from "@pionniers/pedagogy/catalog";
import { useEffect, useRef, useState } from "preact/hooks";
import { useI18n } from "../../../../ui/i18n-context.ts";
import { ChoiceField, download, errorText, PrintFrame } from "../shared.tsx";

/** The activity named in the hash (`#activities?activity=world-cafe`), if any. */
function activityFromHash(): string | undefined {
  return new URLSearchParams(location.hash.split("?")[1] ?? "").get("activity") ?? undefined;
}

export function ActivitiesPage() {
  const { t } = useI18n();
  const [openId, setOpenId] = useState<string | undefined>(activityFromHash);
  const [agenda, setAgenda] = useState<Agenda>();
  useEffect(() => {
    const onHash = () => setOpenId(activityFromHash());
    addEventListener("hashchange", onHash);
    return () => removeEventListener("hashchange", onHash);
  }, []);
  const open = openId ? catalog.find((a) => a.id === openId) : undefined;
  return (
    <section class="tb-page" aria-labelledby="activities-title">
      <h1 id="activities-title">{t("toolboxActivitiesTitle")}</h1>
      <p class="hint">{t("toolboxActivitiesIntro", catalog.length)}</p>
      {open && <Sheet activity={open} onClose={() => setOpenId(undefined)} />}
      <Browser onOpen={setOpenId} />
      <Composer agenda={agenda} setAgenda={setAgenda} />
      {agenda && <AgendaEditor agenda={agenda} setAgenda={setAgenda} onOpen={setOpenId} />}
    </section>
  );
}

function Browser({ onOpen }: { onOpen: (id: string) => void }) {
  const { t, lang } = useI18n();
  const [text, setText] = useState("");
  const [phase, setPhase] = useState<Phase | "">("");
  const [setting, setSetting] = useState<Setting | "">("");
  const [group, setGroup] = useState("");
  const [minutes, setMinutes] = useState("");
  const [principle, setPrinciple] = useState<Principle | "">("");
  const [all, setAll] = useState(false);
  let found: Activity[] = [];
  let error = "";
  try {
    found = findActivities({
      catalog,
      ...(text.trim() ? { text } : {}),
      ...(phase ? { phase } : {}),
      ...(setting ? { setting } : {}),
      ...(Number(group) > 0 ? { groupSize: Math.round(Number(group)) } : {}),
      ...(Number(minutes) > 0 ? { minutes: Math.round(Number(minutes)) } : {}),
      ...(principle ? { principles: [principle] } : {}),
    });
  } catch (e) {
    error = errorText(e, lang);
  }
  return (
    <section class="tb-card" aria-labelledby="browse-title">
      <h2 id="browse-title">{t("toolboxBrowseTitle")}</h2>
      <div class="tb-fields">
        <div>
          <label for="activity-search">{t("toolboxSearchActivities")}</label>
          <input
            id="activity-search"
            type="search"
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </div>
        <ChoiceField
          id="activity-phase"
          label={t("toolboxPhase")}
          value={phase}
          values={phases}
          show={(p) => labels.phases[p][lang]}
          any={t("toolboxAny")}
          onChange={setPhase}
        />
        <ChoiceField
          id="activity-setting"
          label={t("toolboxSetting")}
          value={setting}
          values={settings}
          show={(s) => labels.settings[s][lang]}
          any={t("toolboxAny")}
          onChange={setSetting}
        />
        <ChoiceField
          id="activity-principle"
          label={t("toolboxPrinciple")}
          value={principle}
          values={principles}
          show={(p) => labels.principles[p][lang]}
          any={t("toolboxAny")}
          onChange={setPrinciple}
        />
        <div>
          <label for="activity-group">{t("toolboxGroupSize")}</label>
          <input
            id="activity-group"
            type="number"
            min="1"
            value={group}
            onInput={(e) => setGroup(e.currentTarget.value)}
          />
        </div>
        <div>
          <label for="activity-minutes">{t("toolboxMaxMinutes")}</label>
          <input
            id="activity-minutes"
            type="number"
            min="5"
            step="5"
            value={minutes}
            onInput={(e) => setMinutes(e.currentTarget.value)}
          />
        </div>
      </div>
      {error && <p class="notice error">{error}</p>}
      <p role="status" class="meta" data-testid="activity-count">
        {t("toolboxActivitiesFound", found.length)}
      </p>
      <ul class="tb-results">
        {(all ? found : found.slice(0, FIRST)).map((a) => (
          <li key={a.id} data-activity-id={a.id}>
            <h3>{a.name[lang]}</h3>
            <p class="meta">
              {labels.phases[a.phase][lang]} ·{" "}
              {t("toolboxMinutesRange", a.duration.min, a.duration.max)} ·{" "}
              {t("toolboxPeopleRange", a.groupSize.min, a.groupSize.max)}
            </p>
            <p>{a.summary[lang]}</p>
            <button
              type="button"
              class="btn secondary"
              onClick={() => onOpen(a.id)}
              aria-label={t("toolboxOpenSheetOf", a.name[lang])}
            >
              {t("toolboxOpenSheet")}
            </button>
          </li>
        ))}
      </ul>
      {!all && found.length > FIRST && (
        <button type="button" class="btn secondary tb-more" onClick={() => setAll(true)}>
          {t("toolboxShowAll", found.length)}
        </button>
      )}
    </section>
  );
}

/** Activities listed before "show all": enough to choose from, short enough to reach the composer. */
const FIRST = 9;

function Sheet({ activity: a, onClose }: { activity: Activity; onClose: () => void }) {
  const { t, lang } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [a.id]);
  const list = (title: string, items: { fr: string; en: string }[]) =>
    items.length > 0 && (
      <>
        <h3>{title}</h3>
        <ul>
          {items.map((x, i) => (
            <li key={i}>{x[lang]}</li>
          ))}
        </ul>
      </>
    );
  return (
    <article class="tb-sheet" aria-labelledby="sheet-title" data-testid="activity-sheet">
      <div class="row spread">
        <h2 id="sheet-title" tabIndex={-1} ref={heading}>
          {a.name[lang]}
        </h2>
        <button type="button" class="btn secondary" onClick={onClose}>
          {t("toolboxCloseSheet")}
        </button>
      </div>
      <p>{a.summary[lang]}</p>
      <dl class="tb-figures">
        <dt>{t("toolboxPhase")}</dt>
        <dd>{labels.phases[a.phase][lang]}</dd>
        <dt>{t("toolboxDuration")}</dt>
        <dd>{t("toolboxMinutesRange", a.duration.min, a.duration.max)}</dd>
        <dt>{t("toolboxGroupSize")}</dt>
        <dd>{t("toolboxPeopleRange", a.groupSize.min, a.groupSize.max)}</dd>
        <dt>{t("toolboxSetting")}</dt>
        <dd>{a.settings.map((s) => labels.settings[s][lang]).join(", ")}</dd>
        <dt>{t("toolboxPrinciples")}</dt>
        <dd>{a.principles.map((p) => labels.principles[p][lang]).join(", ")}</dd>
        <dt>{t("toolboxSpace")}</dt>
        <dd>{a.space[lang]}</dd>
      </dl>
      {list(t("toolboxPurposes"), a.purposes)}
      {list(t("toolboxMaterials"), a.materials)}
      <h3>{t("toolboxSteps")}</h3>
      <ol>
        {a.steps.map((s, i) => (
          <li key={i}>
            {s.text[lang]} <span class="meta">({t("toolboxMinutes", s.minutes)})</span>
          </li>
        ))}
      </ol>
      {list(t("toolboxVariants"), a.variants)}
      {list(t("toolboxTips"), a.tips)}
      {list(t("toolboxTraps"), a.traps)}
      <p class="meta">
        {a.attribution ? `${t("toolboxAttribution")} ${a.attribution[lang]} · ` : ""}
        {t("toolboxLicence", a.licence)}
      </p>
    </article>
  );
}

function Composer({
  agenda,
  setAgenda,
}: {
  agenda: Agenda | undefined;
  setAgenda: (a: Agenda) => void;
}) {
  const { t, lang } = useI18n();
  const [minutes, setMinutes] = useState("120");
  const [start, setStart] = useState("09:30");
  const [setting, setSetting] = useState<Setting>("presence");
  const [group, setGroup] = useState("12");
  const [seed, setSeed] = useState(1);
  const [template, setTemplate] = useState("");
  const [days, setDays] = useState<Agenda[]>([]);
  const [error, setError] = useState("");
  const compose = (nextSeed: number) => {
    try {
      setAgenda(
        composeAgenda({
          catalog,
          minutes: Math.round(Number(minutes)),
          start,
          setting,
          groupSize: Math.round(Number(group)),
          seed: nextSeed,
        }),
      );
      setSeed(nextSeed);
      setDays([]);
      setTemplate("");
      setError("");
    } catch (e) {
      setError(errorText(e, lang));
    }
  };
  const fromTemplate = (id: string) => {
    setTemplate(id);
    if (!id) return;
    try {
      const list = composeTemplate(id, { catalog, seed });
      setDays(list);
      if (list[0]) setAgenda(list[0]);
      setError("");
    } catch (e) {
      setError(errorText(e, lang));
    }
  };
  return (
    <section class="tb-card" aria-labelledby="compose-title">
      <h2 id="compose-title">{t("toolboxComposeTitle")}</h2>
      <form
        class="tb-fields"
        onSubmit={(e) => {
          e.preventDefault();
          compose(seed);
        }}
      >
        <div>
          <label for="agenda-minutes">{t("toolboxAgendaMinutes")}</label>
          <input
            id="agenda-minutes"
            type="number"
            min="15"
            max="600"
            step="15"
            value={minutes}
            onInput={(e) => setMinutes(e.currentTarget.value)}
          />
        </div>
        <div>
          <label for="agenda-start">{t("toolboxAgendaStart")}</label>
          <input
            id="agenda-start"
            type="time"
            value={start}
            onInput={(e) => setStart(e.currentTarget.value)}
          />
        </div>
        <ChoiceField
          id="agenda-setting"
          label={t("toolboxSetting")}
          value={setting}
          values={settings}
          show={(s) => labels.settings[s][lang]}
          onChange={(s) => s && setSetting(s)}
        />
        <div>
          <label for="agenda-group">{t("toolboxGroupSize")}</label>
          <input
            id="agenda-group"
            type="number"
            min="2"
            value={group}
            onInput={(e) => setGroup(e.currentTarget.value)}
          />
        </div>
        <div class="tb-align-end row">
          <button type="submit" class="btn">
            {t("toolboxCompose")}
          </button>
          {agenda && (
            <button type="button" class="btn secondary" onClick={() => compose(seed + 1)}>
              {t("toolboxAnotherProposal")}
            </button>
          )}
        </div>
      </form>
      <label for="agenda-template">{t("toolboxTemplate")}</label>
      <select
        id="agenda-template"
        value={template}
        onChange={(e) => fromTemplate(e.currentTarget.value)}
      >
        <option value="">{t("toolboxNoTemplate")}</option>
        {templates.map((tp) => (
          <option key={tp.id} value={tp.id}>
            {tp.name[lang]}
          </option>
        ))}
      </select>
      {template && <p class="hint">{templates.find((tp) => tp.id === template)?.summary[lang]}</p>}
      {days.length > 1 && (
        <fieldset>
          <legend class="visually-hidden">{t("toolboxTemplateDays")}</legend>
          <div class="row">
            {days.map((d, i) => (
              <button
                key={i}
                type="button"
                class="btn secondary"
                aria-pressed={agenda?.title === d.title}
                onClick={() => setAgenda(d)}
              >
                {d.title?.[lang] ?? t("toolboxDayN", i + 1)}
              </button>
            ))}
          </div>
        </fieldset>
      )}
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function AgendaEditor({
  agenda,
  setAgenda,
  onOpen,
}: {
  agenda: Agenda;
  setAgenda: (a: Agenda) => void;
  onOpen: (id: string) => void;
}) {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState("");
  const edit = (next: Agenda, message: string) => {
    setAgenda(next);
    setStatus(message);
  };
  const n = agenda.slots.length;
  return (
    <section class="tb-card" aria-labelledby="agenda-title" data-testid="agenda">
      <h2 id="agenda-title">
        {agenda.title?.[lang] ?? t("toolboxAgendaTitle")} — {agenda.start} → {agenda.end}
      </h2>
      <p class="meta" data-testid="agenda-total">
        {t("toolboxAgendaTotal", agenda.totalMinutes, agenda.minutes)}
      </p>
      {agenda.overrun > 0 && (
        <p class="notice warn" data-testid="agenda-overrun">
          {t("toolboxOverrun", agenda.overrun)}
        </p>
      )}
      <p class="visually-hidden" role="status">
        {status}
      </p>
      <table class="tb-table">
        <thead>
          <tr>
            <th scope="col">{t("toolboxTime")}</th>
            <th scope="col">{t("toolboxSlot")}</th>
            <th scope="col" class="num">
              {t("toolboxLength")}
            </th>
            <th scope="col">{t("toolboxActions")}</th>
          </tr>
        </thead>
        <tbody>
          {agenda.slots.map((s, i) => {
            const name = s.title[lang];
            return (
              <tr
                key={`${i}-${s.activityId ?? s.kind}`}
                class={s.kind === "activity" ? "" : "tb-break"}
                data-slot={i}
              >
                <td data-testid="slot-start">{s.start}</td>
                <td>
                  {s.activityId ? (
                    <button type="button" class="tb-link" onClick={() => onOpen(s.activityId!)}>
                      {name}
                    </button>
                  ) : (
                    name
                  )}
                  {s.phase && <div class="meta">{labels.phases[s.phase][lang]}</div>}
                </td>
                <td class="num">{t("toolboxMinutes", s.minutes)}</td>
                <td>
                  <div class="tb-slot-actions">
                    <button
                      type="button"
                      class="btn secondary"
                      disabled={i === 0}
                      aria-label={t("toolboxMoveUp", name)}
                      onClick={() => edit(moveSlot(agenda, i, i - 1), t("toolboxMovedUp", name))}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      class="btn secondary"
                      disabled={i === n - 1}
                      aria-label={t("toolboxMoveDown", name)}
                      onClick={() => edit(moveSlot(agenda, i, i + 1), t("toolboxMovedDown", name))}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      class="btn secondary"
                      aria-label={t("toolboxLonger", name)}
                      onClick={() =>
                        edit(
                          resizeSlot(agenda, i, s.minutes + 5),
                          t("toolboxResized", name, s.minutes + 5),
                        )
                      }
                    >
                      +5
                    </button>
                    <button
                      type="button"
                      class="btn secondary"
                      disabled={s.minutes <= 5}
                      aria-label={t("toolboxShorter", name)}
                      onClick={() =>
                        edit(
                          resizeSlot(agenda, i, s.minutes - 5),
                          t("toolboxResized", name, s.minutes - 5),
                        )
                      }
                    >
                      −5
                    </button>
                    <button
                      type="button"
                      class="btn danger"
                      disabled={n <= 1}
                      aria-label={t("toolboxRemoveSlot", name)}
                      onClick={() => edit(removeSlot(agenda, i), t("toolboxRemoved", name))}
                    >
                      ✕
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div class="row">
        <button
          type="button"
          class="btn secondary"
          data-testid="agenda-markdown"
          onClick={() =>
            download(
              lang === "fr" ? "deroule.md" : "agenda.md",
              "text/markdown;charset=utf-8",
              renderMarkdown(agenda, lang),
            )
          }
        >
          {t("toolboxDownloadMarkdown")}
        </button>
      </div>
      <details class="tb-noprint">
        <summary>{t("toolboxPrintPreview")}</summary>
        <PrintFrame
          html={renderHtml(agenda, lang)}
          title={t("toolboxAgendaPrintTitle")}
          printLabel={t("toolboxPrint")}
          testId="agenda-print"
        />
      </details>
    </section>
  );
}
