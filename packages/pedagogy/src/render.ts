import type { Agenda } from "./agenda";
import { assertAgenda, assertLang } from "./guards";
import { type Lang, labels } from "./model";

const words = {
  fr: {
    agenda: "Déroulé",
    time: "Heure",
    minutes: "Durée",
    activity: "Activité",
    why: "Pourquoi",
    total: "Durée totale",
    min: "min",
    over: "dépassement",
  },
  en: {
    agenda: "Agenda",
    time: "Time",
    minutes: "Length",
    activity: "Activity",
    why: "Why",
    total: "Total length",
    min: "min",
    over: "over time",
  },
} as const;

function heading(agenda: Agenda, lang: Lang): string {
  return agenda.title?.[lang] ?? words[lang].agenda;
}

function summary(agenda: Agenda, lang: Lang): string {
  const w = words[lang];
  const over = agenda.overrun > 0 ? ` (${w.over} ${agenda.overrun} ${w.min})` : "";
  return `${agenda.start}–${agenda.end} · ${labels.settings[agenda.setting][lang]} · ${agenda.groupSize} · ${w.total} ${agenda.totalMinutes} ${w.min}${over}`;
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/**
 * Renders an agenda as a Markdown table: time, length, activity, why.
 *
 * @param agenda the agenda to print
 * @param lang `"fr"` (default) or `"en"`
 * @returns Markdown text
 * @example
 * ```ts
 * renderMarkdown(agenda, "en").split("\n")[0]; // "# Agenda"
 * ```
 */
export function renderMarkdown(agenda: Agenda, lang: Lang = "fr"): string {
  assertAgenda(agenda);
  assertLang(lang);
  const w = words[lang];
  const rows = agenda.slots.map((s) => {
    const title = s.kind === "activity" ? `**${cell(s.title[lang])}**` : `_${cell(s.title[lang])}_`;
    return `| ${s.start} | ${s.minutes} ${w.min} | ${title} | ${cell(s.rationale[lang])} |`;
  });
  return [
    `# ${heading(agenda, lang)}`,
    "",
    summary(agenda, lang),
    "",
    `| ${w.time} | ${w.minutes} | ${w.activity} | ${w.why} |`,
    "| --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Renders an agenda as a standalone, print-ready HTML page (A4, no external resources, all
 * text escaped).
 *
 * @param agenda the agenda to print
 * @param lang `"fr"` (default) or `"en"`
 * @returns a complete HTML document
 * @example
 * ```ts
 * const html = renderHtml(agenda, "fr"); // save as .html and print
 * ```
 */
export function renderHtml(agenda: Agenda, lang: Lang = "fr"): string {
  assertAgenda(agenda);
  assertLang(lang);
  const w = words[lang];
  const rows = agenda.slots
    .map(
      (s) =>
        `<tr class="${s.kind}"><td>${s.start}</td><td>${s.minutes} ${w.min}</td><th scope="row">${escapeHtml(s.title[lang])}</th><td>${escapeHtml(s.rationale[lang])}</td></tr>`,
    )
    .join("\n");
  const title = escapeHtml(heading(agenda, lang));
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>
@page { size: A4; margin: 15mm; }
body { font: 11pt/1.4 system-ui, sans-serif; color: #111; max-width: 180mm; margin: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #ccc; padding: 4pt 6pt; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #111; }
tbody th { font-weight: 600; }
tr.break, tr.lunch { color: #555; font-style: italic; }
tr { break-inside: avoid; }
</style>
</head>
<body>
<h1>${title}</h1>
<p>${escapeHtml(summary(agenda, lang))}</p>
<table>
<thead><tr><th>${w.time}</th><th>${w.minutes}</th><th>${w.activity}</th><th>${w.why}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}
