import { boot } from "../../ui/boot.tsx";
import { Popup } from "./Popup.tsx";

// `?tab=ID` lets the popup act on a given tab (opened as a page, in end-to-end tests or from
// a shortcut); otherwise the active tab of the window, which the toolbar click made readable.
const tabParam = new URLSearchParams(location.search).get("tab");
const mode =
  new URLSearchParams(location.search).get("mode") === "selection" ? "selection" : "page";
void boot("popupTitle", (platform, settings) => (
  <Popup
    platform={platform}
    settings={settings}
    tabId={tabParam ? Number(tabParam) : undefined}
    mode={mode}
  />
));
