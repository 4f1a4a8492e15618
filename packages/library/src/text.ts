const STOPWORDS = new Set(
  (
    "le la les un une des du de et ou en au aux ce ces cet cette il elle ils elles on nous vous je tu se sa son ses " +
    "leur leurs qui que qu dont ne pas par pour sur dans avec est sont ete etre ont plus mais " +
    "the an and or of to in on for with is are was were be been it its this that these those as at by from not but"
  ).split(" "),
);

const ASCII = /^[ -~\t\n\r]*$/;
const ASCII_TOKEN = /[a-z0-9]+/g;
const UNICODE_TOKEN = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

/**
 * Folds text for matching: lower case, accents removed (`Coopérative` → `cooperative`),
 * ligatures split (`œ` → `oe`).
 *
 * @param text any text
 * @returns the folded text
 * @example
 * ```ts
 * foldText("Œuvre COOPÉRATIVE"); // "oeuvre cooperative"
 * ```
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII.test(lower)) return lower;
  return lower
    .normalize("NFD")
    .replace(MARKS, "")
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss");
}

/**
 * The search terms of a text: folded words of 2 to 40 letters or digits, plurals folded with
 * their singular (French and English: `coopératives`, `libraries`, `boxes`), French and
 * English stop words left out (`le`, `des`, `the`…).
 *
 * @param text any text
 * @param keepStopwords keep stop words (for queries made only of them)
 * @returns the terms, in order, with repeats
 * @example
 * ```ts
 * tokenize("Les coopératives d'activité"); // ["cooperative", "activite"]
 * ```
 */
export function tokenize(text: string, keepStopwords = false): string[] {
  const folded = foldText(text);
  const words = folded.match(ASCII.test(folded) ? ASCII_TOKEN : UNICODE_TOKEN);
  if (words === null) return [];
  const out: string[] = [];
  for (const w of words) {
    if (w.length < 2 || w.length > 40) continue;
    if (!keepStopwords && STOPWORDS.has(w)) continue;
    out.push(w.length > 4 ? foldPlural(w) : w);
  }
  return out;
}

/**
 * A light plural fold, French and English alike, that brings a word and its plural to one
 * term: a final `s` goes (`cooperatives` → `cooperative`), then a final `e` after s, x, ch or
 * sh (`boxes`, `fiches`, `classes` → `box`, `fich`, `class`, and so do `fiche` and `classe`),
 * then a final `ie` or `y` becomes `i` (`libraries`, `library`, `economie` → `librari`,
 * `librari`, `economi`). Singular and plural are folded by the same rules, so French `-ies`
 * and `-ches` words keep meeting their singular.
 */
function foldPlural(word: string): string {
  let w = word;
  if (w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith("e") && /(?:s|x|ch|sh)e$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith("ie")) w = `${w.slice(0, -2)}i`;
  else if (w.length > 3 && w.endsWith("y")) w = `${w.slice(0, -1)}i`;
  return w;
}
