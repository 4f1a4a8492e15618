// The DLA mission: the proposal's mission by default, a few editable parameters, its estimate,
// the instalments, a month-grid calendar of sessions, monthly meetings and payment milestones,
// an .ics file for the collective's calendar app, and the quote ready to print. The parameters
// are the collective's: one document of the library's `missions` collection, loaded on open,
// saved as they change, synced like stories — every pioneer and the DLA operator see the same.
import {
  type EventKind,
  estimate,
  formatMoney,
  formatPercent,
  payments,
  schedule,
  toICS,
} from "@pionniers/dla-budget";
import { quote } from "@pionniers/dla-budget/quote";
import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import {
  avoidOf,
  defaultParams,
  MAX_NAME,
  MISSION_ID,
  type MissionParams,
  missionData,
  missionFrom,
  monthGrids,
} from "../../../../features/toolbox/mission.ts";
import { send } from "../../../../messages.ts";
import type { Platform } from "../../../../platform/platform.ts";
import { formatDate, useI18n } from "../../../../ui/i18n-context.ts";
import { download, errorText, num, PrintFrame, today } from "../shared.tsx";

const KINDS: EventKind[] = ["presence", "intra-structure", "remote", "final-report", "payment"];

/** How long after the last keystroke the mission is saved. */
const SAVE_DELAY_MS = 500;

type SaveState = "loading" | "saving" | "saved" | "unsaved" | "invalid" | { failed: string };

