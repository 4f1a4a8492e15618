import { type Bilingual, need, type Span, str } from "./errors.ts";
import { type Lang, type ParsedStory, parseStory } from "./parse.ts";
import type { StoryRecord } from "./story.ts";
import { contentWords, fold, sameLength } from "./text.ts";

/** The Quality User Story criteria checked (Lucassen et al., 2016). */
export type DefectKind =
  | "well-formed"
  | "atomic"
  | "minimal"
  | "full-sentence"
  | "problem-oriented"
  | "unambiguous"
  | "unique"
  | "uniform";

/** How much a defect matters: `high` blocks planning, `low` is a matter of style. */
export type Severity = "high" | "medium" | "low";

/** One quality defect of a story. */
export interface QualityDefect {
  readonly kind: DefectKind;
  readonly severity: Severity;
  /** Characters at fault in the story's text. */
  readonly span: Span;
  readonly explanation: Bilingual;
  readonly suggestion: Bilingual;
}

/** A story as `checkQuality` takes it: its text, a parsed story or a record. */
export type StoryLike = string | ParsedStory | StoryRecord;

/** Options of {@link checkQuality}. */
export interface QualityOptions {
  /** The rest of the backlog, for the `unique` and `uniform` criteria. The story itself may be in it. */
  readonly backlog?: readonly StoryLike[];
}

interface Prepared {
  readonly item: StoryLike;
  readonly id: string | undefined;
  readonly text: string;
  readonly parsed: ParsedStory | null;
  readonly folded: string;
  readonly words: Set<string>;
  readonly templateKey: string | undefined;
}

function prepare(item: StoryLike): Prepared {
  let lang: unknown;
  let text = item as string;
  let id: string | undefined;
  if (typeof item !== "string") {
    need(item, "story");
    ({ text, id } = item as StoryRecord);
    // Read the text again rather than trust `parsed`: a record from storage may hold anything.
    lang = "parsed" in item ? (item.parsed === null ? "none" : item.parsed?.lang) : item.lang;
  }
  const r = parseStory(text, { lang: lang as Lang });
  if (typeof text !== "string" && !r.ok) throw r.error;
  const parsed = r.ok ? r.story : null;
  return {
    item,
    id,
    text,
    parsed,
    folded: fold(text),
    words: contentWords(parsed ? `${parsed.means} ${parsed.ends ?? ""}` : text),
    templateKey: parsed ? `${parsed.lang}|${parsed.template.means}` : undefined,
  };
}

const b = (fr: string, en: string): Bilingual => ({ fr, en });

function matches(re: RegExp, text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  re.lastIndex = 0;
  const part = text.slice(from, to);
  for (let m = re.exec(part); m !== null; m = re.exec(part)) {
    spans.push({ start: from + m.index, end: from + m.index + m[0].length });
    if (m[0] === "") re.lastIndex++;
  }
  return spans;
}

const W = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const conjunction = new RegExp(`${W}(?:et|and)${E}(?!\\s*/)|\\s&\\s|\\s\\+\\s`, "giu");
const slash =
  /(?<!:\/?)(?<!(?<![\p{L}])(?:and|et|or|ou))\s?\/\s?(?!(?:or|ou|and|et)(?![\p{L}]))(?!\/)/giu;
const brackets = /[([](?!(?:e|s|es|x|ne|le|se)[)\]])[^)\]]*[)\]]/giu;
const vague = new RegExp(
  `${W}(?:etc|and so on|simples?|simplement|faciles?|facilement|rapides?|rapidement|intuiti(?:f|ve)s?|conviviale?s?|ergonomiques?|efficaces?|efficacement|optimale?s?|au mieux|le plus possible|user[- ]friendly|easy|easily|simply|fast|quick|quickly|intuitive|efficient|efficiently|optimal|better|appropriate|appropriately|as needed|si besoin)${E}|\\.\\.\\.|…`,
  "giu",
);
const solution = new RegExp(
  `${W}(?:boutons?|menus? d[ée]roulants?|listes? d[ée]roulantes?|cases? à cocher|pop-?ups?|onglets?|base de donn[ée]es|en utilisant|buttons?|drop-?downs?|check-?box(?:es)?|database|using|api|sql|json|excel)${E}`,
  "giu",
);
const repeated = /(?<![\p{L}\p{N}])(\p{L}+)\s+\1(?![\p{L}\p{N}])/giu;
const abbreviations = /(?:e\.g|i\.e|etc|cf|ex|p\.ex|vs|mr|mrs|dr|m|mme|no|n°)$/i;

