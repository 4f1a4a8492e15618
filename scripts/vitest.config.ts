import { defineWorkspaceConfig } from "../vitest.shared.ts";

export default defineWorkspaceConfig(import.meta.dirname, {
  test: { name: "workspace", include: ["*.test.ts"], typecheck: { enabled: false } },
});
