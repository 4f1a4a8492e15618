// The pioneers' toolbox inside the library page: backlog, maturity, activities, mission. Only
// the library page's bundle imports this file, so the popup never carries the catalogs.
import type { Settings } from "../../../features/settings.ts";
import type { Platform } from "../../../platform/platform.ts";
import { ActivitiesPage } from "./activities/ActivitiesPage.tsx";
import { BacklogPage } from "./backlog/BacklogPage.tsx";
import { MaturityPage } from "./maturity/MaturityPage.tsx";
import { MissionPage } from "./mission/MissionPage.tsx";
import "./toolbox.css";

/** The toolbox's routes, in the order of the navigation. */
export const TOOLBOX_ROUTES = ["backlog", "maturity", "activities", "mission"] as const;
/** A toolbox page. */
export type ToolboxRoute = (typeof TOOLBOX_ROUTES)[number];

/** Whether a hash route is a toolbox page. */
export function isToolboxRoute(route: string): route is ToolboxRoute {
  return (TOOLBOX_ROUTES as readonly string[]).includes(route);
}

/** The toolbox page of a route. */
export function Toolbox({
  route,
  platform,
  settings,
}: {
  route: ToolboxRoute;
  platform: Platform;
  settings: Settings;
}) {
  if (route === "backlog") return <BacklogPage platform={platform} />;
  if (route === "maturity") return <MaturityPage platform={platform} settings={settings} />;
  if (route === "activities") return <ActivitiesPage />;
  return <MissionPage platform={platform} />;
}