// A second sentence, or a list: a colon before a line break, or a bullet or a number opening a
// line or following a colon. Read in the text itself, where line breaks are still there.
function extraSentences(text: string, end: number): Span[] {
  const spans: Span[] = [];
  const re = /[.!?;]\s+(?=\S)|:[^\S\n]*\n|(?:\n|:\s)\s*(?:[-*•–]|\d+[.)])\s/g;
  for (let m = re.exec(text); m !== null && m.index < end; m = re.exec(text)) {
    const before = text.slice(0, m.index);
    const word = /[\p{L}.°]+$/u.exec(before)?.[0] ?? "";
    if (m[0].startsWith(".") && abbreviations.test(word)) continue;
    spans.push({ start: m.index, end: text.length });
    break;
  }
  return spans;
}

function defect(
  kind: DefectKind,
  severity: Severity,
  span: Span,
  explanation: Bilingual,
  suggestion: Bilingual,
): QualityDefect {
  return { kind, severity, span, explanation, suggestion };
}

function checkOne(
  p: Prepared,
  others: readonly Prepared[],
  templateMode: string | undefined,
): QualityDefect[] {
  const out: QualityDefect[] = [];
  const norm = sameLength(p.text);
  const whole = { start: 0, end: p.text.length };
  const s = p.parsed;
  if (!s) {
    const r = parseStory(p.text);
    const span = r.ok ? whole : (r.error.span ?? whole);
    out.push(
      defect(
        "well-formed",
        "high",
        span,
        r.ok ? b("autre langue", "other language") : r.error.localized,
        b(
          "écrivez « En tant que <rôle>, je souhaite <besoin> afin de <bénéfice> »",
          'write "As a <role>, I want <means> so that <ends>"',
        ),
      ),
    );
  } else {
    const m = s.spans.means;
    for (const span of matches(conjunction, norm, m.start, m.end)) {
      out.push(
        defect(
          "atomic",
          "medium",
          span,
          b(
            `« ${p.text.slice(span.start, span.end).trim()} » joint peut-être deux besoins`,
            `"${p.text.slice(span.start, span.end).trim()}" may join two needs`,
          ),
          b("un récit par besoin", "one story per need"),
        ),
      );
    }
    for (const span of matches(slash, norm, m.start, m.end)) {
      out.push(
        defect(
          "atomic",
          "low",
          span,
          b(
            "« / » réunit peut-être deux besoins ou deux objets",
            '"/" may join two needs or two objects',
          ),
          b("un récit par besoin", "one story per need"),
        ),
      );
    }
    for (const span of matches(solution, norm, m.start, m.end)) {
      out.push(
        defect(
          "problem-oriented",
          "low",
          span,
          b(
            `« ${p.text.slice(span.start, span.end)} » décrit une solution, pas un besoin`,
            `"${p.text.slice(span.start, span.end)}" describes a solution, not a need`,
          ),
          b("dites le besoin, pas l'outil", "state the need, not the tool"),
        ),
      );
    }
    const meansWords = s.means.trim().split(/\s+/).length;
    if (meansWords < 2) {
      out.push(
        defect(
          "full-sentence",
          "low",
          m,
          b("le besoin tient en un mot", "the means is a single word"),
          b("un verbe et son objet", "a verb and its object"),
        ),
      );
    }
    if (templateMode !== undefined && p.templateKey !== templateMode) {
      const usual = templateMode.split("|")[1];
      out.push(
        defect(
          "uniform",
          "low",
          { start: 0, end: m.start },
          b(
            `modèle « ${s.template.means} » au lieu de « ${usual} », habituel dans ce backlog`,
            `template "${s.template.means}" instead of the backlog's usual "${usual}"`,
          ),
          b(
            `écrivez « ${usual} » comme les autres récits`,
            `write "${usual}" like the other stories`,
          ),
        ),
      );
    }
  }
  for (const span of matches(repeated, norm, 0, norm.length)) {
    out.push(
      defect(
        "full-sentence",
        "low",
        span,
        b("mot répété", "repeated word"),
        b("supprimez la répétition", "remove the repetition"),
      ),
    );
  }
  for (const span of matches(brackets, norm, 0, norm.length)) {
    out.push(
      defect(
        "minimal",
        "medium",
        span,
        b("précision entre parenthèses", "remark in brackets"),
        b(
          "mettez les détails dans les critères d'acceptation",
          "move details to acceptance criteria",
        ),
      ),
    );
  }
  for (const span of extraSentences(p.text, (s?.spans.ends ?? s?.spans.means ?? whole).end)) {
    out.push(
      defect(
        "minimal",
        "medium",
        span,
        b("plus d'une phrase ou une liste", "more than one sentence, or a list"),
        b(
          "mettez les détails dans les critères d'acceptation",
          "move details to acceptance criteria",
        ),
      ),
    );
  }
  for (const span of matches(vague, norm, 0, norm.length)) {
    const word = p.text.slice(span.start, span.end);
    out.push(
      defect(
        "unambiguous",
        "medium",
        span,
        b(
          `« ${word} » est vague : ni vérifiable ni estimable`,
          `"${word}" is vague: neither testable nor estimable`,
        ),
        b("dites combien, en combien de temps, pour qui", "say how much, how fast, for whom"),
      ),
    );
  }
  for (const o of others) {
    if (o.folded === p.folded) {
      out.push(
        defect(
          "unique",
          "high",
          whole,
          b(
            `doublon de ${o.id ? `« ${str(o.id)} »` : "un autre récit"}`,
            `duplicate of ${o.id ? `"${str(o.id)}"` : "another story"}`,
          ),
          b("gardez-en un seul", "keep only one"),
        ),
      );
    } else if (similar(p.words, o.words)) {
      out.push(
        defect(
          "unique",
          "medium",
          s?.spans.means ?? whole,
          b(
            `presque identique à ${o.id ? `« ${str(o.id)} »` : `« ${o.text} »`}`,
            `nearly the same as ${o.id ? `"${str(o.id)}"` : `"${o.text}"`}`,
          ),
          b("fusionnez-les ou distinguez-les", "merge them or tell them apart"),
        ),
      );
    }
  }
  return out;
}

