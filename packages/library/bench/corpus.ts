// Deterministic synthetic corpus for the benchmarks: French-looking words (accents included)
// drawn with a Zipf distribution, so term frequencies look like real text.
import type { Clip } from "../src/index.ts";

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  "co op é ra ti ve as so ci a tion mu tu el le ré seau nu mé ri que ou til par ta ge bé né vo lat pro jet don nées lo gi ciel li bre fé dé ra tif ges tion ca len drier é co no mie so li dai re ter ri toi re ac com pa gne ment".split(
    " ",
  );

/** A vocabulary of `size` distinct words, most frequent first. */
export function vocabulary(size: number, random = rng(7)): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 2 + Math.floor(random() * 3);
    let w = "";
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

/** Draws word ranks with a Zipf(1) distribution via a precomputed cumulative table. */
export function zipf(size: number, random: () => number): () => number {
  const cdf = new Float64Array(size);
  let sum = 0;
  for (let i = 0; i < size; i++) {
    sum += 1 / (i + 1);
    cdf[i] = sum;
  }
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** `count` clips with a title, description, note, ~300 words of text and tags. */
export function clips(count: number, seed = 1): { clips: Clip[]; vocab: string[] } {
  const random = rng(seed);
  const vocab = vocabulary(40_000);
  const draw = zipf(vocab.length, random);
  const words = (n: number) => Array.from({ length: n }, () => vocab[draw()]).join(" ");
  const out: Clip[] = [];
  for (let i = 0; i < count; i++) {
    out.push({
      id: `c${i}`,
      url: `https://site${i % 500}.example/page/${i}`,
      title: words(6),
      description: words(20),
      note: words(10),
      text: words(300),
      tags: [vocab[Math.floor(random() * 200)]!, vocab[Math.floor(random() * 200)]!],
      themeIds: [`t${i % 12}`],
      storyIds: [],
      createdBy: `p${i % 7}`,
      association: `a${i % 3}`,
      createdAt: new Date(1_700_000_000_000 + i * 60_000).toISOString(),
      private: false,
    } as Clip);
  }
  return { clips: out, vocab };
}

/** Queries people type: one or two words, prefixes as they type, and typos. */
export function queries(vocab: string[], count: number, seed = 3): string[] {
  const random = rng(seed);
  const draw = zipf(2000, random);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const w = vocab[draw()]!;
    const kind = i % 4;
    if (kind === 0) out.push(w);
    else if (kind === 1) out.push(`${w} ${vocab[draw()]}`);
    else if (kind === 2) out.push(w.slice(0, Math.max(3, Math.ceil(w.length * 0.6))));
    else {
      const at = 1 + Math.floor(random() * (w.length - 2));
      out.push(w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2));
    }
  }
  return out;
}
