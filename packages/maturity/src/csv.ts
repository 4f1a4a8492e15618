import { MaturityError } from "./errors.ts";
import { assertProfile, langOf, modelOf } from "./guards.ts";
import type { Answer, Answers, Lang, Level, MaturityModel, Profile } from "./types.ts";

/** Options of the CSV functions. */
export interface CsvOptions {
  /** Language of the texts; French by default. */
  readonly lang?: Lang;
  /** The model, e.g. `model` from `@pionniers/maturity/model`. */
  readonly model: MaturityModel;
  /** Field separator; `","` by default (`";"` suits spreadsheets set to French). */
  readonly separator?: "," | ";";
}

function separatorOf(options: CsvOptions): "," | ";" {
  const sep = options.separator ?? ",";
  if (sep === "," || sep === ";") return sep;
  throw new MaturityError("invalid-option", 'separator: expected "," or ";"', "separator");
}

const dontKnowWords = new Set(["?", "nsp", "dont-know", "don't know", "je ne sais pas"]);

function field(value: string | number, sep: string): string {
  const s = String(value);
  return s.includes(sep) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function rows(table: readonly (readonly (string | number)[])[], sep: string): string {
  return `${table.map((r) => r.map((v) => field(v, sep)).join(sep)).join("\r\n")}\r\n`;
}

/**
 * The questionnaire as CSV, one row per question, to fill in a spreadsheet or print: the
 * situation for each level 1–5 (blank when a question has none at that level), then empty
 * `answer` (1–5, or `?` for "don't know") and `note` columns. Read it back with
 * {@link answersFromCsv}.
 *
 * @param options - the model, language, separator.
 * @returns CSV text (RFC 4180, CRLF line ends).
 * @example
 * ```ts
 * const csv = questionnaireToCsv({ model, lang: "fr", separator: ";" });
 * ```
 */
export function questionnaireToCsv(options: CsvOptions): string {
  const m = modelOf(options);
  const lang = langOf(options);
  const sep = separatorOf(options);
  const table: (string | number)[][] = [
    [
      "question_id",
      "dimension",
      "question",
      "level_1",
      "level_2",
      "level_3",
      "level_4",
      "level_5",
      "answer",
      "note",
    ],
  ];
  for (const q of m.questions) {
    const dim = m.dimensions.find((d) => d.id === q.dimension);
    const byLevel = [1, 2, 3, 4, 5].map(
      (l) => q.options.find((o) => o.level === l)?.text[lang] ?? "",
    );
    table.push([q.id, dim?.name[lang] ?? q.dimension, q.prompt[lang], ...byLevel, "", ""]);
  }
  return rows(table, sep);
}

function parseCsv(text: string, sep: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      row.push(cur);
      cur = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cur);
      out.push(row);
      row = [];
      cur = "";
    } else cur += c;
  }
  if (cur !== "" || row.length > 0) {
    row.push(cur);
    out.push(row);
  }
  return out.filter((r) => r.some((v) => v.trim() !== ""));
}

/**
 * Reads answers back from a filled questionnaire CSV (as made by {@link questionnaireToCsv}):
 * the `question_id`, `answer` and `note` columns. An empty answer means not answered; `?`,
 * `nsp` or `dont-know` mean "don't know". Pass the result to `assess`, which checks the ids and
 * levels against the model.
 *
 * @param csv - the CSV text; the separator (`,` or `;`) is detected from the header.
 * @returns the answers.
 * @throws {MaturityError} `invalid-csv` with the line number when a column is missing or an answer is not 1–5 or `?`.
 * @example
 * ```ts
 * const answers = answersFromCsv(filledCsv);
 * const profile = assess(answers, { model, label: "Cré-Sol" });
 * ```
 */
export function answersFromCsv(csv: string): Answers {
  if (typeof csv !== "string") {
    throw new MaturityError(
      "invalid-csv",
      "line 1: expected the CSV text of a filled questionnaireToCsv()",
      "line 1",
    );
  }
  const firstLine = csv.slice(0, csv.search(/\r?\n|$/));
  const sep = firstLine.split(";").length > firstLine.split(",").length ? ";" : ",";
  const [header, ...body] = parseCsv(csv.replace(/^\uFEFF/, ""), sep);
  const col = (name: string) => header?.findIndex((h) => h.trim() === name) ?? -1;
  const idCol = col("question_id");
  const answerCol = col("answer");
  const noteCol = col("note");
  if (idCol < 0 || answerCol < 0) {
    throw new MaturityError(
      "invalid-csv",
      "line 1: the header needs the columns question_id and answer — start from questionnaireToCsv()",
      "line 1",
    );
  }
  const answers: Record<string, Answer> = {};
  body.forEach((r, i) => {
    const line = i + 2;
    const id = r[idCol]?.trim() ?? "";
    const raw = (r[answerCol] ?? "").trim().toLowerCase();
    const note = noteCol >= 0 ? (r[noteCol] ?? "").trim() : "";
    if (!id || (raw === "" && note === "")) return;
    let choice: Level | "dont-know";
    if (raw === "" || dontKnowWords.has(raw)) choice = "dont-know";
    else if (/^[1-5]$/.test(raw)) choice = Number(raw) as Level;
    else {
      throw new MaturityError(
        "invalid-csv",
        `line ${line} (${id}): answer "${raw}" is not 1 to 5 or "?" — write the level of the situation chosen`,
        `line ${line}`,
      );
    }
    answers[id] = note ? { choice, note } : { choice };
  });
  return answers;
}

/**
 * A profile as CSV, one row per dimension then one `overall` row: level, level name, score,
 * confidence (0–1), questions answered, and the evidence notes joined by ` | `.
 *
 * @param profile - a profile from `assess`.
 * @param options - the model, language, separator.
 * @returns CSV text (RFC 4180, CRLF line ends).
 * @example
 * ```ts
 * const csv = profileToCsv(profile, { model, lang: "en" });
 * ```
 */
export function profileToCsv(profile: Profile, options: CsvOptions): string {
  assertProfile(profile);
  const m = modelOf(options);
  const lang = langOf(options);
  const sep = separatorOf(options);
  const levelName = (l: Level | null) =>
    l === null ? "" : (m.levels.find((x) => x.level === l)?.name[lang] ?? "");
  const table: (string | number)[][] = [
    [
      "dimension_id",
      "dimension",
      "level",
      "level_name",
      "score",
      "confidence",
      "answered",
      "questions",
      "evidence",
    ],
  ];
  for (const d of profile.dimensions) {
    table.push([
      d.dimension,
      m.dimensions.find((x) => x.id === d.dimension)?.name[lang] ?? d.dimension,
      d.level ?? "",
      levelName(d.level),
      d.score ?? "",
      Math.round(d.confidence * 100) / 100,
      d.answered,
      d.questions,
      d.evidence.map((e) => e.note).join(" | "),
    ]);
  }
  const o = profile.overall;
  const answered = profile.dimensions.reduce((s, d) => s + d.answered, 0);
  const questions = profile.dimensions.reduce((s, d) => s + d.questions, 0);
  table.push([
    "overall",
    lang === "fr" ? "Ensemble" : "Overall",
    o.level ?? "",
    levelName(o.level),
    o.score ?? "",
    Math.round(o.confidence * 100) / 100,
    answered,
    questions,
    "",
  ]);
  return rows(table, sep);
}
