import { fail, isStoriesError, need, StoriesError, str } from "./errors.ts";
import {
  checkFigures,
  createStory,
  type Moscow,
  type StoryRecord,
  type StoryStatus,
} from "./story.ts";
import { fold } from "./text.ts";

type Column =
  | "id"
  | "text"
  | "cost"
  | "impact"
  | "reach"
  | "confidence"
  | "moscow"
  | "themes"
  | "status"
  | "chantier";

const columns: readonly Column[] = [
  "id",
  "text",
  "cost",
  "impact",
  "reach",
  "confidence",
  "moscow",
  "themes",
  "status",
  "chantier",
];

const headers: Record<"fr" | "en", Record<Column, string>> = {
  fr: {
    id: "id",
    text: "récit",
    cost: "coût (jours)",
    impact: "impact",
    reach: "portée",
    confidence: "confiance",
    moscow: "moscow",
    themes: "thèmes",
    status: "statut",
    chantier: "chantier",
  },
  en: {
    id: "id",
    text: "story",
    cost: "cost (days)",
    impact: "impact",
    reach: "reach",
    confidence: "confidence",
    moscow: "moscow",
    themes: "themes",
    status: "status",
    chantier: "chantier",
  },
};

const aliases: Record<string, Column> = {};
for (const [col, names] of Object.entries({
  id: "id|identifiant|ref|reference",
  text: "recit|texte|text|story|user story|recit utilisateur|histoire utilisateur",
  cost: "cout jours|cout|cost days|cost|effort|jours|days",
  impact: "impact",
  reach: "portee|reach|associations",
  confidence: "confiance|confidence",
  moscow: "moscow|priorite|priority",
  themes: "themes|theme|tags|etiquettes",
  status: "statut|status|etat|state",
  chantier: "chantier|chantier id|sprint",
})) {
  for (const n of names.split("|")) aliases[n] = col as Column;
}

const moscowAliases: Record<string, Moscow> = {};
const statusAliases: Record<string, StoryStatus> = {};
for (const [v, names] of Object.entries({
  must: "must|m|must have|doit|indispensable",
  should: "should|s|should have|devrait|important",
  could: "could|c|could have|pourrait|souhaitable",
  wont: "wont|won t|w|won t have|ne fera pas|pas cette fois",
}))
  for (const n of names.split("|")) moscowAliases[n] = v as Moscow;
for (const [v, names] of Object.entries({
  backlog: "backlog|a faire|todo|to do",
  planned: "planned|planifie|planifiee|prevu|prevue",
  doing: "doing|en cours|in progress",
  done: "done|fait|faite|termine|terminee|fini|finie",
  dropped: "dropped|abandonne|abandonnee",
}))
  for (const n of names.split("|")) statusAliases[n] = v as StoryStatus;

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /** Header language; default `"fr"`. The dialect is French Excel's either way. */
  readonly headers?: "fr" | "en";
}

const number = (n: number | undefined) => (n === undefined ? "" : str(n).replace(".", ","));

function cell(value: string): string {
  // A leading = + - @ would run as a formula in a spreadsheet: a quote keeps it text.
  const safe = /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Writes a backlog as CSV in the French Excel dialect — UTF-8 byte order mark, `;`
 * separators, decimal commas, CRLF line ends — one row per story with every field, so that
 * {@link fromCsv} reads back the same records and a spreadsheet opens it as is.
 *
 * @param stories the backlog
 * @param options `headers`: `"fr"` (default) or `"en"`
 * @returns the file's text, starting with the BOM
 * @example
 * const file = toCsv(backlog); // "\uFEFFid;récit;coût (jours);impact;…"
 */
export function toCsv(stories: readonly StoryRecord[], options: CsvOptions = {}): string {
  const lang = options?.headers ?? "fr";
  if (lang !== "fr" && lang !== "en") {
    fail(
      "invalid-argument",
      `en-têtes « ${str(lang)} » inconnus — fr ou en`,
      `unknown headers "${str(lang)}" — fr or en`,
      { field: "headers" },
    );
  }
  const h = headers[lang];
  need(stories, "stories", 1);
  const rows = [columns.map((c) => h[c]).join(";")];
  for (const s of stories) {
    checkFigures(s);
    need(s.themes, "themes", 1);
    const values: Record<Column, string> = {
      id: str(s.id),
      text: str(s.text),
      cost: number(s.cost),
      impact: str(s.impact),
      reach: str(s.reach),
      confidence: number(s.confidence),
      moscow: s.moscow,
      themes: s.themes.join(", "),
      status: s.status,
      chantier: s.chantierId ?? "",
    };
    rows.push(columns.map((c) => cell(values[c])).join(";"));
  }
  return `\uFEFF${rows.join("\r\n")}\r\n`;
}

interface Row {
  readonly line: number;
  readonly cells: string[];
}

function readRows(text: string, sep: string): Row[] {
  const rows: Row[] = [];
  let cells: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"') {
        if (text.charAt(i + 1) === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
    } else if (ch === '"' && field.trim() === "") {
      quoted = true;
      quoteLine = line;
      field = "";
    } else if (ch === sep) {
      cells.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text.charAt(i + 1) === "\n") i++;
      cells.push(field);
      if (cells.some((c) => c.trim() !== "")) rows.push({ line: rowLine, cells });
      cells = [];
      field = "";
      line++;
      rowLine = line;
    } else field += ch;
  }
  if (quoted) {
    fail("csv-malformed", "guillemet ouvert jamais fermé", "quote opened and never closed", {
      line: quoteLine,
    });
  }
  cells.push(field);
  if (cells.some((c) => c.trim() !== "")) rows.push({ line: rowLine, cells });
  return rows;
}

