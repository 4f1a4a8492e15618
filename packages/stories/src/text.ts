// Text helpers shared by the parser and the quality checks. Internal: not exported.

/**
 * Same-length copy of `text` where curly apostrophes become `'` and every kind of space or
 * line break becomes a plain space, so that spans found in the copy point into the original.
 */
export function sameLength(text: string): string {
  // Most stories hold none of these: testing first spares two replaces per story.
  if (!special.test(text)) return text;
  return text.replace(quotes, "'").replace(spaces, " ");
}

const quotes = /[\u2018\u2019\u02bc\u2032`´]/g;
const spaces = /[\t\n\v\f\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
const special =
  /[\u2018\u2019\u02bc\u2032`´\t\n\v\f\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** Letters of French and English (Latin script), digits: what makes a word go on. */
export const WORD_CHAR = "a-zA-Z0-9\\u00c0-\\u024f";

/**
 * Folded form for comparing stories: lower case, no accents, inclusive endings removed
 * (`bénévole·s`, `adhérent.e.s`, `adhérent(e)s` all become their base word), words only.
 */
export function fold(text: string): string {
  return sameLength(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/([a-z])[·•.](?:e|s|es|e[·•.]s)(?![a-z])/g, "$1")
    .replace(/([a-z])\((?:e|s|es)\)(?:s(?![a-z]))?/g, "$1")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const stop = new Set(
  (
    "an the to of and or for in on at by with my our we be able so that as want " +
    "le la les un une des de du et ou pour en au aux que qu je nous mon ma mes nos tant afin"
  ).split(" "),
);

/** Content words of a text, folded, for near-duplicate detection. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const w of fold(text).split(" ")) {
    if (w.length > 1 && !stop.has(w)) words.add(w.length > 4 ? w.replace(/s$/, "") : w);
  }
  return words;
}

/** Whether a French word takes an elision (`qu'`, `d'`): a vowel or a mute h. */
export function elides(word: string): boolean {
  return /^[aeiouyh]/i.test(word.normalize("NFD"));
}
