import type { Clip } from "@pionniers/library";
import { useEffect, useState } from "preact/hooks";
import { send } from "../../messages.ts";
import type { Platform } from "../../platform/platform.ts";
import { useI18n } from "../../ui/i18n-context.ts";
import { TagEditor, type TagValues, toPatch } from "../../ui/TagEditor.tsx";

/** Edits one clip; its readable text is shown as text, never as HTML. */
export function ClipEditor({
  platform,
  id,
  onDone,
}: {
  platform: Platform;
  id: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [clip, setClip] = useState<Clip | undefined>();
  const [title, setTitle] = useState("");
  const [values, setValues] = useState<TagValues | undefined>();

  useEffect(() => {
    void send(platform, "getClip", { id }).then((c) => {
      if (!c) return;
      setClip(c);
      setTitle(c.title ?? "");
      setValues({
        storyIds: c.storyIds,
        themeIds: c.themeIds,
        tags: c.tags.join(", "),
        note: c.note ?? "",
        private: c.private === true,
      });
    });
  }, [platform, id]);

  if (!clip || !values) return <div class="edit-panel">{t("loading")}</div>;
  return (
    <form
      class="edit-panel"
      onSubmit={async (e) => {
        e.preventDefault();
        await send(platform, "updateClip", { ids: [id], patch: { ...toPatch(values), title } });
        onDone();
      }}
    >
      <label for={`title-${id}`}>{t("titleLabel")}</label>
      <input
        id={`title-${id}`}
        type="text"
        value={title}
        onInput={(e) => setTitle(e.currentTarget.value)}
      />
      <TagEditor platform={platform} value={values} onChange={setValues} idPrefix={`edit-${id}`} />
      {clip.selection && (
        <>
          <h3 style={{ marginTop: "10px" }}>{t("selectionLabel")}</h3>
          <blockquote class="readable">{clip.selection}</blockquote>
        </>
      )}
      {clip.text && (
        <details>
          <summary>{t("readableTextLabel")}</summary>
          <div class="readable">{clip.text}</div>
        </details>
      )}
      <div class="row" style={{ marginTop: "10px" }}>
        <button type="submit" class="btn">
          {t("save")}
        </button>
        <button type="button" class="btn secondary" onClick={onDone}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