function toNumber(raw: string): number {
  const t = raw.trim().replace(/\s/g, "").replace(",", ".");
  if (t === "") return Number.NaN;
  if (t.endsWith("%")) return Number(t.slice(0, -1)) / 100;
  return Number(t);
}

/**
 * Reads a backlog from CSV: the French Excel dialect written by {@link toCsv} (BOM, `;`,
 * decimal commas) and its common variants — `,` or tab separators, English headers
 * (`story`, `cost`, `reach`, `status` …), French MoSCoW and status words (« indispensable »,
 * « en cours », « fait » …), confidence as `0,8` or `80 %`. Columns `id`, text, cost and
 * impact are required; the others take their defaults.
 *
 * @param text the file's content
 * @returns the records, in file order
 * @throws StoriesError `csv-missing-column`, `csv-malformed`, or a record error
 *   (`invalid-cost` …) carrying the line number
 * @example
 * const backlog = fromCsv(readFileSync("backlog.csv", "utf8"));
 */
export function fromCsv(text: string): StoryRecord[] {
  const body = str(text).replace(/^\uFEFF/, "");
  const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
  const sep = [";", "\t", ","].find((s) => firstLine.includes(s)) ?? ";";
  const [head, ...rows] = readRows(body, sep);
  if (!head) return [];
  const index = new Map<Column, number>();
  head.cells.forEach((name, i) => {
    const col = aliases[fold(name)];
    if (col && !index.has(col)) index.set(col, i);
  });
  for (const col of ["id", "text", "cost", "impact"] as const) {
    if (!index.has(col)) {
      fail(
        "csv-missing-column",
        `colonne « ${headers.fr[col]} » absente de l'en-tête`,
        `column "${headers.en[col]}" missing from the header`,
        { line: head.line, field: col },
      );
    }
  }
  const seen = new Set<string>();
  return rows.map(({ line, cells }) => {
    const get = (c: Column) => {
      const i = index.get(c);
      const v = i === undefined ? "" : (cells[i] ?? "");
      return /^'+[=+\-@\t\r]/.test(v) ? v.slice(1) : v;
    };
    const enumOf = <T extends string>(c: Column, table: Record<string, T>): T | undefined => {
      const raw = get(c).trim();
      if (raw === "") return undefined;
      return table[fold(raw)] ?? (raw as T);
    };
    try {
      const reach = get("reach").trim();
      const confidence = get("confidence").trim();
      const moscow = enumOf("moscow", moscowAliases);
      const status = enumOf("status", statusAliases);
      const chantier = get("chantier").trim();
      const story = createStory({
        id: get("id").trim(),
        text: get("text"),
        cost: toNumber(get("cost")),
        impact: toNumber(get("impact")),
        ...(reach !== "" ? { reach: toNumber(reach) } : {}),
        ...(confidence !== "" ? { confidence: toNumber(confidence) } : {}),
        ...(moscow ? { moscow } : {}),
        ...(status ? { status } : {}),
        themes: get("themes")
          .split(/[,|]/)
          .map((t) => t.trim())
          .filter((t) => t !== ""),
        ...(chantier !== "" ? { chantierId: chantier } : {}),
      });
      if (seen.has(story.id)) {
        fail(
          "duplicate-id",
          `identifiant « ${story.id} » déjà vu plus haut`,
          `id "${story.id}" already used above`,
          { storyId: story.id },
        );
      }
      seen.add(story.id);
      return story;
    } catch (e) {
      if (!isStoriesError(e)) throw e;
      throw new StoriesError(e.code, e.localized, {
        line,
        ...(e.field !== undefined ? { field: e.field } : {}),
        ...(e.storyId !== undefined ? { storyId: e.storyId } : {}),
      });
    }
  });
}
