import { type Bilingual, type Span, StoriesError, str } from "./errors.ts";
import { sameLength, WORD_CHAR } from "./text.ts";

/** A story's language. */
export type Lang = "fr" | "en";

/**
 * How the need follows its verb: `direct` (« je souhaite un agenda », "I want an agenda"),
 * `infinitive` ("I want **to** …"), `clause` (« je souhaite **que** … »), `ability`
 * (« je peux … », « je dois pouvoir … », "I can …", "I want to be able to …").
 */
export type MeansForm = "direct" | "infinitive" | "clause" | "ability";

/** How the benefit is introduced: `infinitive` (« afin de », "in order to") or `clause` (« afin que », "so that"). */
export type EndsForm = "infinitive" | "clause";

/** The template words a story was written with, in lower case (« en tant que », « je veux », « afin de »). */
export interface StoryTemplate {
  readonly role: string;
  readonly means: string;
  readonly ends?: string;
}

/** A user story read into its parts, with the character span of each part in `text`. */
export interface ParsedStory {
  /** The text as given. */
  readonly text: string;
  readonly lang: Lang;
  /** Who needs it (« bénévole·s », "Broker user"); English articles removed. */
  readonly role: string;
  /** What is needed, without its verb (« consulter l'agenda partagé »). */
  readonly means: string;
  /** Why (« ne plus rater de permanence »), when given. */
  readonly ends?: string;
  readonly spans: { readonly role: Span; readonly means: Span; readonly ends?: Span };
  readonly template: StoryTemplate;
  readonly meansForm: MeansForm;
  readonly endsForm?: EndsForm;
  /** « je ne souhaite pas … », "I don't want …". */
  readonly negative: boolean;
}

/** Options of {@link parseStory}. */
export interface ParseOptions {
  /** `"fr"`, `"en"` or `"auto"` (default): which templates to read. */
  readonly lang?: Lang | "auto";
}

/** The result of {@link parseStory}: never throws for a bad sentence. */
export type ParseResult =
  | { readonly ok: true; readonly story: ParsedStory }
  | { readonly ok: false; readonly error: StoriesError };

interface Marker {
  readonly re: string;
  readonly form: MeansForm | EndsForm;
  readonly negative?: boolean;
  /** A weak connector only counts after a comma (« , pour … », ", so …"). */
  readonly weak?: boolean;
}

