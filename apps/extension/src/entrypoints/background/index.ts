// The service worker (Chrome) or event page (Firefox): the one writer to the library.
import { createDexieStore } from "@pionniers/library/dexie";
import { startBackground } from "../../features/background.ts";
import { createBrowserPlatform } from "../../platform/browser.ts";

startBackground(createBrowserPlatform(), () => createDexieStore());