function similar(a: Set<string>, bWords: Set<string>): boolean {
  if (a.size < 3 || bWords.size < 3) return false;
  let common = 0;
  for (const w of a) if (bWords.has(w)) common++;
  return common / (a.size + bWords.size - common) >= 0.75;
}

function modeOf(items: readonly Prepared[]): string | undefined {
  const counts = new Map<string, number>();
  let parsed = 0;
  for (const it of items) {
    if (it.templateKey === undefined) continue;
    parsed++;
    counts.set(it.templateKey, (counts.get(it.templateKey) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [k, c] of [...counts].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    if (c > bestCount) [best, bestCount] = [k, c];
  }
  return parsed >= 3 && bestCount / parsed >= 0.6 ? best : undefined;
}

function isSelf(p: Prepared, o: Prepared): boolean {
  return o.item === p.item || (p.id !== undefined && o.id === p.id);
}

/**
 * Checks one story against the Quality User Story framework (Lucassen et al., 2016):
 * well-formed, atomic, minimal, full sentence, problem-oriented, unambiguous, and — across
 * the `backlog` — unique and uniform. Each defect has a kind, a severity, the span at
 * fault, and an explanation and a suggestion in French and English. The checks are
 * heuristics: they point at what to reread, they do not judge.
 *
 * @param story its text, a parsed story or a record
 * @param options `backlog`: the other stories (the story itself is skipped once if present)
 * @returns the defects, in the order above; empty for a good story
 * @example
 * checkQuality("En tant que bénévole, je veux un outil simple et rapide etc.")
 *   .map((d) => d.kind); // ["atomic", "unambiguous", "unambiguous", "unambiguous"]
 */
export function checkQuality(story: StoryLike, options: QualityOptions = {}): QualityDefect[] {
  const p = prepare(story);
  const list = options?.backlog ?? [];
  need(list, "backlog", 1);
  const backlog = list.map(prepare);
  const selfAt = backlog.findIndex((o) => isSelf(p, o));
  const others = selfAt < 0 ? backlog : backlog.filter((_, i) => i !== selfAt);
  return checkOne(p, others, modeOf(others));
}

/**
 * Checks every story of a backlog against the others in one pass (parsing each once):
 * the same defects as {@link checkQuality}, keyed by position.
 *
 * @param backlog the stories
 * @returns one defect list per story, in backlog order
 * @example
 * checkBacklog(records).forEach((defects, i) => console.log(records[i].id, defects.length));
 */
export function checkBacklog(backlog: readonly StoryLike[]): QualityDefect[][] {
  need(backlog, "backlog", 1);
  const all = backlog.map(prepare);
  return all.map((p, i) => {
    const others = all.filter((_, j) => j !== i);
    return checkOne(p, others, modeOf(others));
  });
}
