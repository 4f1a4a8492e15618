// The service worker (Chrome) or event page (Firefox): the one writer to the library.
import { createDexieStore } from "@pionniers/library/dexie";
import { startBackground } from "../../features/background.ts";
import { createSavedIndexes } from "../../features/search.ts";
import { createBrowserPlatform } from "../../platform/browser.ts";

startBackground(
  createBrowserPlatform(),
  () => createDexieStore(),
  {},
  {
    savedIndexes: createSavedIndexes(),
  },
);
