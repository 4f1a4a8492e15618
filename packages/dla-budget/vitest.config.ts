import { defineWorkspaceConfig } from "../../vitest.shared.ts";

// Property tests parse hundreds of calendars with ical.js; on 2 shared cores they can pass 5 s.
export default defineWorkspaceConfig(import.meta.dirname, { test: { testTimeout: 30_000 } });
