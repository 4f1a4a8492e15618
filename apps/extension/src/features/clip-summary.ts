// What lists and messages carry of a clip: everything but its readable text.
import type { Clip } from "@pionniers/library";
import type { ClipSummary } from "../messages.ts";

/**
 * A clip without its readable text, for lists and messages.
 *
 * @param clip a clip of the library
 * @returns the clip without `text`, and whether it has one
 * @example
 * ```ts
 * summarize(clip).hasText; // true when the page's text was kept
 * ```
 */
export function summarize(clip: Clip): ClipSummary {
  const { text, ...rest } = clip;
  return { ...rest, hasText: typeof text === "string" && text.length > 0 };
}
