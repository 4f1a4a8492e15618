import { defineWorkspaceConfig } from "../../vitest.shared.ts";

// Unit tests run in Node: IndexedDB comes from fake-indexeddb, the DOM of real pages from
// linkedom, and the browser from the in-memory fake platform (src/platform/fake.ts).
export default defineWorkspaceConfig(import.meta.dirname, {
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
});
