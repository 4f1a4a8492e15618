// Shared Vitest settings for every workspace: resolve `@pionniers/*` to source through the
// `@pionniers/source` export condition (no build needed before tests), type tests in
// `*.test-d.ts`, and a JSON report per workspace (`test-results/vitest.json`, cached by turbo)
// that `scripts/test.mjs` sums up.
import { basename, join } from "node:path";
import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig, mergeConfig, type ViteUserConfig } from "vitest/config";

const sourceCondition = "@pionniers/source";

/**
 * Vitest config for one workspace. `dir` is the workspace folder (pass `import.meta.dirname`).
 */
export function defineWorkspaceConfig(dir: string, overrides: ViteUserConfig = {}): ViteUserConfig {
  const name = basename(dir);
  const base = defineConfig({
    root: dir,
    resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
    ssr: { resolve: { conditions: [sourceCondition, ...defaultServerConditions] } },
    test: {
      name,
      // Tests assert behaviour, not speed (benchmarks do that): a loaded two-core CI machine
      // running every workspace at once must not fail a correct test on time alone.
      testTimeout: 30_000,
      include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts"],
      typecheck: {
        enabled: true,
        include: ["src/**/*.test-d.ts"],
        tsconfig: join(dir, "tsconfig.json"),
      },
      reporters: ["default", "json"],
      outputFile: { json: join(dir, "test-results", "vitest.json") },
    },
  });
  return mergeConfig(base, overrides);
}
