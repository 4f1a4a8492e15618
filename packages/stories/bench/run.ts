// Benchmarks of @pionniers/stories: `npm run bench` (tsx bench/run.ts). Each figure is
// printed beside a reference measured in the same run, and the ratio.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  createStory,
  type Moscow,
  parseStory,
  planChantiers,
  type StoryRecord,
} from "../src/index.ts";
import { mulberry32 } from "../src/random.ts";
import { frenchStories } from "../src/test-fixtures/french-stories.ts";

const random = mulberry32(2026);

function median(runs: number, f: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const line = (name: string, value: string, reference: string, ratio: number) =>
  console.log(
    `${name.padEnd(44)} ${value.padStart(12)}   vs ${reference.padEnd(44)} ratio ${ratio.toFixed(2)}`,
  );

// 1. Parse 10,000 real and messy stories.
const dir = fileURLToPath(new URL("../../../../shared/data/user-stories-en/", import.meta.url));
const english = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => readFileSync(`${dir}${f}`, "utf8").split("\n"))
  .map((l) => l.replace(/^#G\d+#\s?/, ""))
  .filter((l) => l.trim() !== "");
const pool = [...english, ...frenchStories.map((s) => s.text)];
const texts = Array.from({ length: 10_000 }, (_, i) => pool[i % pool.length] as string);
let parsed = 0;
const parseMs = median(15, () => {
  parsed = texts.filter((t) => parseStory(t).ok).length;
});
const naive = /^\s*(?:as|en tant que)\b.*?\b(?:I want|je (?:veux|souhaite))\b/i;
const naiveMs = median(15, () => texts.filter((t) => naive.test(t)).length);
console.log(`# @pionniers/stories benchmarks (Node ${process.version}, median of 15 runs)\n`);
line("parse 10,000 stories", ms(parseMs), "budget 100 ms", parseMs / 100);
line("", "", `one-regex template test ${ms(naiveMs)}`, parseMs / naiveMs);
console.log(`${"".padEnd(44)} (${parsed} of 10,000 read; the rest are the corpus' fragments)\n`);

// 2. Plan 1,000 stories into 12 chantiers.
function randomBacklog(n: number, maxUnits: number, moscow: () => Moscow): StoryRecord[] {
  return Array.from({ length: n }, (_, i) =>
    createStory({
      id: `s${String(i).padStart(4, "0")}`,
      text: "En tant que bénévole, je souhaite un besoin",
      cost: (1 + Math.floor(random() * maxUnits)) / 2,
      impact: 1 + Math.floor(random() * 5),
      reach: 1 + Math.floor(random() * 5),
      moscow: moscow(),
    }),
  );
}
const ratio = (s: StoryRecord) => (s.impact * s.reach) / s.cost;
function greedy(stories: readonly StoryRecord[], capacity: number, count: number): StoryRecord[][] {
  let rest = [...stories].sort(
    (a, b) => ratio(b) - ratio(a) || a.cost - b.cost || (a.id < b.id ? -1 : 1),
  );
  const chantiers: StoryRecord[][] = [];
  for (let c = 0; c < count; c++) {
    let room = capacity;
    const taken: StoryRecord[] = [];
    const left: StoryRecord[] = [];
    for (const s of rest) {
      if (s.cost <= room) {
        taken.push(s);
        room -= s.cost;
      } else left.push(s);
    }
    chantiers.push(taken);
    rest = left;
  }
  return chantiers;
}
const big = randomBacklog(1000, 20, () =>
  random() < 0.2 ? "must" : random() < 0.6 ? "should" : "could",
);
const options = { capacityDays: 20, count: 12, start: "2026-03-02" };
const planMs = median(15, () => planChantiers(big, options));
const greedyMs = median(15, () => greedy(big, 20, 12));
line("plan 1,000 stories into 12 chantiers (20 d)", ms(planMs), "budget 100 ms", planMs / 100);
line("", "", `greedy ratio-ordered plan ${ms(greedyMs)}`, planMs / greedyMs);
console.log();

// 3. Optimal against greedy ratio-ordered (what WSJF sorting gives) on random backlogs.
const worth = (list: readonly StoryRecord[]) => list.reduce((t, s) => t + s.impact * s.reach, 0);
let worse = 0;
let better = 0;
let gainSum = 0;
let maxGain = 0;
const trials = 2000;
for (let t = 0; t < trials; t++) {
  const n = 8 + Math.floor(random() * 40);
  const capacity = (4 + Math.floor(random() * 36)) / 2;
  const backlog = randomBacklog(n, 16, () => "should");
  if (!backlog.some((s) => s.cost <= capacity)) continue;
  const optimal = worth(
    planChantiers(backlog, { capacityDays: capacity, start: "2026-03-02" }).chantiers[0]?.stories ??
      [],
  );
  const greedyWorth = worth(greedy(backlog, capacity, 1).flat());
  if (optimal < greedyWorth) worse++;
  if (optimal > greedyWorth) better++;
  const gain = optimal / greedyWorth - 1;
  gainSum += gain;
  maxGain = Math.max(maxGain, gain);
}
console.log(
  `optimal vs greedy ratio-ordered chantier, ${trials} random backlogs (8–47 stories, capacity 2–19.5 d)`,
);
console.log(`  backlogs where optimal delivers less impact × reach: ${worse}`);
console.log(
  `  backlogs where optimal delivers more:               ${better} (${((100 * better) / trials).toFixed(1)} %)`,
);
console.log(
  `  average gain: +${((100 * gainSum) / trials).toFixed(2)} %   largest gain: +${(100 * maxGain).toFixed(1)} %`,
);
if (worse > 0) process.exitCode = 1;
