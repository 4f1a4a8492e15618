import { defineWorkspaceConfig } from "../../vitest.shared.ts";

// The hub's suites start PostgreSQL and child processes: allow for a loaded CI machine.
export default defineWorkspaceConfig(import.meta.dirname, {
  test: { testTimeout: 30_000, hookTimeout: 60_000 },
});
