import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    dexie: "src/dexie/index.ts",
    interop: "src/interop/index.ts",
    sync: "src/sync/index.ts",
    search: "src/search/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  target: "es2022",
});
