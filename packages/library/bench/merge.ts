// mergeChanges of 1,000,000 field changes (100k ids × 10 fields) against plain Map
// last-writer-wins upserts of the same changes, in the same run.
import { type Change, formatStamp, mergeChanges } from "../src/index.ts";
import { rng } from "./corpus.ts";
import { now, row } from "./util.ts";

const FIELDS = [
  "title",
  "description",
  "note",
  "selection",
  "siteName",
  "author",
  "language",
  "text",
  "association",
  "url",
];

export function makeChanges(ids: number, fields: number, seed = 5): Change[] {
  const random = rng(seed);
  const changes: Change[] = [];
  const base = 1_700_000_000_000;
  for (let i = 0; i < ids * fields; i++) {
    const id = `c${Math.floor(random() * ids)}`;
    const field = FIELDS[i % fields]!;
    const stamp = formatStamp(
      base + Math.floor(random() * 1_000_000),
      Math.floor(random() * 3),
      `r${i % 5}`,
    );
    changes.push({ collection: "clips", id, field, value: `v${i}`, stamp });
  }
  return changes;
}

function mapUpserts(
  changes: Change[],
  map = new Map<string, { value: unknown; stamp: string }>(),
): number {
  let won = 0;
  for (const c of changes) {
    const key = `${c.collection}/${c.id}/${c.field}`;
    const current = map.get(key);
    if (current === undefined || current.stamp < c.stamp) {
      map.set(key, { value: (c as { value: unknown }).value, stamp: c.stamp });
      won++;
    }
  }
  return won;
}

function best(run: () => void, times = 3): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const t = now();
    run();
    min = Math.min(min, now() - t);
  }
  return min;
}

/** Runs the merge benchmark; returns the plain-Map reference time (the machine's speed). */
export function benchMerge(): number {
  console.log("\nMerge of 1,000,000 field changes (100k ids × 10 fields, random order)");
  const changes = makeChanges(100_000, 10);
  const ref = best(() => mapUpserts(changes));
  const ours = best(() => mergeChanges(new Map(), changes));
  row("mergeChanges", ours, ref, "plain Map LWW upserts", "ms");
  row("throughput (M changes/s)", 1000 / ours, 1000 / ref, "plain Map LWW upserts", "");
  console.log(`  → within 2× of plain Map upserts: ${ours <= 2 * ref ? "yes" : "NO"}`);

  // The same volume arriving in a library that already holds those 100k documents (a sync
  // after a first one): every document touched is copied, since merging never mutates its input.
  console.log("\nMerge of 1,000,000 more field changes into a state of 100k documents");
  const existing = mergeChanges(new Map(), changes).state;
  const more = makeChanges(100_000, 10, 6);
  const filled = new Map<string, { value: unknown; stamp: string }>();
  mapUpserts(changes, filled);
  let refMore = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const map = new Map(filled); // copied outside the timing: the reference mutates in place
    const t = now();
    mapUpserts(more, map);
    refMore = Math.min(refMore, now() - t);
  }
  const oursMore = best(() => mergeChanges(existing, more));
  row("mergeChanges", oursMore, refMore, "plain Map LWW upserts in place", "ms");
  console.log(`  → within 2× of plain Map upserts: ${oursMore <= 2 * refMore ? "yes" : "NO"}`);
  return ref;
}

if (import.meta.url === `file://${process.argv[1]}`) benchMerge();
