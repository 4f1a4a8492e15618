import type { Library } from "../library.ts";
import type { Clip } from "../schema.ts";
import { type ClipExportOptions, exportContext, type Lang } from "./export-context.ts";

/** Options of {@link exportStateOfTheArt}. */
export interface StateOfTheArtOptions extends ClipExportOptions {
  /** Title of the document (default "État de l'art" / "State of the art"). */
  title?: string;
  /** Date printed under the title (`YYYY-MM-DD`; default today). */
  date?: string;
}

const LABELS: Record<Lang, Record<string, string>> = {
  fr: {
    title: "État de l'art",
    theme: "Thème",
    story: "Histoire",
    noTheme: "Sans thème",
    noStory: "Sans histoire",
    by: "clippé par",
    resources: "ressources",
    made: "Établi le",
  },
  en: {
    title: "State of the art",
    theme: "Theme",
    story: "Story",
    noTheme: "No theme",
    noStory: "No story",
    by: "clipped by",
    resources: "resources",
    made: "Made on",
  },
};

/** Escapes text so Markdown shows it as written (no links, emphasis or headings). */
function md(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/([\\`*_{}[\]()#+!<>|~])/g, "\\$1");
}

const byName = (a: [string, unknown], b: [string, unknown]) => a[0].localeCompare(b[0], "fr");

/**
 * Writes an *état de l'art* in Markdown: the collective's resources grouped by theme, then by
 * user story, each with its title, link, note and who clipped it. A clip in two themes or two
 * stories appears under each.
 *
 * @param library the library
 * @param options title, date, language, private clips, filter
 * @returns the Markdown text
 * @example
 * ```ts
 * const text = await exportStateOfTheArt(library, { title: "Outils numériques du réseau" });
 * ```
 */
export async function exportStateOfTheArt(
  library: Library,
  options: StateOfTheArtOptions = {},
): Promise<string> {
  const lang = options.lang ?? "fr";
  const l = LABELS[lang];
  const ctx = await exportContext(library, options);
  const themes = new Map<string, Map<string, Clip[]>>();
  const file = (theme: string, story: string, clip: Clip) => {
    let stories = themes.get(theme);
    if (!stories) {
      stories = new Map();
      themes.set(theme, stories);
    }
    const list = stories.get(story);
    if (list) list.push(clip);
    else stories.set(story, [clip]);
  };
  for (const clip of ctx.clips) {
    const themeNames = clip.themeIds
      .map((id) => ctx.themeName(id))
      .filter((n): n is string => n !== undefined);
    const storyTitles = clip.storyIds
      .map((id) => ctx.storyTitle(id))
      .filter((n): n is string => n !== undefined);
    for (const theme of themeNames.length ? themeNames : [""]) {
      for (const story of storyTitles.length ? storyTitles : [""]) file(theme, story, clip);
    }
  }
  const lines = [
    `# ${md(options.title ?? l.title!)}`,
    "",
    `_${l.made} ${options.date ?? new Date().toISOString().slice(0, 10)} · ${ctx.clips.length} ${l.resources}_`,
    "",
  ];
  const last = <T>(entries: [string, T][]) => [
    ...entries.filter(([k]) => k !== ""),
    ...entries.filter(([k]) => k === ""),
  ];
  for (const [theme, stories] of last([...themes].sort(byName))) {
    lines.push(`## ${theme === "" ? l.noTheme : `${l.theme} : ${md(theme)}`}`, "");
    for (const [story, clips] of last([...stories].sort(byName))) {
      lines.push(`### ${story === "" ? l.noStory : `${l.story} : ${md(story)}`}`, "");
      clips.sort((a, b) => (a.title ?? a.url ?? "").localeCompare(b.title ?? b.url ?? "", "fr"));
      for (const c of clips) {
        const who =
          c.createdBy === undefined ? "" : ` — _${l.by} ${md(ctx.pioneerName(c.createdBy))}_`;
        const url = (c.url ?? "").replace(/[()\s]/g, encodeURIComponent);
        lines.push(`- [${md(c.title ?? c.url ?? "")}](${url})${who}`);
        if (c.note) lines.push(`  ${md(c.note)}`);
      }
      lines.push("");
    }
  }
  return lines.join("\n");
}