const rolePatterns: Record<Lang, RegExp> = {
  fr: /^[\s"«“'*•–-]*(?:\d+[.)]\s*)?(en\s+tant\s+qu(?:e\b|'))\s*/i,
  en: /^[\s"«“'*•–-]*(?:\d+[.)]\s*)?(as)\s+(?:(?:an?|the)\s+)?/i,
};

const meansMarkers: Record<Lang, readonly Marker[]> = {
  fr: [
    {
      re: "(?:je|nous)\\s+ne\\s+(?:veux|voulons|souhaite|souhaitons|voudrais|voudrions)\\s+pas",
      form: "direct",
      negative: true,
    },
    {
      re: "je\\s+dois\\s+pouvoir|nous\\s+devons\\s+pouvoir|je\\s+peux|nous\\s+pouvons|je\\s+pourrais",
      form: "ability",
    },
    {
      re: "j'\\s?ai\\s+besoin\\s+d(?:e\\b|')|nous\\s+avons\\s+besoin\\s+d(?:e\\b|')",
      form: "direct",
    },
    {
      re: "je\\s+(?:souhaiterai[st]?|souhaites?|veu[xt]|voudrai[st]?|d[ée]sire)|j'\\s?aimerai[st]?",
      form: "direct",
    },
    { re: "nous\\s+(?:souhaitons|souhaiterions|voulons|voudrions|aimerions)", form: "direct" },
  ],
  en: [
    {
      re: "(?:i|we)\\s+(?:do\\s+not|don't|dont)\\s+(?:want|wish|need)",
      form: "direct",
      negative: true,
    },
    {
      re: "(?:i|we)\\s+(?:want|would\\s+like|need|wish)\\s+to\\s+be\\s+able\\s+to",
      form: "ability",
    },
    {
      re: "(?:i|we)\\s+(?:can|am\\s+able\\s+to|are\\s+able\\s+to|(?:should|must|would)\\s+be\\s+able\\s+to)",
      form: "ability",
    },
    { re: "(?:i|we)\\s+(?:want|would\\s+like|'d\\s+like|would\\s+love|wish|need)", form: "direct" },
  ],
};

const endsMarkers: Record<Lang, readonly Marker[]> = {
  fr: [
    {
      re: "afin\\s+(?:que\\b|qu')|pour\\s+(?:que\\b|qu')|de\\s+(?:sorte|mani[èe]re|fa[çc]on)\\s+(?:que\\b|qu')",
      form: "clause",
    },
    { re: "afin\\s+(?:de\\b|d')|dans\\s+le\\s+but\\s+(?:de\\b|d')", form: "infinitive" },
    { re: "pour", form: "infinitive", weak: true },
  ],
  en: [
    { re: "so\\s+that|in\\s+order\\s+that", form: "clause" },
    { re: "in\\s+order\\s+to", form: "infinitive" },
    { re: "so(?=\\s+(?:i|we|you|they|he|she|it|my|our)\\b)", form: "clause" },
    { re: "so", form: "clause", weak: true },
  ],
};

function compile(markers: readonly Marker[]): RegExp {
  // One group per marker. The word start is checked by `find`: a lookbehind at every
  // position made parsing three times slower.
  return new RegExp(
    `(?:${markers.map((m) => `(${m.re})`).join("|")})(?:(?<=')|(?![${WORD_CHAR}]))`,
    "gi",
  );
}

const wordChar = new RegExp(`[${WORD_CHAR}']`);

const meansRe: Record<Lang, RegExp> = {
  fr: compile(meansMarkers.fr),
  en: compile(meansMarkers.en),
};
const endsRe: Record<Lang, RegExp> = { fr: compile(endsMarkers.fr), en: compile(endsMarkers.en) };

interface Found {
  readonly index: number;
  readonly end: number;
  readonly marker: Marker;
}

/** The first marker at a word start from `from` on that `accept` takes. */
function find(
  re: RegExp,
  markers: readonly Marker[],
  text: string,
  from: number,
  accept: (f: Found) => boolean = () => true,
): Found | undefined {
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > 0 && wordChar.test(text.charAt(m.index - 1))) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const marker = markers[group - 1];
    const found = marker && { index: m.index, end: m.index + m[0].length, marker };
    if (found && accept(found)) return found;
    re.lastIndex = m.index + 1;
  }
  return undefined;
}

function trimSpan(text: string, start: number, end: number, strip: RegExp): Span {
  let s = start;
  let e = end;
  while (s < e && /[\s,:;]/.test(text.charAt(s))) s++;
  while (e > s && strip.test(text.charAt(e - 1))) e--;
  return { start: s, end: e };
}

