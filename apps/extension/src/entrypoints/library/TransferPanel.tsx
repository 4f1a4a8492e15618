import { useState } from "preact/hooks";
import { type ExportFormat, ExtensionError, type ImportFormat, send } from "../../messages.ts";
import type { Platform } from "../../platform/platform.ts";
import { useI18n } from "../../ui/i18n-context.ts";

/** Saves text as a file through a download link (no `downloads` permission needed). */
function download(filename: string, mime: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A Netscape bookmark file says so in its first line; anything else is read as a bundle. */
export function detectFormat(text: string): ImportFormat {
  return /^\s*<!DOCTYPE NETSCAPE-Bookmark-file-1>/i.test(text) || /^\s*<(html|dl|meta)/i.test(text)
    ? "netscape"
    : "bundle";
}

export function TransferPanel({ platform }: { platform: Platform }) {
  const { t } = useI18n();
  const [report, setReport] = useState<{ kind: "ok" | "error"; text: string } | undefined>();

  const exportAs = async (format: ExportFormat) => {
    try {
      const file = await send(platform, "exportLibrary", { format });
      download(file.filename, file.mime, file.text);
      setReport({ kind: "ok", text: t("exportDone", file.filename) });
    } catch (e) {
      setReport({ kind: "error", text: e instanceof ExtensionError ? e.message : String(e) });
    }
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const text = await file.text();
      const r = await send(platform, "importLibrary", { format: detectFormat(text), text });
      setReport({ kind: "ok", text: t("importDone", r.added, r.updated, r.unchanged) });
    } catch (e) {
      setReport({
        kind: "error",
        text: `${t("importFailed")} ${e instanceof ExtensionError ? e.message : ""}`,
      });
    }
  };

  const formats: [ExportFormat, string, string][] = [
    ["bundle", t("exportBundle"), t("exportBundleHint")],
    ["netscape", t("exportNetscape"), t("exportNetscapeHint")],
    ["csv", t("exportCsv"), t("exportCsvHint")],
    ["markdown", t("exportMarkdown"), t("exportMarkdownHint")],
  ];
  return (
    <section class="panel" aria-labelledby="transfer-title">
      <h1 id="transfer-title">{t("navTransfer")}</h1>
      <h2>{t("exportTitle")}</h2>
      <ul class="plain">
        {formats.map(([format, label, hint]) => (
          <li key={format} style={{ marginBottom: "8px" }}>
            <button
              type="button"
              class="btn secondary"
              data-format={format}
              onClick={() => void exportAs(format)}
            >
              {label}
            </button>{" "}
            <span class="hint">{hint}</span>
          </li>
        ))}
      </ul>
      <h2 style={{ marginTop: "20px" }}>{t("importTitle")}</h2>
      <p class="hint">{t("importHint")}</p>
      <label for="import-file">{t("importFileLabel")}</label>
      <input
        id="import-file"
        type="file"
        accept=".json,.html,.htm,application/json,text/html"
        onChange={(e) => void importFile(e.currentTarget.files?.[0])}
      />
      {report && (
        <p class={`notice ${report.kind}`} role="status" data-testid="transfer-report">
          {report.text}
        </p>
      )}
    </section>
  );
}
