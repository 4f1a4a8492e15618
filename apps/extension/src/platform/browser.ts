// The only file that imports webextension-polyfill: Chrome gets promises and `browser.*`,
// Firefox keeps its own.
import browser from "webextension-polyfill";
import { browserLanguage } from "../i18n.ts";
import type { MenuClick, Platform, TabInfo } from "./platform.ts";

const toTab = (t: browser.Tabs.Tab | undefined): TabInfo | undefined => {
  if (t?.id === undefined) return undefined;
  const tab: TabInfo = { id: t.id };
  if (t.url !== undefined) tab.url = t.url;
  if (t.title !== undefined) tab.title = t.title;
  return tab;
};

/**
 * The real browser.
 *
 * @returns the platform backed by `browser.*`
 * @example
 * ```ts
 * const platform = createBrowserPlatform();
 * await platform.openTab(platform.getURL("library.html"));
 * ```
 */
export function createBrowserPlatform(): Platform {
  return {
    sendMessage: (message) => browser.runtime.sendMessage(message),
    onMessage(handler) {
      browser.runtime.onMessage.addListener(
        (message: unknown, sender: browser.Runtime.MessageSender) => {
          const s: { tabId?: number; url?: string } = {};
          if (sender.tab?.id !== undefined) s.tabId = sender.tab.id;
          if (sender.url !== undefined) s.url = sender.url;
          return handler(message, s);
        },
      );
    },
    getURL: (path) => browser.runtime.getURL(path),
    async activeTab() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return toTab(tab);
    },
    async getTab(tabId) {
      try {
        return toTab(await browser.tabs.get(tabId));
      } catch {
        return undefined;
      }
    },
    async openTab(url) {
      await browser.tabs.create({ url });
    },
    async runInTab<T>(tabId: number, file: string, call: string, arg: unknown): Promise<T> {
      await browser.scripting.executeScript({ target: { tabId }, files: [file] });
      const [result] = await browser.scripting.executeScript({
        target: { tabId },
        func: (name: string, a: unknown) =>
          (globalThis as unknown as Record<string, (x: unknown) => unknown>)[name]!(a),
        args: [call, arg],
      });
      return result?.result as T;
    },
    async storageGet(key) {
      return (await browser.storage.local.get(key))[key];
    },
    async storageSet(key, value) {
      await browser.storage.local.set({ [key]: value });
    },
    async setMenu(items) {
      await browser.contextMenus.removeAll();
      for (const item of items)
        browser.contextMenus.create({ id: item.id, title: item.title, contexts: item.contexts });
    },
    onMenuClick(handler) {
      browser.contextMenus.onClicked.addListener((info, tab) => {
        const click: MenuClick = { menuItemId: String(info.menuItemId) };
        if (tab?.id !== undefined) click.tabId = tab.id;
        if (info.linkUrl !== undefined) click.linkUrl = info.linkUrl;
        if (info.selectionText !== undefined) click.selectionText = info.selectionText;
        handler(click);
      });
    },
    onCommand(handler) {
      browser.commands.onCommand.addListener((command, tab) => handler(command, toTab(tab)));
    },
    onInstalled(handler) {
      browser.runtime.onInstalled.addListener((details) => handler(details.reason));
    },
    async setBadge(text, tabId) {
      await browser.action.setBadgeText(tabId === undefined ? { text } : { text, tabId });
    },
    uiLanguage: () => browserLanguage(navigator.languages, browser.i18n.getUILanguage()),
    getMessage: (key, subs) => browser.i18n.getMessage(key, subs),
    requestOrigin: (origin) => browser.permissions.request({ origins: [`${origin}/*`] }),
    async removeOrigin(origin) {
      await browser.permissions.remove({ origins: [`${origin}/*`] });
    },
    async setAlarm(name, periodMinutes) {
      await browser.alarms.create(name, { periodInMinutes: periodMinutes, delayInMinutes: 1 });
    },
    async clearAlarm(name) {
      await browser.alarms.clear(name);
    },
    onAlarm(handler) {
      browser.alarms.onAlarm.addListener((alarm) => handler(alarm.name));
    },
  };
}
