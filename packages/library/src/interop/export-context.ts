import type { Library } from "../library.ts";
import type { Clip } from "../schema.ts";

/** Labels for the exports a pioneer reads, French first. */
export type Lang = "fr" | "en";

/** What the CSV and Markdown exports read from a library: clips and the names they refer to. */
export interface ExportContext {
  clips: Clip[];
  themeName: (id: string) => string | undefined;
  storyTitle: (id: string) => string | undefined;
  pioneerName: (id: string) => string;
}

/** Options shared by the CSV and Markdown exports. */
export interface ClipExportOptions {
  /** Language of headings and labels (default `fr`). */
  lang?: Lang;
  /** Include private clips (default false). */
  includePrivate?: boolean;
  /** Keep only these clips. */
  filter?: (clip: Clip) => boolean;
}

/**
 * Loads the live clips to export and the names of their themes, stories and pioneers.
 *
 * @param library the library
 * @param options private clips, filter
 * @returns the export context
 */
export async function exportContext(
  library: Library,
  options: ClipExportOptions,
): Promise<ExportContext> {
  const themes = new Map((await library.query("themes")).map((t) => [t.id, t.name ?? t.id]));
  const stories = new Map((await library.query("stories")).map((s) => [s.id, s.title ?? s.id]));
  const pioneers = new Map(
    (await library.query("pioneers")).map((p) => [
      p.id,
      p.association ? `${p.displayName ?? p.id} (${p.association})` : (p.displayName ?? p.id),
    ]),
  );
  const clips = (await library.query("clips")).filter(
    (c) =>
      (options.includePrivate === true || c.private !== true) &&
      (!options.filter || options.filter(c)),
  );
  return {
    clips,
    themeName: (id) => themes.get(id),
    storyTitle: (id) => stories.get(id),
    pioneerName: (id) => pioneers.get(id) ?? id,
  };
}