const innerTrail = /[\s,;:–-]/;
const finalTrail = /[\s,;:.!?…"»”'–-]/;

/** @internal */
export const emptyText: Bilingual = {
  fr: "récit vide — écrivez « En tant que … »",
  en: 'empty story — write "As a …"',
};

const noRole: Bilingual = {
  fr: "pas de rôle — commencez par « En tant que <rôle>, … »",
  en: 'no role — start with "As a <role>, …"',
};

const noMeans: Bilingual = {
  fr: "pas de besoin — ajoutez « je souhaite <besoin> » après le rôle",
  en: 'no means — add "I want <means>" after the role',
};

function err(
  code: "empty-text" | "no-role" | "no-means" | "invalid-lang",
  span: Span,
  msg: Bilingual,
): ParseResult {
  return { ok: false, error: new StoriesError(code, msg, { span }) };
}

function detectLang(norm: string): Lang | undefined {
  if (rolePatterns.fr.test(norm)) return "fr";
  if (rolePatterns.en.test(norm)) return "en";
  if (find(meansRe.fr, meansMarkers.fr, norm, 0)) return "fr";
  if (find(meansRe.en, meansMarkers.en, norm, 0)) return "en";
  return undefined;
}

/**
 * Reads a user story written after the usual template — « En tant que <rôle>, je souhaite
 * <besoin> afin de <bénéfice> » or "As a <role>, I want <means> so that <ends>" — into its
 * parts. Curly apostrophes, non-breaking spaces, line breaks, inclusive writing, missing
 * commas and trailing punctuation are accepted. It never throws: a sentence it cannot read
 * comes back as `{ ok: false, error }` with the code (`empty-text`, `no-role`, `no-means`,
 * or `invalid-lang` for an unknown `lang` option),
 * a French and English message and the span at fault.
 *
 * @param text one story
 * @param options `lang`: `"fr"`, `"en"` or `"auto"` (default)
 * @returns the parsed story or the reason it could not be read
 * @example
 * const r = parseStory("En tant que bénévole, je veux voir l’agenda afin de m’organiser.");
 * if (r.ok) r.story.means; // "voir l’agenda"
 */
export function parseStory(text: string, options: ParseOptions = {}): ParseResult {
  if (typeof text !== "string" || text.trim() === "") {
    return err("empty-text", { start: 0, end: 0 }, emptyText);
  }
  const norm = sameLength(text);
  const requested = options?.lang ?? "auto";
  const lang = requested === "auto" ? (detectLang(norm) ?? "fr") : requested;
  if (lang !== "fr" && lang !== "en") {
    return err(
      "invalid-lang",
      { start: 0, end: 0 },
      {
        fr: `langue « ${str(lang)} » inconnue — fr, en ou auto`,
        en: `unknown language "${str(lang)}" — fr, en or auto`,
      },
    );
  }
  const roleMatch = rolePatterns[lang].exec(norm);
  if (!roleMatch) {
    const upTo = find(meansRe[lang], meansMarkers[lang], norm, 0)?.index ?? 0;
    return err("no-role", { start: 0, end: upTo }, noRole);
  }
  const roleStart = roleMatch[0].length;
  const means = find(meansRe[lang], meansMarkers[lang], norm, roleStart);
  if (!means) {
    return err("no-means", { start: roleStart, end: text.length }, noMeans);
  }
  const roleSpan = trimSpan(norm, roleStart, means.index, innerTrail);
  if (roleSpan.end <= roleSpan.start) {
    return err("no-role", { start: 0, end: means.index }, noRole);
  }
  let meansForm = means.marker.form as MeansForm;
  let meansStart = means.end;
  const lead = /^\s*(?:(to)\s+|(que\b|qu')\s*)/i.exec(norm.slice(meansStart));
  if (lead && meansForm === "direct") {
    if (lang === "en" && lead[1]) meansForm = "infinitive";
    if (lang === "fr" && lead[2]) meansForm = "clause";
    if ((lang === "en" && lead[1]) || (lang === "fr" && lead[2])) meansStart += lead[0].length;
  }
  const ends = find(
    endsRe[lang],
    endsMarkers[lang],
    norm,
    meansStart,
    (f) => !f.marker.weak || /,\s*$/.test(norm.slice(meansStart, f.index)),
  );
  const meansEnd = ends ? ends.index : text.length;
  const meansSpan = trimSpan(norm, meansStart, meansEnd, ends ? innerTrail : finalTrail);
  if (meansSpan.end <= meansSpan.start) {
    return err("no-means", { start: means.index, end: meansEnd }, noMeans);
  }
  const endsSpan = ends ? trimSpan(norm, ends.end, text.length, finalTrail) : undefined;
  const hasEnds = ends !== undefined && endsSpan !== undefined && endsSpan.end > endsSpan.start;
  const low = (s: string) => s.toLowerCase().replace(/\s+/g, " ");
  const template: StoryTemplate = {
    role: low(roleMatch[1] ?? ""),
    means: low(norm.slice(means.index, means.end)),
    ...(hasEnds ? { ends: low(norm.slice(ends.index, ends.end)) } : {}),
  };
  const slice = (s: Span) => text.slice(s.start, s.end);
  return {
    ok: true,
    story: {
      text,
      lang,
      role: slice(roleSpan),
      means: slice(meansSpan),
      ...(hasEnds ? { ends: slice(endsSpan), endsForm: ends.marker.form as EndsForm } : {}),
      spans: { role: roleSpan, means: meansSpan, ...(hasEnds ? { ends: endsSpan } : {}) },
      template,
      meansForm,
      negative: means.marker.negative === true,
    },
  };
}
