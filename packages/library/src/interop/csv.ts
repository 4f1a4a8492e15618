import type { Library } from "../library.ts";
import { type ClipExportOptions, exportContext, type Lang } from "./export-context.ts";

const HEADERS: Record<Lang, string[]> = {
  fr: [
    "Titre",
    "URL",
    "Description",
    "Note",
    "Étiquettes",
    "Thèmes",
    "Histoires",
    "Clippé par",
    "Association",
    "Date",
    "Privé",
  ],
  en: [
    "Title",
    "URL",
    "Description",
    "Note",
    "Tags",
    "Themes",
    "Stories",
    "Clipped by",
    "Association",
    "Date",
    "Private",
  ],
};
const YES: Record<Lang, [string, string]> = { fr: ["oui", "non"], en: ["yes", "no"] };

/**
 * One CSV cell: quoted when it holds `;`, quotes or line breaks, and defused when it starts
 * like a spreadsheet formula (`=`, `+`, `-`, `@`), so that a clipped title cannot run in Excel.
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Exports clips as CSV that French Excel opens directly: UTF-8 with a byte-order mark, `;`
 * between cells, CRLF line ends; headings in French (or English).
 *
 * @param library the library
 * @param options language, private clips, filter
 * @returns the CSV text (BOM included)
 * @example
 * ```ts
 * download(await exportCsv(library), "ressources.csv", "text/csv;charset=utf-8");
 * ```
 */
export async function exportCsv(
  library: Library,
  options: ClipExportOptions = {},
): Promise<string> {
  const lang = options.lang ?? "fr";
  const ctx = await exportContext(library, options);
  const [yes, no] = YES[lang];
  const rows = [HEADERS[lang]];
  const clips = [...ctx.clips].sort((a, b) => ((a.createdAt ?? "") < (b.createdAt ?? "") ? -1 : 1));
  for (const c of clips) {
    rows.push([
      c.title ?? "",
      c.url ?? "",
      c.description ?? "",
      c.note ?? "",
      c.tags.join(", "),
      c.themeIds.map((id) => ctx.themeName(id) ?? id).join(", "),
      c.storyIds.map((id) => ctx.storyTitle(id) ?? id).join(", "),
      c.createdBy === undefined ? "" : ctx.pioneerName(c.createdBy).replace(/ \(.*\)$/, ""),
      c.association ?? "",
      (c.createdAt ?? "").slice(0, 10),
      c.private ? yes : no,
    ]);
  }
  return `\uFEFF${rows.map((r) => r.map(cell).join(";")).join("\r\n")}\r\n`;
}
