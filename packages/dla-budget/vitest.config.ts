import { defineWorkspaceConfig } from "../../vitest.shared.ts";

export default defineWorkspaceConfig(import.meta.dirname);
