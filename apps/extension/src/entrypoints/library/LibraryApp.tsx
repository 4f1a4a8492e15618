// The library page: clips (search, filters, edit, bulk tag, trash), a per-story view,
// export and import, settings; and the first-run welcome.
import { useEffect, useState } from "preact/hooks";
import type { Settings } from "../../features/settings.ts";
import { send } from "../../messages.ts";
import type { Platform } from "../../platform/platform.ts";
import { useI18n } from "../../ui/i18n-context.ts";
import { Clips } from "./Clips.tsx";
import { SettingsPanel } from "./SettingsPanel.tsx";
import { SyncPanel } from "./SyncPanel.tsx";
import { TransferPanel } from "./TransferPanel.tsx";
import { isToolboxRoute, Toolbox, type ToolboxRoute } from "./toolbox/index.tsx";
import { Welcome } from "./Welcome.tsx";

type Route = "clips" | "transfer" | "sync" | "settings" | "welcome" | ToolboxRoute;
const routeOf = (hash: string): Route => {
  const h = hash.replace(/^#/, "").split("?")[0] ?? "";
  if (isToolboxRoute(h)) return h;
  return h === "transfer" || h === "sync" || h === "settings" || h === "welcome" ? h : "clips";
};

export function LibraryApp({
  platform,
  initialSettings,
}: {
  platform: Platform;
  initialSettings: Settings;
}) {
  const { t } = useI18n();
  const [settings, setSettings] = useState(initialSettings);
  const [route, setRoute] = useState<Route>(
    initialSettings.welcomed ? routeOf(location.hash) : "welcome",
  );

  useEffect(() => {
    const onHash = () => setRoute(routeOf(location.hash));
    addEventListener("hashchange", onHash);
    return () => removeEventListener("hashchange", onHash);
  }, []);

  const saveSettings = async (patch: Partial<Settings>) => {
    const next = await send(platform, "saveSettings", { settings: patch });
    const languageChanged = next.language !== settings.language;
    setSettings(next);
    // The language is read once per page: reload to show the new one.
    if (languageChanged) location.reload();
    return next;
  };

  if (route === "welcome")
    return (
      <Welcome
        platform={platform}
        settings={settings}
        onDone={async (patch) => {
          await saveSettings({ ...patch, welcomed: true });
          location.hash = "#clips";
          setRoute("clips");
        }}
      />
    );

  const nav: [Route, string][] = [
    ["clips", t("navClips")],
    ["transfer", t("navTransfer")],
    ["sync", t("sync_nav")],
    ["settings", t("navSettings")],
  ];
  return (
    <div class="layout">
      <aside class="sidebar">
        <p class="brand">
          <img src="icons/icon-32.png" alt="" />
          Pionniers
        </p>
        <nav aria-label={t("navLabel")}>
          {nav.map(([r, label]) => (
            <a key={r} href={`#${r}`} aria-current={route === r ? "page" : undefined}>
              {label}
            </a>
          ))}
        </nav>
        <nav aria-label={t("toolboxNavLabel")} class="toolbox-nav">
          <p class="meta">{t("toolboxNavLabel")}</p>
          {(
            [
              ["backlog", t("toolboxNavBacklog")],
              ["maturity", t("toolboxNavMaturity")],
              ["activities", t("toolboxNavActivities")],
              ["mission", t("toolboxNavMission")],
            ] as const
          ).map(([r, label]) => (
            <a key={r} href={`#${r}`} aria-current={route === r ? "page" : undefined}>
              {label}
            </a>
          ))}
        </nav>
        <p class="meta" style={{ marginTop: "16px" }}>
          {settings.pioneerName ? t("signedAs", settings.pioneerName) : ""}
          {settings.association ? ` — ${settings.association}` : ""}
        </p>
      </aside>
      <main class="content">
        {route === "clips" && <Clips platform={platform} settings={settings} />}
        {route === "transfer" && <TransferPanel platform={platform} />}
        {route === "sync" && <SyncPanel platform={platform} settings={settings} />}
        {route === "settings" && <SettingsPanel settings={settings} onSave={saveSettings} />}
        {isToolboxRoute(route) && <Toolbox route={route} platform={platform} settings={settings} />}
      </main>
    </div>
  );
}
