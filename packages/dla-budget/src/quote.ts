import type { Avoid } from "./calendar.ts";
import { layout } from "./calendar.ts";
import { dayNumber, isoDate } from "./dates.ts";
import { DlaBudgetError, show } from "./errors.ts";
import { estimate } from "./estimate.ts";
import type { Bilingual, Mission } from "./mission.ts";
import { formatMoney, formatPercent, type Lang } from "./money.ts";
import { payments } from "./payments.ts";

/** A party of the quote: the issuer (consultants) or the client (association, DLA operator). */
export interface Party {
  name: string;
  /** Postal address, one line per entry. */
  address?: string[];
  /** SIRET number, mandatory for a French business issuer. */
  siret?: string;
  email?: string;
}

/** Options of {@link quote}. */
export interface QuoteOptions {
  /** Quote number (*numéro de devis*), unique and sequential on the issuer's side. */
  number: string;
  /** Issue date, `YYYY-MM-DD`. */
  date: string;
  issuer: Party;
  client: Party;
  /** Days the quote stays valid (e.g. 30). */
  validityDays: number;
  /** Days to avoid when dating the instalments (default weekends and French holidays). */
  avoid?: Avoid;
}

/** A quote in both languages, as Markdown and as a standalone print-ready HTML page. */
export interface Quote {
  markdown: Bilingual;
  html: Bilingual;
}

type Block = { h: string } | { p: string[] } | { table: string[][]; right: number[] };

const T = {
  fr: {
    c: " : ",
    quote: "Devis n°",
    date: "Date du devis",
    valid: "Valable jusqu'au",
    days: "jours",
    issuer: "Émetteur",
    client: "Client",
    object: "Objet",
    start: "Début de la mission",
    end: "Remise du rapport final",
    experts: "Intervenants",
    detail: "Détail",
    head: ["Désignation", "Quantité", "Unité", "Prix unitaire HT", "Montant HT"],
    ht: "Total HT",
    vat: "TVA",
    ttc: "Total TTC",
    franchise: "TVA non applicable, art. 293 B du CGI",
    mobilised: (b: string, e: string) => `${e} jours-experts mobilisés pour ${b} jours facturés.`,
    schedule: "Échéancier des paiements",
    payHead: ["Échéance", "Part", "Montant TTC", "Facturation prévue", "Paiement dû le"],
    terms: "Conditions de paiement",
    term: (n: number) =>
      `Paiement par virement à ${n} jours à compter de la date de facture. Pas d'escompte pour paiement anticipé.`,
    late: "En cas de retard de paiement : pénalités au taux d'intérêt appliqué par la Banque centrale européenne à son opération de refinancement la plus récente, majoré de 10 points, et indemnité forfaitaire pour frais de recouvrement de 40 € (art. L441-10 et D441-5 du Code de commerce).",
    sign: "Bon pour accord — date, signature et mention « Devis reçu avant l'exécution des travaux » :",
  },
  en: {
    c: ": ",
    quote: "Quote no.",
    date: "Quote date",
    valid: "Valid until",
    days: "days",
    issuer: "Issuer",
    client: "Client",
    object: "Subject",
    start: "Mission start",
    end: "Final report",
    experts: "Experts",
    detail: "Detail",
    head: ["Item", "Quantity", "Unit", "Unit price excl. VAT", "Amount excl. VAT"],
    ht: "Total excl. VAT",
    vat: "VAT",
    ttc: "Total incl. VAT",
    franchise: "VAT not applicable, art. 293 B of the French tax code (CGI)",
    mobilised: (b: string, e: string) => `${e} expert-days mobilised for ${b} days billed.`,
    schedule: "Payment schedule",
    payHead: ["Instalment", "Share", "Amount incl. VAT", "Invoice planned", "Payment due"],
    terms: "Payment terms",
    term: (n: number) =>
      `Payment by bank transfer within ${n} days of the invoice date. No discount for early payment.`,
    late: "Late payment: penalties at the interest rate of the European Central Bank's most recent refinancing operation plus 10 percentage points, and a fixed recovery indemnity of €40 (art. L441-10 and D441-5 of the French commercial code).",
    sign: 'Approved — date, signature and the words "Quote received before the work starts":',
  },
};

function num(n: number, lang: Lang): string {
  return lang === "fr" ? String(n).replace(".", ",") : String(n);
}

function day(iso: string, lang: Lang): string {
  return lang === "fr" ? iso.split("-").reverse().join("/") : iso;
}

function party(p: Party): string[] {
  return [
    p.name,
    ...(p.address ?? []),
    ...(p.siret ? [`SIRET ${p.siret}`] : []),
    ...(p.email ? [p.email] : []),
  ].map((s, i) => (i === 0 ? `**${s}**` : s));
}

