// One base manifest, two browsers: Chrome gets a service worker, Firefox an event page and
// its gecko settings (see ../../shared/TOOLCHAIN.md). Least privilege: no host permission at
// install; a clip reaches the page through activeTab when the pioneer asks for it, and the
// sync hub's origin is an optional permission granted when the pioneer joins a space.

/** @param {string} version */
export function baseManifest(version) {
  return {
    manifest_version: 3,
    name: "__MSG_extName__",
    short_name: "Pionniers",
    description: "__MSG_extDescription__",
    version,
    default_locale: "fr",
    icons: {
      16: "icons/icon-16.png",
      32: "icons/icon-32.png",
      48: "icons/icon-48.png",
      128: "icons/icon-128.png",
    },
    action: {
      default_popup: "popup.html",
      default_title: "__MSG_actionTitle__",
      default_icon: { 16: "icons/icon-16.png", 32: "icons/icon-32.png" },
    },
    permissions: [
      "activeTab",
      "scripting",
      "contextMenus",
      "storage",
      "alarms",
      "unlimitedStorage",
    ],
    // The hub's origin is asked for when the pioneer joins a space (see SyncPanel.tsx), never
    // at install: only these patterns may be requested.
    optional_host_permissions: ["https://*/*", "http://localhost/*", "http://127.0.0.1/*"],
    commands: {
      _execute_action: {
        suggested_key: { default: "Alt+Shift+P" },
        description: "__MSG_commandOpenPopup__",
      },
      "clip-page": {
        suggested_key: { default: "Alt+Shift+K" },
        description: "__MSG_commandClipPage__",
      },
    },
  };
}

/** @param {string} version */
export function chromeManifest(version) {
  return {
    ...baseManifest(version),
    minimum_chrome_version: "120",
    background: { service_worker: "background.js" },
  };
}

/** @param {string} version */
export function firefoxManifest(version) {
  return {
    ...baseManifest(version),
    background: { scripts: ["background.js"] },
    browser_specific_settings: {
      gecko: {
        id: "pionniers@pionniers.org",
        strict_min_version: "140.0",
        data_collection_permissions: { required: ["none"] },
      },
      gecko_android: { strict_min_version: "140.0" },
    },
  };
}
