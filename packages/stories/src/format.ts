import { need } from "./errors.ts";
import { type Lang, type ParsedStory, parseStory } from "./parse.ts";
import type { StoryRecord } from "./story.ts";
import { elides } from "./text.ts";

function elide(full: string, short: string, next: string): string {
  return elides(next) ? `${short}${next}` : `${full}${next}`;
}

/**
 * Writes a story back as the canonical sentence of a language: « En tant que <rôle>, je
 * souhaite <besoin>, afin de <bénéfice>. » or "As a <role>, I want to <means>, so that
 * <ends>." Only the template words change: the parts stay as the author wrote them, so
 * `parseStory(formatStory(s))` gives back the same parts.
 *
 * @param story a parsed story, or a record whose text parsed
 * @param lang the template language; default the story's own
 * @returns one sentence ending with a full stop
 * @example
 * formatStory(parsed, "fr"); // "En tant qu'adhérente, je souhaite payer ma cotisation en ligne."
 */
export function formatStory(story: ParsedStory | StoryRecord, lang?: Lang): string {
  need(story, "story");
  // Read the text again, in its language: a record from storage may hold anything in `parsed`,
  // and a text that does not parse gets parseStory's own typed error.
  const r = parseStory(story.text, {
    lang: ("parsed" in story ? story.parsed?.lang : story.lang) as Lang,
  });
  if (!r.ok) throw r.error;
  const p = r.story;
  const l = lang ?? p.lang;
  let sentence: string;
  if (l === "fr") {
    const role = elide("En tant que ", "En tant qu'", p.role);
    const verb = p.negative ? "je ne souhaite pas " : "je souhaite ";
    const need =
      p.meansForm === "clause"
        ? elide("que ", "qu'", p.means)
        : p.meansForm === "ability"
          ? `pouvoir ${p.means}`
          : p.means;
    const why =
      p.ends === undefined
        ? ""
        : `, ${elide(p.endsForm === "clause" ? "afin que " : "afin de ", p.endsForm === "clause" ? "afin qu'" : "afin d'", p.ends)}`;
    sentence = `${role}, ${verb}${need}${why}`;
  } else {
    // "an admin", "an umbrella", but "a user", "a unit".
    const article = /^(?:[aeio]|u(?!s|ni))/i.test(p.role) ? "an" : "a";
    const verb = p.negative ? "I do not want " : "I want ";
    const lead = { direct: "", infinitive: "to ", clause: "that ", ability: "to be able to " }[
      p.meansForm
    ];
    const why =
      p.ends === undefined
        ? ""
        : `, ${p.endsForm === "infinitive" ? "in order to" : "so that"} ${p.ends}`;
    sentence = `As ${article} ${p.role}, ${verb}${lead}${p.means}${why}`;
  }
  return /[.!?…]$/.test(sentence) ? sentence : `${sentence}.`;
}