/** The collective's mission, loaded from the library and saved back as it changes. */
function useSharedMission(platform: Platform) {
  const { t, lang } = useI18n();
  const [params, setParams] = useState<MissionParams | undefined>();
  const [state, setState] = useState<SaveState>("loading");
  const pending = useRef<MissionParams | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Writes go one after the other, so the last value typed is the last one stored.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const inFlight = useRef(0);
  const invalid = useRef(false);
  // Something typed here that the library does not have yet: a reload must not replace it.
  const busy = () => pending.current !== null || inFlight.current > 0 || invalid.current;

  useEffect(() => {
    let live = true;
    let first = true;
    const fallback = () =>
      defaultParams(today(), {
        issuer: "",
        client: t("toolboxClientDefault"),
      });
    const load = () =>
      send(platform, "toolboxList", { collection: "missions" }).then(
        (docs) => {
          if (!live || (!first && busy())) return;
          const doc = docs.find((d) => d.id === MISSION_ID);
          let stored: MissionParams | undefined;
          try {
            stored = doc ? missionData(doc.data) : undefined;
          } catch {
            // A document another replica's older or broken code wrote: start from the
            // proposal, and the next change replaces it.
          }
          if (first || stored) setParams(stored ?? fallback());
          setState(stored ? "saved" : "unsaved");
          first = false;
        },
        (e) => {
          if (!live || !first) return;
          setParams(fallback());
          setState({ failed: errorText(e, lang) });
        },
      );
    void load();
    // Back on the page: what another pioneer changed meanwhile (arrived by sync) is shown.
    const visible = () => {
      if (document.visibilityState === "visible" && !first && !busy()) void load();
    };
    document.addEventListener("visibilitychange", visible);
    return () => {
      live = false;
      document.removeEventListener("visibilitychange", visible);
    };
  }, [platform]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const p = pending.current;
    if (!p) return;
    pending.current = null;
    inFlight.current++;
    queue.current = queue.current
      .then(() =>
        send(platform, "toolboxPut", {
          collection: "missions",
          docs: [{ id: MISSION_ID, title: "Mission DLA", data: p }],
        }),
      )
      .then(
        () => {
          if (!pending.current && !invalid.current) setState("saved");
        },
        (e) => setState({ failed: errorText(e, lang) }),
      )
      .finally(() => {
        inFlight.current--;
      });
  }, [platform, lang]);

  // Leaving the page (another tab, a reload, another toolbox page) saves what is pending now.
  useEffect(() => {
    const hide = () => {
      if (document.visibilityState === "hidden") flush();
    };
    document.addEventListener("visibilitychange", hide);
    window.addEventListener("pagehide", flush);
    return () => {
      document.removeEventListener("visibilitychange", hide);
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [flush]);

  const update = useCallback(
    (next: MissionParams) => {
      setParams(next);
      clearTimeout(timer.current);
      try {
        missionData(next);
      } catch {
        // The page shows dla-budget's error; the stored mission stays the last valid one.
        pending.current = null;
        invalid.current = true;
        setState("invalid");
        return;
      }
      invalid.current = false;
      pending.current = next;
      setState("saving");
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );
  return { params, update, state };
}

export function MissionPage({ platform }: { platform: Platform }) {
  const { t } = useI18n();
  const { params, update, state } = useSharedMission(platform);
  if (!params)
    return (
      <section class="tb-page" aria-labelledby="mission-title" aria-busy="true">
        <h1 id="mission-title">{t("toolboxMissionTitle")}</h1>
        <p class="hint">{t("toolboxLoading")}</p>
      </section>
    );
  return <MissionView params={params} update={update} state={state} />;
}

function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useI18n();
  const text =
    state === "loading" || state === "unsaved"
      ? ""
      : state === "saving"
        ? t("toolboxMissionSaving")
        : state === "saved"
          ? t("toolboxMissionSaved")
          : state === "invalid"
            ? t("toolboxMissionNotSaved")
            : t("toolboxMissionSaveFailed", state.failed);
  return (
    <p
      class="meta"
      role="status"
      data-testid="mission-save"
      data-state={typeof state === "object" ? "failed" : state}
    >
      {text}
    </p>
  );
}

function MissionView({
  params,
  update,
  state,
}: {
  params: MissionParams;
  update: (p: MissionParams) => void;
  state: SaveState;
}) {
  const { t, lang } = useI18n();
  const { issuer, client, quoteNumber: number } = params;
  const set = <K extends keyof MissionParams>(k: K, v: MissionParams[K]) =>
    update({ ...params, [k]: v });

  const computed = useMemo(() => {
    try {
      const mission = missionFrom(params);
      const avoid = avoidOf(params);
      const events = schedule(mission, { avoid });
      const pays = payments(mission, { avoid });
      return { mission, avoid, events, pays, estimate: estimate(mission), error: "" };
    } catch (e) {
      return { error: errorText(e, lang) };
    }
  }, [params, lang]);

  const quoteHtml = useMemo(() => {
    if (!("mission" in computed) || !computed.mission) return "";
    try {
      return quote(computed.mission, {
        number: number || "—",
        date: today(),
        issuer: { name: issuer || "—" },
        client: { name: client || "—" },
        validityDays: 30,
        avoid: computed.avoid,
      }).html[lang];
    } catch {
      return "";
    }
  }, [computed, issuer, client, number, lang]);

  const field = (id: keyof MissionParams, label: string, props: Record<string, string>) => (
    <div>
      <label for={`mission-${id}`}>{label}</label>
      <input
        id={`mission-${id}`}
        type="number"
        {...props}
        value={String(params[id])}
        onInput={(e) => {
          // An emptied field is being retyped: keep the last number until a new one comes.
          if (e.currentTarget.value.trim() === "") return;
          const v = Number(e.currentTarget.value);
          if (Number.isFinite(v)) set(id, v as never);
        }}
      />
    </div>
  );

  return (
    <section class="tb-page" aria-labelledby="mission-title">
      <h1 id="mission-title">{t("toolboxMissionTitle")}</h1>
      <p class="hint">{t("toolboxMissionIntro")}</p>
      <section class="tb-card tb-noprint" aria-labelledby="params-title">
        <h2 id="params-title">{t("toolboxParamsTitle")}</h2>
        <div class="tb-fields">
          <div>
            <label for="mission-start">{t("toolboxMissionStart")}</label>
            <input
              id="mission-start"
              type="date"
              value={params.start}
              onInput={(e) => e.currentTarget.value && set("start", e.currentTarget.value)}
            />
          </div>
          {field("dayRate", t("toolboxDayRate"), { min: "0", step: "50" })}
          {field("remotePrice", t("toolboxRemotePrice"), { min: "0", step: "50" })}
          {field("vatRate", t("toolboxVatRate"), { min: "0", max: "100", step: "0.5" })}
          {field("paymentTermDays", t("toolboxPaymentTerm"), { min: "0", max: "60", step: "1" })}
        </div>
        <fieldset>
          <legend>{t("toolboxAvoid")}</legend>
          <label class="check">
            <input
              type="checkbox"
              checked={params.avoidWeekends}
              onChange={(e) => set("avoidWeekends", e.currentTarget.checked)}
            />
            {t("toolboxAvoidWeekends")}
          </label>
          <label class="check">
            <input
              type="checkbox"
              checked={params.avoidHolidays}
              onChange={(e) => set("avoidHolidays", e.currentTarget.checked)}
            />
            {t("toolboxAvoidHolidays")}
          </label>
          <label class="check">
            <input
              type="checkbox"
              checked={params.alsaceMoselle}
              disabled={!params.avoidHolidays}
              onChange={(e) => set("alsaceMoselle", e.currentTarget.checked)}
            />
            {t("toolboxAlsaceMoselle")}
          </label>
          <label class="check">
            <input
              type="checkbox"
              checked={params.avoidAugust}
              onChange={(e) => set("avoidAugust", e.currentTarget.checked)}
            />
            {t("toolboxAvoidAugust")}
          </label>
        </fieldset>
        <div class="row">
          <button
            type="button"
            class="btn secondary"
            onClick={() =>
              update({ ...defaultParams(today()), issuer, client, quoteNumber: number })
            }
          >
            {t("toolboxResetParams")}
          </button>
          <SaveStatus state={state} />
        </div>
      </section>
      {computed.error ? (
        <p class="notice error" role="alert">
          {computed.error}
        </p>
      ) : (
        "events" in computed &&
        computed.events && (
          <>
            <section class="tb-card" aria-labelledby="estimate-title">
              <h2 id="estimate-title">{t("toolboxEstimateTitle")}</h2>
              <table class="tb-table" data-testid="estimate">
                <thead>
                  <tr>
                    <th scope="col">{t("toolboxLine")}</th>
                    <th scope="col" class="num">
                      {t("toolboxQuantity")}
                    </th>
                    <th scope="col">{t("toolboxUnit")}</th>
                    <th scope="col" class="num">
                      {t("toolboxUnitPrice")}
                    </th>
                    <th scope="col" class="num">
                      {t("toolboxAmount")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {computed.estimate.lines.map((l) => (
                    <tr key={l.id}>
                      <td>{l.label[lang]}</td>
                      <td class="num">{num(l.quantity, lang)}</td>
                      <td>{l.unit[lang]}</td>
                      <td class="num">{formatMoney(l.unitPrice, lang)}</td>
                      <td class="num">{formatMoney(l.amount, lang)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={4}>
                      {t("toolboxTotalHT")}
                    </th>
                    <td class="num">{formatMoney(computed.estimate.totalHT, lang)}</td>
                  </tr>
                  <tr>
                    <th scope="row" colSpan={4}>
                      {t("toolboxVat")}
                    </th>
                    <td class="num">{formatMoney(computed.estimate.vat, lang)}</td>
                  </tr>
                  <tr>
                    <th scope="row" colSpan={4}>
                      {t("toolboxTotalTTC")}
                    </th>
                    <td class="num" data-testid="total-ttc">
                      <strong>{formatMoney(computed.estimate.totalTTC, lang)}</strong>
                    </td>
                  </tr>
                </tfoot>
              </table>
              <p class="meta">
                {t(
                  "toolboxExpertDays",
                  num(computed.estimate.expertDays, lang),
                  num(computed.estimate.billedDays, lang),
                )}
              </p>
            </section>
            <section class="tb-card" aria-labelledby="payments-title">
              <h2 id="payments-title">{t("toolboxPaymentsTitle")}</h2>
              <table class="tb-table" data-testid="payments">
                <thead>
                  <tr>
                    <th scope="col">{t("toolboxInstalment")}</th>
                    <th scope="col" class="num">
                      {t("toolboxShare")}
                    </th>
                    <th scope="col" class="num">
                      {t("toolboxAmount")}
                    </th>
                    <th scope="col">{t("toolboxInvoiceDate")}</th>
                    <th scope="col">{t("toolboxDueDate")}</th>
                  </tr>
                </thead>
                <tbody>
                  {computed.pays.map((p) => (
                    <tr key={p.index}>
                      <td>
                        {p.index}. {p.label[lang]}
                      </td>
                      <td class="num">{formatPercent(p.percent, lang)}</td>
                      <td class="num">{formatMoney(p.amount, lang)}</td>
                      <td>{formatDate(p.invoiceDate, lang)}</td>
                      <td>
                        {formatDate(p.dueDate, lang)}
                        {p.dueMoved && (
                          <div class="meta">
                            {t("toolboxDueMoved", formatDate(p.dueMoved.from, lang))}
                          </div>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <Calendar events={computed.events} pays={computed.pays} />
            <section class="tb-card tb-noprint" aria-labelledby="quote-title">
              <h2 id="quote-title">{t("toolboxQuoteTitle")}</h2>
              <div class="tb-fields">
                <div>
                  <label for="quote-issuer">{t("toolboxIssuer")}</label>
                  <input
                    id="quote-issuer"
                    type="text"
                    value={issuer}
                    maxLength={MAX_NAME}
                    placeholder={t("toolboxIssuerPlaceholder")}
                    onInput={(e) => set("issuer", e.currentTarget.value)}
                  />
                </div>
                <div>
                  <label for="quote-client">{t("toolboxClient")}</label>
                  <input
                    id="quote-client"
                    type="text"
                    value={client}
                    maxLength={MAX_NAME}
                    onInput={(e) => set("client", e.currentTarget.value)}
                  />
                </div>
                <div>
                  <label for="quote-number">{t("toolboxQuoteNumber")}</label>
                  <input
                    id="quote-number"
                    type="text"
                    value={number}
                    maxLength={MAX_NAME}
                    onInput={(e) => set("quoteNumber", e.currentTarget.value)}
                  />
                </div>
              </div>
              {quoteHtml && (
                <>
                  <button
                    type="button"
                    class="btn secondary"
                    onClick={() =>
                      download(
                        lang === "fr" ? `devis-${number}.html` : `quote-${number}.html`,
                        "text/html;charset=utf-8",
                        quoteHtml,
                      )
                    }
                  >
                    {t("toolboxQuoteDownload")}
                  </button>
                  <PrintFrame
                    html={quoteHtml}
                    title={t("toolboxQuoteFrame")}
                    printLabel={t("toolboxQuotePrint")}
                    testId="quote"
                  />
                </>
              )}
            </section>
          </>
        )
      )}
    </section>
  );
}

function Calendar({
  events,
  pays,
}: {
  events: ReturnType<typeof schedule>;
  pays: ReturnType<typeof payments>;
}) {
  const { t, lang } = useI18n();
  const grids = monthGrids(events, pays);
  const locale = lang === "fr" ? "fr-FR" : "en-GB";
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((d) =>
    new Date(Date.UTC(2024, 0, d, 12)).toLocaleDateString(locale, {
      weekday: "short",
      timeZone: "UTC",
    }),
  );
  const longWeekdays = [1, 2, 3, 4, 5, 6, 7].map((d) =>
    new Date(Date.UTC(2024, 0, d, 12)).toLocaleDateString(locale, {
      weekday: "long",
      timeZone: "UTC",
    }),
  );
  const suffix = (kind: EventKind) =>
    kind === "intra-structure"
      ? "Intra"
      : kind === "final-report"
        ? "Report"
        : kind.charAt(0).toUpperCase() + kind.slice(1);
  const long = (kind: EventKind) => t(`toolboxKind${suffix(kind)}` as never);
  const short = (kind: EventKind) => t(`toolboxChip${suffix(kind)}` as never);
  return (
    <section class="tb-card" aria-labelledby="calendar-title">
      <div class="row spread">
        <h2 id="calendar-title">{t("toolboxCalendarTitle")}</h2>
        <button
          type="button"
          class="btn"
          data-testid="mission-ics"
          onClick={() =>
            download(
              lang === "fr" ? "mission-dla.ics" : "dla-mission.ics",
              "text/calendar;charset=utf-8",
              toICS(events, { timeZone: "Europe/Paris", lang }),
            )
          }
        >
          {t("toolboxIcsDownload")}
        </button>
      </div>
      <p class="hint">{t("toolboxIcsHint")}</p>
      <ul class="tb-legend" aria-label={t("toolboxLegend")}>
        {KINDS.map((k) => (
          <li key={k}>
            <span class={`tb-ev ${k}`} aria-hidden="true">
              ■
            </span>
            {long(k)}
          </li>
        ))}
        <li>
          <span class="tb-ev due" aria-hidden="true">
            €
          </span>
          {t("toolboxKindDue")}
        </li>
      </ul>
      <div class="tb-months">
        {grids.map((g) => (
          <table key={g.month} class="tb-month" data-month={g.month}>
            <caption>
              {new Date(`${g.month}-15T12:00:00Z`).toLocaleDateString(locale, {
                month: "long",
                year: "numeric",
                timeZone: "UTC",
              })}
            </caption>
            <thead>
              <tr>
                {weekdays.map((w, i) => (
                  <th key={w} scope="col" abbr={longWeekdays[i]}>
                    {w}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {g.weeks.map((week) => (
                <tr key={week[0]!.date}>
                  {week.map((d) =>
                    d.inMonth ? (
                      <td key={d.date} data-date={d.date}>
                        <span class="day">{d.day}</span>
                        {d.events.map((e) => (
                          <span
                            key={e.id}
                            class={`tb-ev ${e.kind}`}
                            title={`${e.start}–${e.end} ${e.title[lang]}`}
                          >
                            {short(e.kind)}
                          </span>
                        ))}
                        {d.due.map((p) => (
                          <span
                            key={p.index}
                            class="tb-ev due"
                            title={t("toolboxDueOn", p.index, formatMoney(p.amount, lang))}
                          >
                            {t("toolboxChipDue", p.index)}
                          </span>
                        ))}
                      </td>
                    ) : (
                      <td key={d.date} class="out" aria-hidden="true" />
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <details>
        <summary>{t("toolboxEventList", events.length)}</summary>
        <table class="tb-table" data-testid="event-list">
          <thead>
            <tr>
              <th scope="col">{t("toolboxDate")}</th>
              <th scope="col">{t("toolboxTime")}</th>
              <th scope="col">{t("toolboxEvent")}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <td>{formatDate(e.date, lang)}</td>
                <td>
                  {e.start}–{e.end}
                </td>
                <td>
                  {e.title[lang]}
                  {e.moved && (
                    <div class="meta">{e.moved.reasons.map((r) => r[lang]).join(" ; ")}</div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
