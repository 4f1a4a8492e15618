// The one door to the browser. Everything else in the extension talks to this interface; only
// ./browser.ts touches `browser.*` (through webextension-polyfill), and ./fake.ts is an
// in-memory browser that behaves, for unit tests.

/** The part of a tab the extension needs. */
export interface TabInfo {
  id: number;
  url?: string;
  title?: string;
}

/** Who sent a runtime message: a tab's content script or an extension page. */
export interface MessageSender {
  tabId?: number;
  url?: string;
}

/** An entry of the page's right-click menu. */
export interface MenuItem {
  id: string;
  title: string;
  contexts: ("page" | "selection" | "link")[];
}

/** What a right-click on a menu entry tells the background. */
export interface MenuClick {
  menuItemId: string;
  tabId?: number;
  linkUrl?: string;
  selectionText?: string;
}

/** The browser, as the extension uses it. */
export interface Platform {
  /** Sends a message to the background and resolves with its answer. */
  sendMessage(message: unknown): Promise<unknown>;
  /** Receives messages (background side); the handler's promise is the answer. */
  onMessage(
    handler: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined,
  ): void;
  /** The absolute URL of a file of the extension (`library.html`). */
  getURL(path: string): string;
  /** The active tab of the current window. */
  activeTab(): Promise<TabInfo | undefined>;
  /** A tab by id. */
  getTab(tabId: number): Promise<TabInfo | undefined>;
  /** Opens a tab (the library page, the welcome). */
  openTab(url: string): Promise<void>;
  /**
   * Runs the bundled content script in a tab (needs `activeTab` or a host permission), then
   * calls the function it exposes with `arg`, and resolves with what it returns.
   */
  runInTab<T>(tabId: number, file: string, call: string, arg: unknown): Promise<T>;
  /** `storage.local`. */
  storageGet(key: string): Promise<unknown>;
  storageSet(key: string, value: unknown): Promise<void>;
  /** Rebuilds the right-click menu. */
  setMenu(items: readonly MenuItem[]): Promise<void>;
  onMenuClick(handler: (click: MenuClick) => void): void;
  /** Keyboard shortcuts declared in the manifest. */
  onCommand(handler: (command: string, tab?: TabInfo) => void): void;
  /** First install (`reason: "install"`) or update. */
  onInstalled(handler: (reason: string) => void): void;
  /** Sets the toolbar badge (a short confirmation after a clip). */
  setBadge(text: string, tabId?: number): Promise<void>;
  /** The browser's language for the pioneer (`fr`, `en-US`): see `browserLanguage` in i18n.ts. */
  uiLanguage(): string;
  /** `i18n.getMessage`: the browser's language's string, `""` when the key is unknown. */
  getMessage(key: string, subs: string[]): string;
  /**
   * Asks for an optional host permission on an origin (`https://hub.example.org`); must run in
   * a page, during the click that asked for it. Resolves whether it is granted.
   */
  requestOrigin(origin: string): Promise<boolean>;
  /** Gives an optional host permission back (leaving a hub). */
  removeOrigin(origin: string): Promise<void>;
  /** Creates (or replaces) a repeating alarm, every `periodMinutes`. */
  setAlarm(name: string, periodMinutes: number): Promise<void>;
  /** Removes an alarm. */
  clearAlarm(name: string): Promise<void>;
  /** Alarms going off (they wake a stopped service worker). */
  onAlarm(handler: (name: string) => void): void;
}
