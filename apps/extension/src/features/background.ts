// Wires the background: opens the library once (lazily, so a service worker woken by a message
// answers as soon as its store is open), answers typed messages through the handler map,
// builds the context menu, listens to the keyboard command and greets a first install.
import { createLibrary, type Library, type LibraryStore } from "@pionniers/library";
import { resolveLanguage } from "../i18n.ts";
import { createT } from "../i18n-catalogs.ts";
import { type BackgroundHandlers, isMessage, type Message, type Reply } from "../messages.ts";
import type { MenuItem, Platform } from "../platform/platform.ts";
import { type ClipperContext, createHandlers } from "./clipper.ts";
import { createSearch, type SavedIndexes, type Search } from "./search.ts";
import { loadSettings, type Settings } from "./settings.ts";
import { createSync, type SyncFeature } from "./sync.ts";
import { createToolboxHandlers } from "./toolbox/handlers.ts";
import { createTransfer } from "./transfer.ts";

/** How long after the library opens its list and search views start loading. */
const VIEWS_DELAY_MS = 2_000;

/** The right-click menu entries. */
export const MENU = { page: "clip-page", selection: "clip-selection", link: "clip-link" } as const;

/** The running background, for tests. */
export interface Background {
  handlers: BackgroundHandlers;
  /** The open library (opening it if needed). */
  open: ClipperContext["search"];
  /** Resolves when the clips being captured from menus and shortcuts are saved. */
  idle(): Promise<void>;
  close(): Promise<void>;
  /** Sync with the collective's hub (features/sync.ts). */
  sync: SyncFeature;
}

/** Builds the right-click menu in the pioneer's language. */
export function menuItems(settings: Settings, uiLanguage: string): MenuItem[] {
  const t = createT(resolveLanguage(settings.language, uiLanguage));
  return [
    { id: MENU.page, title: t("menuClipPage"), contexts: ["page"] },
    { id: MENU.selection, title: t("menuClipSelection"), contexts: ["selection"] },
    { id: MENU.link, title: t("menuClipLink"), contexts: ["link"] },
  ];
}

/**
 * Starts the background on a platform and a store.
 *
 * @param platform the browser (real or fake)
 * @param openStore opens the IndexedDB store (Dexie in the extension, fake-indexeddb in tests)
 * @returns the running background
 * @example
 * ```ts
 * startBackground(createBrowserPlatform(), () => createDexieStore());
 * ```
 */
export function startBackground(
  platform: Platform,
  openStore: () => Promise<LibraryStore>,
  syncOptions: Partial<Omit<Parameters<typeof createSync>[0], "platform" | "library">> = {},
  views: { savedIndexes?: SavedIndexes } = {},
): Background {
  let searching: Promise<{ library: Library; search: Search }> | undefined;
  let core: Promise<Library> | undefined;
  let store: Promise<LibraryStore> | undefined;
  const work = new Set<Promise<unknown>>();
  const track = <T>(p: Promise<T>) => {
    work.add(p);
    void p.finally(() => work.delete(p)).catch(() => undefined);
    return p;
  };

  /** The library alone: what a clip needs, ready as soon as the store is open. */
  const openCore = (): Promise<Library> =>
    (core ??= (async () => {
      store ??= openStore();
      const settings = await loadSettings(platform);
      const pioneer: { id: string; displayName?: string; association?: string } = {
        id: settings.pioneerId,
      };
      if (settings.pioneerName) pioneer.displayName = settings.pioneerName;
      if (settings.association) pioneer.association = settings.association;
      const library = await createLibrary({
        store: await store,
        replicaId: settings.pioneerId,
        pioneer,
      });
      // The search index (lists and search) loads a little later, for the library page: a
      // clip that woke the worker is saved first, without sharing the thread with it.
      setTimeout(() => void openSearch().catch(() => undefined), VIEWS_DELAY_MS);
      return library;
    })());

  /**
   * The library with its search index, saved between wakes: lists, filters and full-text
   * search page through it and read only the clips they show.
   */
  const openSearch = () =>
    (searching ??= (async () => {
      const library = await openCore();
      const search = await createSearch(
        library,
        views.savedIndexes ? { saved: views.savedIndexes } : {},
      );
      return { library, search };
    })());

  const transfer = createTransfer();
  const clipperHandlers = createHandlers({
    platform,
    search: openSearch,
    core: openCore,
    transfer,
    track,
    async onSettingsChanged(settings) {
      // The pioneer's name travels with their clips: record it, and reopen the library so new
      // clips carry the new association.
      const current = await openSearch();
      await current.library.put("pioneers", {
        id: settings.pioneerId,
        displayName: settings.pioneerName || settings.pioneerId,
        ...(settings.association ? { association: settings.association } : {}),
      });
      current.search.close();
      searching = undefined;
      core = undefined;
      await openSearch();
      await platform.setMenu(menuItems(settings, platform.uiLanguage()));
    },
  });
  const sync = createSync({
    ...syncOptions,
    platform,
    library: openCore,
  });
  // One handler map: the clipper's messages, the toolbox pages' (backlog, maturity), sync's.
  const handlers: BackgroundHandlers = {
    ...clipperHandlers,
    ...createToolboxHandlers(async () => ({ library: await openCore() })),
    ...sync.handlers,
  };
  void track(sync.resume());

  platform.onMessage((message) => {
    if (!isMessage(message, handlers)) return undefined;
    return track(answer(handlers, message));
  });

  platform.onMenuClick((click) => {
    const mode =
      click.menuItemId === MENU.link
        ? "link"
        : click.menuItemId === MENU.selection
          ? "selection"
          : "page";
    const payload: { mode: typeof mode; tabId?: number; linkUrl?: string } = { mode };
    if (click.tabId !== undefined) payload.tabId = click.tabId;
    if (click.linkUrl !== undefined) payload.linkUrl = click.linkUrl;
    // Clipping from the menu means "keep it": a known URL is saved again only if it was
    // trashed; otherwise the pioneer is shown the existing clip in the popup next time.
    void track(handlers.clipTab(payload, {}).catch(() => platform.setBadge("!", click.tabId)));
  });

  platform.onCommand((command, tab) => {
    if (command !== "clip-page") return;
    const payload = tab ? { mode: "page" as const, tabId: tab.id } : { mode: "page" as const };
    void track(handlers.clipTab(payload, {}).catch(() => platform.setBadge("!", tab?.id)));
  });

  platform.onInstalled((reason) => {
    if (reason === "install") void platform.openTab(platform.getURL("library.html#welcome"));
  });

  // Menus are rebuilt on every start: cheap, and always in the current language.
  void loadSettings(platform).then((s) => platform.setMenu(menuItems(s, platform.uiLanguage())));

  return {
    handlers,
    open: openSearch,
    sync,
    async idle() {
      while (work.size > 0) await Promise.allSettled([...work]);
      await sync.idle();
    },
    async close() {
      sync.close();
      if (searching) (await searching).search.close();
      if (core) await (await core).close();
    },
  };
}

async function answer(
  handlers: BackgroundHandlers,
  message: Message,
): Promise<Reply<Message["type"]>> {
  try {
    const handler = handlers[message.type] as (p: unknown, s: object) => Promise<unknown>;
    return { ok: true, value: (await handler(message.payload, {})) as never };
  } catch (e) {
    const err = e as { code?: unknown; message?: unknown };
    return {
      ok: false,
      error: {
        code: typeof err.code === "string" ? err.code : "internal",
        message: typeof err.message === "string" ? err.message : String(e),
      },
    };
  }
}
