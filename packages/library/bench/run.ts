// All benchmarks, each figure beside its reference measured in the same run, with the ratio
// (ours / reference; below 1 is better for times and memory).
// Run: npm run bench            (merge, bookmarks, search at 10,000 and 100,000 clips)
//      npm run bench -- --quick (skips 100,000 clips)
import { benchMerge } from "./merge.ts";
import { benchNetscape } from "./netscape.ts";
import { benchSearch } from "./search.ts";

console.log(`@pionniers/library benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
if (!(globalThis as { gc?: unknown }).gc)
  console.log("(run with node --expose-gc for heap figures)");
const mapMs = benchMerge();
await benchNetscape(mapMs);
await benchSearch(10_000);
if (!process.argv.includes("--quick")) {
  // FlexSearch is left out at 100,000 clips: it needs several GB and minutes to index them.
  await benchSearch(100_000, false);
}