function blocks(mission: Mission, o: QuoteOptions, lang: Lang): Block[] {
  const t = T[lang];
  const e = estimate(mission);
  const opts = o.avoid ? { avoid: o.avoid } : {};
  const pay = payments(mission, opts);
  const money = (c: number) => formatMoney(c, lang);
  const issued = dayNumber(o.date, "date");
  const report = isoDate(layout(mission, opts).report.day);
  const vatLine =
    mission.vat.mode === "rate"
      ? [`${t.vat} ${formatPercent(mission.vat.rate, lang)}`, money(e.vat)]
      : [`${t.vat} (${t.franchise})`, money(0)];
  return [
    { h: `${t.quote} ${o.number}` },
    {
      p: [
        `${t.date}${t.c}${day(o.date, lang)}`,
        `${t.valid}${t.c}${day(isoDate(issued + o.validityDays), lang)} (${o.validityDays} ${t.days})`,
      ],
    },
    { p: [`${t.issuer}${t.c.trimEnd()}`, ...party(o.issuer)] },
    { p: [`${t.client}${t.c.trimEnd()}`, ...party(o.client)] },
    {
      p: [
        `${t.object}${t.c}${mission.title[lang]}`,
        `${t.start}${t.c}${day(mission.start, lang)}`,
        `${t.end}${t.c}${day(report, lang)}`,
        `${t.experts}${t.c}${mission.experts.map((x) => x.name).join(", ")}`,
      ],
    },
    { h: t.detail },
    {
      table: [
        t.head,
        ...e.lines.map((l) => [
          l.label[lang],
          num(l.quantity, lang),
          l.unit[lang],
          money(l.unitPrice),
          money(l.amount),
        ]),
        [`**${t.ht}**`, "", "", "", `**${money(e.totalHT)}**`],
        [vatLine[0] ?? "", "", "", "", vatLine[1] ?? ""],
        [`**${t.ttc}**`, "", "", "", `**${money(e.totalTTC)}**`],
      ],
      right: [1, 3, 4],
    },
    { p: [t.mobilised(num(e.billedDays, lang), num(e.expertDays, lang))] },
    { h: t.schedule },
    {
      table: [
        t.payHead,
        ...pay.map((p) => [
          `${p.index}. ${p.label[lang]}`,
          formatPercent(p.percent, lang),
          money(p.amount),
          day(p.invoiceDate, lang),
          day(p.dueDate, lang),
        ]),
      ],
      right: [1, 2],
    },
    { h: t.terms },
    {
      p: [
        t.term(mission.paymentTermDays ?? 30),
        t.late,
        ...(mission.vat.mode === "franchise" ? [t.franchise] : []),
      ],
    },
    { p: [t.sign] },
  ];
}

const cell = (s: string) => s.replace(/\|/g, "\\|");

function markdown(bs: Block[]): string {
  return bs
    .map((b, i) => {
      if ("h" in b) return `${i === 0 ? "#" : "##"} ${b.h}`;
      if ("p" in b) return b.p.join("  \n");
      const [head = [], ...rows] = b.table;
      const sep = head.map((_, c) => (b.right.includes(c) ? "---:" : "---"));
      return [head, sep, ...rows].map((r) => `| ${r.map(cell).join(" | ")} |`).join("\n");
    })
    .join("\n\n")
    .concat("\n");
}

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot" }[c]};`);
const inline = (s: string) => esc(s).replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>");

function html(bs: Block[], lang: Lang, title: string): string {
  const body = bs
    .map((b, i) => {
      if ("h" in b) return i === 0 ? `<h1>${inline(b.h)}</h1>` : `<h2>${inline(b.h)}</h2>`;
      if ("p" in b) return `<p>${b.p.map(inline).join("<br>")}</p>`;
      const [head = [], ...rows] = b.table;
      const td = (tag: string, r: string[]) =>
        `<tr>${r.map((s, c) => `<${tag}${b.right.includes(c) ? ' class="n"' : ""}>${inline(s)}</${tag}>`).join("")}</tr>`;
      return `<table><thead>${td("th", head)}</thead><tbody>${rows.map((r) => td("td", r)).join("")}</tbody></table>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>@page{size:A4;margin:18mm}body{font:11pt/1.4 system-ui,sans-serif;color:#000;max-width:180mm;margin:auto}table{width:100%;border-collapse:collapse;margin:1em 0}th,td{border:1px solid #888;padding:4px 6px;text-align:left;vertical-align:top}.n{text-align:right;white-space:nowrap}h1{font-size:18pt}h2{font-size:13pt;margin-top:1.4em}tr{break-inside:avoid}body>p:last-child{min-height:35mm}</style>
</head><body>
${body}
</body></html>
`;
}

/**
 * A French quote (*devis*) and its English version, in Markdown and print-ready HTML (A4,
 * inline CSS, no external resource), with the mandatory mentions: number, date, validity,
 * issuer and client, detailed lines (quantity, unit, unit price, amount), HT / VAT / TTC,
 * the VAT franchise mention when relevant, the payment schedule and terms, late-payment
 * penalties and the 40 € recovery indemnity, and a signature block. Amounts read `8 000,00 €`
 * (U+202F spaces) in French, `€8,000.00` in English.
 *
 * @param mission - the mission (validated)
 * @param options - number, date, issuer, client, validityDays; optional `avoid`
 * @returns `{ markdown: { fr, en }, html: { fr, en } }`
 * @example
 * ```ts
 * const q = quote(proposalMission("2027-01-04"), {
 *   number: "2026-042",
 *   date: "2026-12-01",
 *   issuer: { name: "Outils-Réseaux", siret: "123 456 789 00012" },
 *   client: { name: "Collectif des associations" },
 *   validityDays: 30,
 * });
 * q.markdown.fr; // "# Devis n° 2026-042\n…"
 * ```
 */
export function quote(mission: Mission, options: QuoteOptions): Quote {
  const v = options.validityDays;
  if (!Number.isSafeInteger(v) || v < 1) {
    throw new DlaBudgetError(
      "invalid-number",
      "validityDays",
      `${show(v)} — use a whole number of days ≥ 1`,
    );
  }
  for (const k of ["number", "issuer", "client"] as const) {
    const val = options[k];
    if (!(typeof val === "string" ? val : val?.name)) {
      throw new DlaBudgetError("invalid-field", k, "missing — a quote must name it");
    }
  }
  const fr = blocks(mission, options, "fr");
  const en = blocks(mission, options, "en");
  return {
    markdown: { fr: markdown(fr), en: markdown(en) },
    html: {
      fr: html(fr, "fr", `${T.fr.quote} ${options.number}`),
      en: html(en, "en", `${T.en.quote} ${options.number}`),
    },
  };
}
