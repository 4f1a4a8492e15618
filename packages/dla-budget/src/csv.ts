import type { ScheduledEvent } from "./calendar.ts";
import type { Estimate } from "./estimate.ts";
import type { Lang } from "./money.ts";
import type { Payment } from "./payments.ts";

/** Options of the CSV exports. */
export interface CSVOptions {
  /** Language of headers and labels (default `"fr"`). */
  lang?: Lang;
  /** Field separator; default `;` in French (what French spreadsheets expect), `,` in English. */
  separator?: string;
}

function write(rows: (string | number)[][], o: CSVOptions): string {
  const lang = o.lang ?? "fr";
  const sep = o.separator ?? (lang === "fr" ? ";" : ",");
  const field = (v: string | number) => {
    const s = typeof v === "number" && lang === "fr" ? String(v).replace(".", ",") : String(v);
    return /["\r\n]/.test(s) || s.includes(sep) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows
    .map((r) => r.map(field).join(sep))
    .join("\r\n")
    .concat("\r\n");
}

const euros = (cents: number) => (cents / 100).toFixed(2);
const amount = (cents: number, lang: Lang) =>
  lang === "fr" ? euros(cents).replace(".", ",") : euros(cents);

/**
 * The estimate's lines as CSV (RFC 4180 quoting, CRLF): label, quantity, unit, unit price and
 * amount in euros with two decimals, expert-days. Totals are not rows: sum the column.
 *
 * @param e - from {@link estimate}
 * @param options - language and separator
 * @returns CSV text with a header row
 * @example
 * ```ts
 * estimateToCSV(estimate(proposalMission("2027-01-04")), { lang: "en" });
 * // "id,label,quantity,unit,unit price (EUR),amount (EUR),expert-days\r\n…"
 * ```
 */
export function estimateToCSV(e: Estimate, options: CSVOptions = {}): string {
  const l = options.lang ?? "fr";
  const head =
    l === "fr"
      ? [
          "id",
          "désignation",
          "quantité",
          "unité",
          "prix unitaire HT (EUR)",
          "montant HT (EUR)",
          "jours-experts",
        ]
      : ["id", "label", "quantity", "unit", "unit price (EUR)", "amount (EUR)", "expert-days"];
  return write(
    [
      head,
      ...e.lines.map((x) => [
        x.id,
        x.label[l],
        x.quantity,
        x.unit[l],
        amount(x.unitPrice, l),
        amount(x.amount, l),
        x.expertDays,
      ]),
    ],
    options,
  );
}

/**
 * The instalments as CSV: index, label, percent, amount in euros, invoice and due dates.
 *
 * @param ps - from {@link payments}
 * @param options - language and separator
 * @returns CSV text with a header row
 * @example
 * ```ts
 * paymentsToCSV(payments(proposalMission("2027-01-04")), { lang: "en" });
 * ```
 */
export function paymentsToCSV(ps: readonly Payment[], options: CSVOptions = {}): string {
  const l = options.lang ?? "fr";
  const head =
    l === "fr"
      ? [
          "échéance",
          "libellé",
          "pourcentage",
          "montant TTC (EUR)",
          "date de facture",
          "date d'échéance",
        ]
      : ["instalment", "label", "percent", "amount (EUR)", "invoice date", "due date"];
  return write(
    [
      head,
      ...ps.map((p) => [
        p.index,
        p.label[l],
        p.percent,
        amount(p.amount, l),
        p.invoiceDate,
        p.dueDate,
      ]),
    ],
    options,
  );
}

/**
 * The calendar as CSV: id, kind, title, date, start, end, and the nominal date and reasons
 * when the event was moved.
 *
 * @param events - from {@link schedule}
 * @param options - language and separator
 * @returns CSV text with a header row
 * @example
 * ```ts
 * scheduleToCSV(schedule(proposalMission("2027-01-04")));
 * ```
 */
export function scheduleToCSV(events: readonly ScheduledEvent[], options: CSVOptions = {}): string {
  const l = options.lang ?? "fr";
  const head =
    l === "fr"
      ? ["id", "type", "intitulé", "date", "début", "fin", "date prévue", "motif du déplacement"]
      : ["id", "kind", "title", "date", "start", "end", "planned date", "why moved"];
  return write(
    [
      head,
      ...events.map((e) => [
        e.id,
        e.kind,
        e.title[l],
        e.date,
        e.start,
        e.end,
        e.moved?.from ?? "",
        e.moved?.reasons.map((r) => r[l]).join(" ; ") ?? "",
      ]),
    ],
    options,
  );
}
