import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    quote: "src/quote.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  target: "es2022",
});
