// A background running on the in-memory platform and fake-indexeddb, with tabs whose content
// script is the real one run over linkedom documents.
import "fake-indexeddb/auto";
import { createDexieStore } from "@pionniers/library/dexie";
import { parseHTML } from "linkedom";
import { type CaptureRequest, capture } from "../src/entrypoints/content/capture.ts";
import { startBackground } from "../src/features/background.ts";
import { createFakePlatform, type FakePlatform } from "../src/platform/fake.ts";

let n = 0;

/** A fresh browser profile: its own platform, its own IndexedDB database. */
export function fakeProfile(language = "fr") {
  const platform: FakePlatform = createFakePlatform({ language });
  const name = `pionniers-test-${++n}-${Math.random().toString(36).slice(2)}`;
  const background = startBackground(platform, () => createDexieStore({ name }));
  let nextTab = 1;
  return {
    platform,
    background,
    /** Opens a page in a new tab, made active; its content script is the real one. */
    openTab(url: string, html: string, selection = ""): number {
      const id = nextTab++;
      const doc = parseHTML(html).document as unknown as Document;
      platform.tabs.set(id, {
        id,
        url,
        scripts: { pionniersCapture: (req) => capture(doc, url, req as CaptureRequest, selection) },
      });
      platform.activeTabId = id;
      return id;
    },
  };
}
