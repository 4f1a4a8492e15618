// @pionniers/library/interop — bookmark HTML import/export, CSV and Markdown exports. Kept
// out of the main entry so that apps that never import or export files stay small.
export { exportCsv } from "./csv.ts";
export type { ClipExportOptions, Lang } from "./export-context.ts";
export type { StateOfTheArtOptions } from "./markdown.ts";
export { exportStateOfTheArt } from "./markdown.ts";
export type {
  Bookmark,
  BookmarkExportOptions,
  BookmarkImportReport,
  ParsedBookmarks,
} from "./netscape.ts";
export {
  exportNetscapeBookmarks,
  importNetscapeBookmarks,
  parseNetscapeBookmarks,
} from "./netscape.ts";
