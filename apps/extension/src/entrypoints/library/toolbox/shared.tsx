// What the four toolbox pages share: reading and writing documents through the background,
// saving a file, showing an error in the pioneer's language, a labelled choice, a print frame.
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import {
  ExtensionError,
  send,
  type ToolboxCollection,
  type ToolboxDoc,
} from "../../../messages.ts";
import type { Platform } from "../../../platform/platform.ts";

/** A text in both languages, as every library returns them. */
export type Bi = { fr: string; en: string };

/** Saves text as a file through a download link (no `downloads` permission needed). */
export function download(filename: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The pioneer's language part of a library error (`localized`), else its message. */
export function errorText(e: unknown, lang: "fr" | "en"): string {
  const err = e as { localized?: Bi; message?: string };
  if (err?.localized?.[lang]) return err.localized[lang];
  if (e instanceof ExtensionError) return e.message.replace(/^\[[a-z-]+\]\s*/, "");
  return String(err?.message ?? e).replace(/^\[[a-z-]+\]\s*/, "");
}

/**
 * The live documents of a collection, reloaded on demand, and a writer that reloads after.
 *
 * @param platform the browser
 * @param collection `stories`, `chantiers` or `assessments`
 */
export function useDocs(platform: Platform, collection: ToolboxCollection) {
  const [docs, setDocs] = useState<ToolboxDoc[] | undefined>();
  const reload = useCallback(async () => {
    setDocs(await send(platform, "toolboxList", { collection }));
  }, [platform, collection]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const put = useCallback(
    async (list: ToolboxDoc[], where: ToolboxCollection = collection) => {
      if (list.length) await send(platform, "toolboxPut", { collection: where, docs: list });
    },
    [platform, collection],
  );
  return { docs, reload, put };
}

/** Today, `YYYY-MM-DD`, in the pioneer's time zone. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** A number as the pioneer writes it (`1,5` in French). */
export function num(n: number, lang: "fr" | "en", digits = 1): string {
  return n.toLocaleString(lang === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: digits });
}

/**
 * A print-ready page (our own library's escaped HTML) shown in a frame that runs no script,
 * with a button that prints it.
 */
export function PrintFrame({
  html,
  title,
  printLabel,
  testId,
}: {
  html: string;
  title: string;
  printLabel: string;
  testId: string;
}) {
  const frame = useRef<HTMLIFrameElement>(null);
  return (
    <div class="tb-print">
      <button
        type="button"
        class="btn secondary"
        onClick={() => frame.current?.contentWindow?.print()}
      >
        {printLabel}
      </button>
      {/* No allow-scripts: the document cannot run code; same origin only so that the
          button above may call its print(). */}
      <iframe
        ref={frame}
        title={title}
        sandbox="allow-same-origin allow-modals"
        srcdoc={html}
        data-testid={testId}
      />
    </div>
  );
}

/**
 * A labelled `<select>` over a fixed list of values, each shown by `label`; `any` adds a first
 * option with the value `""` (no filter).
 *
 * @example
 * ```tsx
 * <ChoiceField id="phase" label={t("toolboxPhase")} value={phase} values={phases}
 *   show={(p) => labels.phases[p][lang]} any={t("toolboxAny")} onChange={setPhase} />
 * ```
 */
export function ChoiceField<V extends string>(props: {
  id: string;
  label: string;
  value: V | "";
  values: readonly V[];
  show: (value: V) => string;
  any?: string;
  onChange: (value: V | "") => void;
}) {
  return (
    <div>
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value as V | "")}
      >
        {props.any !== undefined && <option value="">{props.any}</option>}
        {props.values.map((v) => (
          <option key={v} value={v}>
            {props.show(v)}
          </option>
        ))}
      </select>
    </div>
  );
}
