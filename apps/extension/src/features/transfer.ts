// Import and export through @pionniers/library: bundles (the library's own exchange file),
// Netscape bookmark HTML (any browser or clipper), CSV and the Markdown "état de l'art".
import {
  exportBundle,
  importBundle,
  isLibraryError,
  type Library,
  parseBundle,
} from "@pionniers/library";
import {
  exportCsv,
  exportNetscapeBookmarks,
  exportStateOfTheArt,
  importNetscapeBookmarks,
} from "@pionniers/library/interop";
import type { Lang } from "../i18n.ts";
import type { ExportFormat, ImportFormat } from "../messages.ts";

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
    format: ExportFormat,
    options: { ids?: string[] | undefined; lang: Lang },
  ): Promise<{ filename: string; mime: string; text: string }>;
  importLibrary(library: Library, format: ImportFormat, text: string): Promise<ImportReport>;
}

const fail = (code: string, message: string): never => {
  throw Object.assign(new Error(message), { code });
};

/** `pionniers-2026-11-28.json` */
const fileName = (ext: string) => `pionniers-${new Date().toISOString().slice(0, 10)}.${ext}`;

/** The transfer functions. */
export function createTransfer(): LibraryTransfer {
  return {
    async exportLibrary(library, format, { ids, lang }) {
      const only = ids ? new Set(ids) : undefined;
      const filter = only ? { filter: (c: { id: string }) => only.has(c.id) } : {};
      if (format === "bundle") {
        // Private clips stay on this computer: a bundle is made to be shared.
        const bundle = await exportBundle(
          library,
          only ? { filter: (c, d) => c !== "clips" || only.has(d.id) } : {},
        );
        return {
          filename: fileName("json"),
          mime: "application/json",
          text: JSON.stringify(bundle),
        };
      }
      if (format === "netscape")
        return {
          filename: fileName("html"),
          mime: "text/html",
          text: await exportNetscapeBookmarks(library, filter),
        };
      if (format === "csv")
        return {
          filename: fileName("csv"),
          mime: "text/csv;charset=utf-8",
          text: await exportCsv(library, { lang, ...filter }),
        };
      return {
        filename: fileName("md"),
        mime: "text/markdown;charset=utf-8",
        text: await exportStateOfTheArt(library, { lang, ...filter }),
      };
    },
    async importLibrary(library, format, text) {
      if (format === "bundle") {
        const parsed = parseBundle(text);
        if (!parsed.ok) return fail("invalid-bundle", parsed.error.message);
        const r = await importBundle(library, parsed.value);
        return { added: r.added, updated: r.updated, unchanged: r.unchanged };
      }
      try {
        const r = await importNetscapeBookmarks(library, text);
        return { added: r.clips, updated: 0, unchanged: r.duplicates };
      } catch (e) {
        return fail("invalid-bookmarks", isLibraryError(e) ? e.message : String(e));
      }
    },
  };
}
