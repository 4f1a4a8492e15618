import { useState } from "preact/hooks";
import type { LanguageChoice, Settings } from "../../features/settings.ts";
import { useI18n } from "../../ui/i18n-context.ts";

export function SettingsPanel({
  settings,
  onSave,
}: {
  settings: Settings;
  onSave: (p: Partial<Settings>) => Promise<Settings>;
}) {
  const { t } = useI18n();
  const [name, setName] = useState(settings.pioneerName);
  const [association, setAssociation] = useState(settings.association);
  const [language, setLanguage] = useState<LanguageChoice>(settings.language);
  const [saved, setSaved] = useState(false);
  return (
    <section class="panel" aria-labelledby="settings-title">
      <h1 id="settings-title">{t("navSettings")}</h1>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          await onSave({ pioneerName: name, association, language });
          setSaved(true);
        }}
      >
        <label for="settings-name">{t("pioneerNameLabel")}</label>
        <input
          id="settings-name"
          type="text"
          value={name}
          onInput={(e) => {
            setName(e.currentTarget.value);
            setSaved(false);
          }}
        />
        <label for="settings-association">{t("associationLabel")}</label>
        <input
          id="settings-association"
          type="text"
          value={association}
          onInput={(e) => {
            setAssociation(e.currentTarget.value);
            setSaved(false);
          }}
        />
        <label for="settings-language">{t("languageLabel")}</label>
        <select
          id="settings-language"
          value={language}
          onChange={(e) => setLanguage(e.currentTarget.value as LanguageChoice)}
        >
          <option value="auto">{t("languageAuto")}</option>
          <option value="fr">Français</option>
          <option value="en">English</option>
        </select>
        <p style={{ marginTop: "12px" }} class="row">
          <button type="submit" class="btn">
            {t("save")}
          </button>
          {saved && <span role="status">{t("settingsSaved")}</span>}
        </p>
      </form>
    </section>
  );
}
