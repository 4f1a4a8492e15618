// An in-memory browser for unit tests: messages reach the registered handler (through a JSON
// round trip, like the real structured clone would refuse functions), storage keeps values,
// tabs hold pages whose content script answers are given by the test.
import type { MenuClick, MenuItem, MessageSender, Platform, TabInfo } from "./platform.ts";

/** A fake tab: its info and what its content script returns for each call. */
export interface FakeTab extends TabInfo {
  scripts?: Record<string, (arg: unknown) => unknown>;
}

/** The fake, plus handles for the test to drive it. */
export interface FakePlatform extends Platform {
  tabs: Map<number, FakeTab>;
  storage: Map<string, unknown>;
  menu: MenuItem[];
  opened: string[];
  badges: { text: string; tabId?: number }[];
  activeTabId?: number;
  /** Origins granted through {@link Platform.requestOrigin}; `refuseOrigins` makes it say no. */
  origins: Set<string>;
  refuseOrigins?: boolean;
  /** Alarms set: name → period in minutes. */
  alarms: Map<string, number>;
  /** Fires an alarm, as the browser would. */
  alarm(name: string): void;
  /** Clicks a menu entry, as the pioneer would. */
  click(click: MenuClick): void;
  /** Presses a keyboard shortcut. */
  command(name: string): void;
  /** Fires `runtime.onInstalled`. */
  install(reason?: string): void;
}

/**
 * A browser in memory.
 *
 * @param options UI language (default `fr`)
 * @returns the fake platform
 * @example
 * ```ts
 * const p = createFakePlatform();
 * p.tabs.set(1, { id: 1, url: "https://exemple.org", scripts: { pionniersCapture: () => page } });
 * ```
 */
export function createFakePlatform(options: { language?: string } = {}): FakePlatform {
  let messageHandler: ((m: unknown, s: MessageSender) => Promise<unknown> | undefined) | undefined;
  const menuHandlers: ((c: MenuClick) => void)[] = [];
  const commandHandlers: ((c: string, t?: TabInfo) => void)[] = [];
  const installHandlers: ((r: string) => void)[] = [];
  const alarmHandlers: ((name: string) => void)[] = [];
  const clone = <T>(x: T): T => (x === undefined ? x : JSON.parse(JSON.stringify(x)));
  const info = (t: FakeTab | undefined): TabInfo | undefined => {
    if (!t) return undefined;
    const out: TabInfo = { id: t.id };
    if (t.url !== undefined) out.url = t.url;
    if (t.title !== undefined) out.title = t.title;
    return out;
  };
  const fake: FakePlatform = {
    tabs: new Map(),
    storage: new Map(),
    menu: [],
    opened: [],
    badges: [],
    async sendMessage(message) {
      if (!messageHandler)
        throw new Error("Could not establish connection. Receiving end does not exist.");
      return clone(
        await messageHandler(clone(message), { url: "chrome-extension://fake/popup.html" }),
      );
    },
    onMessage(handler) {
      messageHandler = handler;
    },
    getURL: (path) => `chrome-extension://fake/${path}`,
    async activeTab() {
      return fake.activeTabId === undefined ? undefined : info(fake.tabs.get(fake.activeTabId));
    },
    async getTab(tabId) {
      return info(fake.tabs.get(tabId));
    },
    async openTab(url) {
      fake.opened.push(url);
    },
    async runInTab<T>(tabId: number, _file: string, call: string, arg: unknown): Promise<T> {
      const tab = fake.tabs.get(tabId);
      const script = tab?.scripts?.[call];
      if (!script) throw new Error(`Cannot access contents of the page (tab ${tabId})`);
      return clone(script(clone(arg))) as T;
    },
    async storageGet(key) {
      return clone(fake.storage.get(key));
    },
    async storageSet(key, value) {
      fake.storage.set(key, clone(value));
    },
    async setMenu(items) {
      fake.menu = items.map((i) => ({ ...i }));
    },
    onMenuClick(handler) {
      menuHandlers.push(handler);
    },
    onCommand(handler) {
      commandHandlers.push(handler);
    },
    onInstalled(handler) {
      installHandlers.push(handler);
    },
    async setBadge(text, tabId) {
      fake.badges.push(tabId === undefined ? { text } : { text, tabId });
    },
    uiLanguage: () => options.language ?? "fr",
    getMessage: () => "",
    origins: new Set(),
    alarms: new Map(),
    async requestOrigin(origin) {
      if (fake.refuseOrigins) return false;
      fake.origins.add(origin);
      return true;
    },
    async removeOrigin(origin) {
      fake.origins.delete(origin);
    },
    async setAlarm(name, periodMinutes) {
      fake.alarms.set(name, periodMinutes);
    },
    async clearAlarm(name) {
      fake.alarms.delete(name);
    },
    onAlarm(handler) {
      alarmHandlers.push(handler);
    },
    alarm(name) {
      if (!fake.alarms.has(name)) throw new Error(`no alarm ${name}`);
      for (const h of alarmHandlers) h(name);
    },
    click(click) {
      if (!fake.menu.some((m) => m.id === click.menuItemId))
        throw new Error(`no menu entry ${click.menuItemId}`);
      for (const h of menuHandlers) h(click);
    },
    command(name) {
      const tab =
        fake.activeTabId === undefined ? undefined : info(fake.tabs.get(fake.activeTabId));
      for (const h of commandHandlers) h(name, tab);
    },
    install(reason = "install") {
      for (const h of installHandlers) h(reason);
    },
  };
  return fake;
}
