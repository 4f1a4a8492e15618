import { useState } from "preact/hooks";
import { EXAMPLE_THEMES } from "../../features/example-themes.ts";
import type { Settings } from "../../features/settings.ts";
import { send } from "../../messages.ts";
import type { Platform } from "../../platform/platform.ts";
import { useI18n } from "../../ui/i18n-context.ts";

interface Props {
  platform: Platform;
  settings: Settings;
  onDone: (patch: Partial<Settings>) => Promise<void>;
}

export function Welcome({ platform, settings, onDone }: Props) {
  const { t } = useI18n();
  const [name, setName] = useState(settings.pioneerName);
  const [association, setAssociation] = useState(settings.association);
  const [themes, setThemes] = useState(
    () => new Set(EXAMPLE_THEMES.filter((x) => x.checked).map((x) => x.key)),
  );
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const ids = EXAMPLE_THEMES.filter((x) => themes.has(x.key)).map((x) => x.id);
    if (ids.length) await send(platform, "addExampleThemes", { ids });
    await onDone({ pioneerName: name, association });
  };

  return (
    <main class="welcome">
      <p class="brand">
        <img src="icons/icon-32.png" alt="" />
        Pionniers
      </p>
      <h1>{t("welcomeTitle")}</h1>
      <p class="lead">{t("welcomeIntro1")}</p>
      <p class="lead">{t("welcomeIntro2")}</p>
      <form onSubmit={submit}>
        <label for="welcome-name">{t("pioneerNameLabel")}</label>
        <input
          id="welcome-name"
          type="text"
          required
          autoComplete="name"
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <label for="welcome-association">{t("associationLabel")}</label>
        <input
          id="welcome-association"
          type="text"
          autoComplete="organization"
          value={association}
          onInput={(e) => setAssociation(e.currentTarget.value)}
        />
        <fieldset>
          <legend>{t("welcomeThemes")}</legend>
          <p class="hint">{t("welcomeThemesHint")}</p>
          {EXAMPLE_THEMES.map(({ key }) => (
            <label class="check" key={key}>
              <input
                type="checkbox"
                checked={themes.has(key)}
                onChange={(e) => {
                  const next = new Set(themes);
                  if (e.currentTarget.checked) next.add(key);
                  else next.delete(key);
                  setThemes(next);
                }}
              />
              {t(key)}
            </label>
          ))}
        </fieldset>
        <p style={{ marginTop: "16px" }}>
          <button type="submit" class="btn" disabled={busy}>
            {t("welcomeStart")}
          </button>
        </p>
        <p class="hint">{t("welcomeShortcut")}</p>
      </form>
    </main>
  );
}
