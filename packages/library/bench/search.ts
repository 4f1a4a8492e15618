// Search over N clips: our index vs bare MiniSearch and FlexSearch on the same documents and
// queries, measured in the same run. Run: node --expose-gc --import tsx bench/search.ts [N]
import { Document } from "flexsearch";
import MiniSearch from "minisearch";
import type { Clip } from "../src/index.ts";
import { createSearchIndex, loadSearchIndex } from "../src/search/index.ts";
import { clips as makeClips, queries as makeQueries } from "./corpus.ts";
import { heapMb, line, now, percentile, row } from "./util.ts";

interface Measured {
  build: number;
  heap: number;
  p50: number;
  p95: number;
}

function measureQueries(
  run: (q: string) => unknown,
  queries: string[],
): { p50: number; p95: number } {
  for (const q of queries.slice(0, 20)) run(q); // warm-up
  const times: number[] = [];
  for (const q of queries) {
    const t = now();
    run(q);
    times.push(now() - t);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

export async function benchSearch(n: number, withFlex = true): Promise<void> {
  console.log(`\nSearch over ${n.toLocaleString("en")} clips (~340 words each)`);
  const { clips, vocab } = makeClips(n);
  const queries = makeQueries(vocab, 300);

  let before = heapMb();
  let t = now();
  const ours = createSearchIndex();
  for (const c of clips) ours.add(c);
  const oursBuild = now() - t;
  const oursHeap = heapMb() - before;
  const oursQ = measureQueries((q) => ours.search(q, { limit: 20 }), queries);
  const filtered = measureQueries(
    (q) => ours.search(q, { limit: 20, filter: { themeIds: ["t3"], from: "2023-11-15" } }),
    queries,
  );

  const saved = ours.serialize();
  const stored = structuredClone(saved); // what IndexedDB hands back
  t = now();
  const reopened = loadSearchIndex(stored);
  reopened.search(queries[0]!);
  const reopen = now() - t;

  // 1 % of the clips in the trash, a tenth private: the trash and the private filter answer
  // from the index too, and live queries keep their speed.
  for (let i = 0; i < clips.length; i++) {
    if (i % 100 === 7) ours.add({ ...clips[i]!, deleted: true });
    else if (i % 10 === 3) ours.add({ ...clips[i]!, private: true });
  }
  const withTrash = measureQueries((q) => ours.search(q, { limit: 20 }), queries);
  const privateQ = measureQueries(
    (q) => ours.search(q, { limit: 20, filter: { private: true } }),
    queries,
  );
  const trashQ = measureQueries(
    (q) => ours.search(q, { limit: 20, filter: { trash: true } }),
    queries,
  );
  const lists = measureQueries(
    (q) =>
      ours.search("", { limit: 100, filter: q.length % 2 ? { trash: true } : { private: true } }),
    queries,
  );

  before = heapMb();
  t = now();
  const mini = new MiniSearch<Clip>({
    fields: ["title", "description", "note", "selection", "text", "tags"],
    extractField: (doc, field) => {
      const v = (doc as unknown as Record<string, unknown>)[field];
      return Array.isArray(v) ? v.join(" ") : (v as string);
    },
    processTerm: (term) =>
      term
        .toLowerCase()
        .normalize("NFD")
        .replace(/\p{M}+/gu, ""),
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 4, tags: 4 } },
  });
  mini.addAll(clips);
  const miniBuild = now() - t;
  const miniHeap = heapMb() - before;
  const miniQ = measureQueries((q) => mini.search(q).slice(0, 20), queries);
  const m: Measured = { build: miniBuild, heap: miniHeap, ...miniQ };

  // Ranking, not only speed: the known-item test. For 300 clips, ask two words of the clip's
  // title — what a pioneer remembers of a resource — and see where each engine ranks it.
  const known = { oursAt1: 0, oursAt10: 0, miniAt1: 0, miniAt10: 0, asked: 0 };
  for (let i = 0; i < clips.length && known.asked < 300; i += Math.ceil(clips.length / 300)) {
    const clip = clips[i]!;
    const words = (clip.title ?? "").split(/\s+/).filter((w) => w.length > 3);
    if (words.length < 2) continue;
    const q = `${words[0]} ${words[words.length - 1]}`;
    const mine = ours.search(q, { limit: 10 }).map((h) => h.id);
    const theirs = mini
      .search(q)
      .slice(0, 10)
      .map((r) => String(r.id));
    known.asked++;
    if (mine[0] === clip.id) known.oursAt1++;
    if (mine.includes(clip.id)) known.oursAt10++;
    if (theirs[0] === clip.id) known.miniAt1++;
    if (theirs.includes(clip.id)) known.miniAt10++;
  }
  const pct = (n: number) => (100 * n) / Math.max(1, known.asked);

  let f: Measured | undefined;
  if (withFlex) {
    before = heapMb();
    t = now();
    const flex = new Document({
      tokenize: "forward",
      encoder: "LatinBalance",
      document: { id: "id", index: ["title", "description", "note", "text", "tags"] },
    });
    for (const c of clips) flex.add(c as never);
    const flexBuild = now() - t;
    const flexHeap = heapMb() - before;
    const flexQ = measureQueries((q) => flex.search(q, { limit: 20, merge: true }), queries);
    f = { build: flexBuild, heap: flexHeap, ...flexQ };
  }

  row("index build", oursBuild, m.build, "MiniSearch 7.2", "ms");
  row("index heap", oursHeap, m.heap, "MiniSearch 7.2", "MB");
  row("query p50", oursQ.p50, m.p50, "MiniSearch 7.2", "ms");
  row("query p95", oursQ.p95, m.p95, "MiniSearch 7.2", "ms");
  if (f) {
    row("index build", oursBuild, f.build, "FlexSearch 0.8 forward", "ms");
    row("index heap", oursHeap, f.heap, "FlexSearch 0.8 forward", "MB");
    row("query p95", oursQ.p95, f.p95, "FlexSearch 0.8 forward", "ms");
  }
  row("known item ranked first", pct(known.oursAt1), pct(known.miniAt1), "MiniSearch 7.2", "%");
  row("known item in the top 10", pct(known.oursAt10), pct(known.miniAt10), "MiniSearch 7.2", "%");
  line("query p95 with theme+date filter", filtered.p95, "ms");
  line("reopen saved index + first query", reopen, "ms", "target ≤ 500 ms");
  line("query p95, 1 % of clips in the trash", withTrash.p95, "ms");
  line("query p95 with private filter", privateQ.p95, "ms");
  line("query p95 in the trash (100 clips)", trashQ.p95, "ms");
  line("first page of the trash / private clips, p95", lists.p95, "ms");
  const verdict = oursQ.p95 <= m.p95 / 2 && oursBuild <= m.build && oursHeap <= m.heap;
  console.log(
    `  → p95 ≤ ½ MiniSearch, build ≤ MiniSearch, heap ≤ MiniSearch: ${verdict ? "yes" : "NO"}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchSearch(Number(process.argv[2] ?? 10_000));
}
