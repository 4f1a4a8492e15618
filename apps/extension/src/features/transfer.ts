// Import and export through @pionniers/library: bundles (the library's own exchange file),
// Netscape bookmark HTML (any browser or clipper), CSV and the Markdown "état de l'art".
import type { Library } from "@pionniers/library";
import type { ExportFormat, ImportFormat } from "../messages.ts";
import type { ClipCache } from "./clip-cache.ts";

/** What an import did. */
export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
}

/** Import and export of a library. */
export interface LibraryTransfer {
  exportLibrary(
    library: Library,
    cache: ClipCache,
    format: ExportFormat,
    ids?: string[],
  ): Promise<{ filename: string; mime: string; text: string }>;
  importLibrary(library: Library, format: ImportFormat, text: string): Promise<ImportReport>;
}

/** The transfer functions. */
export function createTransfer(): LibraryTransfer {
  return {
    async exportLibrary() {
      throw Object.assign(new Error("[extension] export is not available yet"), {
        code: "pending",
      });
    },
    async importLibrary() {
      throw Object.assign(new Error("[extension] import is not available yet"), {
        code: "pending",
      });
    },
  };
}
