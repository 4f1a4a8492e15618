import { LibraryError } from "./errors.ts";
import type { Clip } from "./schema.ts";
import { tokenize } from "./text.ts";

const SEARCH_FORMAT_VERSION = 4;

/**
 * Restricts a search to clips with any of these themes, stories, tags, pioneers… Live clips
 * only, unless `trash` asks for the clips in the trash instead.
 */
export interface SearchFilter {
  /** The clips in the trash instead of the live ones (default false). */
  trash?: boolean;
  /** Only private clips (true) or only shared ones (false); both when absent. */
  private?: boolean;
  /** Any of these theme ids. */
  themeIds?: readonly string[];
  /** Any of these story ids. */
  storyIds?: readonly string[];
  /** Any of these tags. */
  tags?: readonly string[];
  /** Clipped by any of these pioneers. */
  createdBy?: readonly string[];
  /** From any of these associations. */
  associations?: readonly string[];
  /** Clipped on or after this date (`YYYY-MM-DD` or ISO timestamp). */
  from?: string;
  /** Clipped on or before this date (`YYYY-MM-DD` or ISO timestamp). */
  to?: string;
}

/** Options of {@link SearchIndex.search}. */
export interface SearchOptions {
  /** How many hits (default 20). */
  limit?: number;
  /** Skip this many hits first (paging; default 0). */
  offset?: number;
  filter?: SearchFilter;
  /** Match the start of words (default true): `coop` finds `cooperative`. */
  prefix?: boolean;
  /** Tolerate small typos (default true): one edit from 4 letters, two from 8. */
  fuzzy?: boolean;
}

/** One search result. */
export interface SearchHit {
  id: string;
  score: number;
}

/** A search index in a form IndexedDB can store (structured clone) and {@link loadSearchIndex} reads. */
export interface SerializedSearchIndex {
  format: "pionniers-search";
  /**
   * 4 since title and tags are scored apart from the longer fields (3: the trash and the
   * private flag; 2: plurals fold English-style too); older indexes are refused and rebuilt.
   */
  version: 4;
  /** The library cursor the index is up to date with. */
  cursor: string;
  /** The live clips. */
  live: SerializedSearchPart;
  /** The clips in the trash, indexed apart so that they weigh nothing in live rankings. */
  trash: SerializedSearchPart;
}

/** One part of a {@link SerializedSearchIndex}: the live clips or the trash. */
export interface SerializedSearchPart {
  /** The terms, one a line; a term's number is its line. */
  terms: string;
  /** Title. */
  title: SerializedPostings;
  /** Tags. */
  tags: SerializedPostings;
  /** Description, note, selection and readable text. */
  body: SerializedPostings;
  ids: string[];
  /** What filters read of each clip, in the order of `ids`. */
  meta: (SearchClipMeta | null)[];
}

/** The postings of one group of fields in a {@link SerializedSearchPart}. */
export interface SerializedPostings {
  /** Where each term's postings start in `postings`, plus their end. */
  offsets: Int32Array;
  /** Pairs of clip number and weighted frequency, term after term. */
  postings: Int32Array;
  /** The weighted length of the group in each clip, in the order of `ids`. */
  lengths: Float64Array;
}

/** A full-text index over clips, made by {@link createSearchIndex}. */
export interface SearchIndex {
  /** How many clips are indexed, live and in the trash. */
  readonly size: number;
  /** The library cursor the index is up to date with (see {@link syncSearchIndex}). */
  cursor: string;
  /**
   * Indexes a clip, replacing an earlier version: a live clip among the live ones, a clip in
   * the trash (`deleted`) in the trash, so that restoring or trashing it moves it across.
   */
  add(clip: Clip): void;
  /** Removes a clip for good, live or in the trash (no-op when absent). */
  remove(id: string): void;
  /** Whether a clip is indexed, live or in the trash. */
  has(id: string): boolean;
  /**
   * Ranked search over title, description, selection, note, readable text and tags;
   * accent- and case-insensitive, prefix and typo tolerant. An empty query lists the clips
   * that pass the filter, newest first. Live clips only, unless the filter asks for the
   * trash; each is ranked among its own kind, so the trash never changes live scores.
   */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** The index in a storable form. */
  serialize(): SerializedSearchIndex;
}

/** What the index records of a clip for filters (and what facets can be read from). */
export interface SearchClipMeta {
  themeIds: string[];
  storyIds: string[];
  tags: string[];
  createdBy: string;
  association: string;
  createdAt: string;
  private: boolean;
}

/** Fields scored together, with their own lengths and their own rarity of words. */
interface FieldGroup {
  name: "title" | "tags" | "body";
  /** How much the group counts in a clip's score. */
  weight: number;
  /** The fields and how much a word counts in each. */
  fields: [keyof Clip, number][];
}

// A word in a six-word title says more about a clip than the same word among 300 of its text,
// and a word found in few titles is rare there even when every text has it: each group is
// ranked with BM25 on its own (its own lengths, its own document frequencies), then the scores
// add up with the group's weight. A title names the resource; a tag labels a topic many clips
// share, so it weighs like a description.
const FIELD_GROUPS: FieldGroup[] = [
  { name: "title", weight: 4, fields: [["title", 1]] },
  { name: "tags", weight: 2, fields: [["tags", 1]] },
  {
    name: "body",
    weight: 1,
    fields: [
      ["description", 2],
      ["note", 2],
      ["selection", 2],
      ["text", 1],
    ],
  },
];
const K1 = 1.2;
const B = 0.75;
const MAX_EXPANSIONS = 40;
const MAX_QUERY_TERMS = 16;

// Three reusable rows: the typo check runs on thousands of terms per query, without allocating.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/** Bounded Damerau–Levenshtein distance: returns `max + 1` as soon as it exceeds `max`. */
function distance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (rowA.length <= lb) {
    rowA = new Int32Array(lb + 1);
    rowB = new Int32Array(lb + 1);
    rowC = new Int32Array(lb + 1);
  }
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = prev[j - 1]! + (ca === cb ? 0 : 1);
      const del = prev[j]! + 1;
      if (del < v) v = del;
      const ins = cur[j - 1]! + 1;
      if (ins < v) v = ins;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        const tr = prev2[j - 2]! + 1;
        if (tr < v) v = tr;
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  return prev[lb]!;
}

function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function metaOf(clip: Clip): SearchClipMeta {
  return {
    themeIds: clip.themeIds ?? [],
    storyIds: clip.storyIds ?? [],
    tags: clip.tags ?? [],
    createdBy: clip.createdBy ?? "",
    association: clip.association ?? "",
    createdAt: clip.createdAt ?? "",
    private: clip.private === true,
  };
}

/** Turns a filter into one fast test, compiled once per search. */
function compileFilter(f: SearchFilter): (meta: SearchClipMeta) => boolean {
  const tests: ((meta: SearchClipMeta) => boolean)[] = [];
  const anyOf = (
    want: readonly string[] | undefined,
    pick: (m: SearchClipMeta) => readonly string[],
  ) => {
    if (!want?.length) return;
    const set = new Set(want);
    tests.push((m) => pick(m).some((x) => set.has(x)));
  };
  anyOf(f.themeIds, (m) => m.themeIds);
  anyOf(f.storyIds, (m) => m.storyIds);
  anyOf(f.tags, (m) => m.tags);
  if (f.createdBy?.length) {
    const set = new Set(f.createdBy);
    tests.push((m) => set.has(m.createdBy));
  }
  if (f.associations?.length) {
    const set = new Set(f.associations);
    tests.push((m) => set.has(m.association));
  }
  const { from, to } = f;
  if (from !== undefined) tests.push((m) => m.createdAt >= from);
  // A bare date `to` includes that whole day.
  if (to !== undefined) tests.push((m) => m.createdAt.slice(0, to.length) <= to);
  const only = f.private;
  if (only !== undefined) tests.push((m) => m.private === only);
  return (meta) => {
    for (const test of tests) if (!test(meta)) return false;
    return true;
  };
}

/**
 * Makes an empty full-text index of clips: an inverted index with accent folding, prefix
 * search over sorted terms, small-typo tolerance and BM25 ranking (title, tags and the longer
 * fields each scored on its own, so a clip titled with the words sought comes first), updated
 * clip by clip.
 * Keep it current with {@link syncSearchIndex}; store it with `serialize()` and reopen it
 * with {@link loadSearchIndex}.
 *
 * @returns the index
 * @example
 * ```ts
 * const index = createSearchIndex();
 * for (const clip of await library.query("clips")) index.add(clip);
 * index.search("cooperative", { filter: { tags: ["ess"] } }); // [{ id, score }, …]
 * ```
 */
export function createSearchIndex(): SearchIndex {
  return build(undefined);
}

/**
 * Reopens a serialized index — much faster than indexing every clip again.
 *
 * @param data what `serialize()` returned (possibly read back from IndexedDB)
 * @returns the index, at the cursor it was saved with
 * @throws an `invalid-bundle` {@link LibraryError} for an index saved by an older version
 *   (other text rules): build a new one
 * @example
 * ```ts
 * const index = saved ? loadSearchIndex(saved) : createSearchIndex();
 * await syncSearchIndex(library, index); // catch up with changes since it was saved
 * ```
 */
export function loadSearchIndex(data: SerializedSearchIndex): SearchIndex {
  if (data?.format !== "pionniers-search" || data.version !== SEARCH_FORMAT_VERSION) {
    // Terms made by other text rules would miss: the caller rebuilds from the library.
    throw new LibraryError(
      "invalid-bundle",
      `not a search index of version ${SEARCH_FORMAT_VERSION} — build a new one with createSearchIndex()`,
      "version",
    );
  }
  for (const side of ["live", "trash"] as const) checkPart(data[side], side);
  return build(data);
}

/** Refuses a saved part whose pieces are missing or of the wrong kind (a damaged store). */
function checkPart(part: SerializedSearchPart | undefined, path: string): void {
  function fail(where: string, what: string): never {
    throw new LibraryError(
      "invalid-bundle",
      `${what} expected — build a new index with createSearchIndex()`,
      `${path}${where}`,
    );
  }
  if (typeof part !== "object" || part === null) fail("", "an index part");
  if (typeof part.terms !== "string") fail(".terms", "a string");
  if (!Array.isArray(part.ids)) fail(".ids", "an array");
  if (!Array.isArray(part.meta)) fail(".meta", "an array");
  for (const group of FIELD_GROUPS) {
    const postings = part[group.name];
    const at = `.${group.name}`;
    if (typeof postings !== "object" || postings === null) fail(at, "postings");
    if (!(postings.offsets instanceof Int32Array)) fail(`${at}.offsets`, "an Int32Array");
    if (!(postings.postings instanceof Int32Array)) fail(`${at}.postings`, "an Int32Array");
    if (!(postings.lengths instanceof Float64Array)) fail(`${at}.lengths`, "a Float64Array");
  }
}

function build(data: SerializedSearchIndex | undefined): SearchIndex {
  const live = buildPart(data?.live);
  const trash = buildPart(data?.trash);
  let cursor = data?.cursor ?? "";
  return {
    get size() {
      return live.size + trash.size;
    },
    get cursor() {
      return cursor;
    },
    set cursor(value: string) {
      cursor = value;
    },
    add(clip) {
      const [into, from] = clip.deleted === true ? [trash, live] : [live, trash];
      from.remove(clip.id);
      into.add(clip);
    },
    remove(id) {
      live.remove(id);
      trash.remove(id);
    },
    has: (id) => live.has(id) || trash.has(id),
    search: (query, options = {}) =>
      (options.filter?.trash === true ? trash : live).search(query, options),
    serialize: () => ({
      format: "pionniers-search",
      version: SEARCH_FORMAT_VERSION,
      cursor,
      live: live.serialize(),
      trash: trash.serialize(),
    }),
  };
}

/** The postings of one field group in a {@link Part}, and its scratch space for queries. */
interface FieldIndex {
  group: FieldGroup;
  /**
   * Postings of a term: clip number, weighted frequency, … — a typed view after loading,
   * copied into an array the first time the term gets a new clip.
   */
  postings: (number[] | Int32Array)[];
  lengths: number[];
  total: number;
  /** Per clip, its best score for the query word being read. */
  best: Float64Array;
  touched: number[];
}

const NO_POSTINGS = new Int32Array(0);

/** One inverted index: the live clips, or the trash. */
interface Part extends Pick<SearchIndex, "size" | "add" | "remove" | "has" | "search"> {
  serialize(): SerializedSearchPart;
}

function buildPart(data: SerializedSearchPart | undefined): Part {
  const termIds = new Map<string, number>();
  const termList: string[] = [];
  const ids: (string | undefined)[] = [];
  const metas: (SearchClipMeta | null)[] = [];
  const numbers = new Map<string, number>();
  let dead = 0;
  let sorted: string[] | null = null;

  const fields: FieldIndex[] = FIELD_GROUPS.map((group) => ({
    group,
    postings: [],
    lengths: [],
    total: 0,
    best: new Float64Array(1024),
    touched: [],
  }));

  if (data) {
    const words = data.terms === "" ? [] : data.terms.split("\n");
    for (let t = 0; t < words.length; t++) {
      termIds.set(words[t]!, t);
      termList.push(words[t]!);
    }
    for (const field of fields) {
      const saved = data[field.group.name];
      for (let t = 0; t < words.length; t++) {
        const from = saved.offsets[t]!;
        const to = saved.offsets[t + 1]!;
        // Most terms are in no title and no tag: one shared empty list, not a view each.
        field.postings.push(from === to ? NO_POSTINGS : saved.postings.subarray(from, to));
      }
      for (let d = 0; d < data.ids.length; d++) {
        field.lengths.push(saved.lengths[d]!);
        field.total += saved.lengths[d]!;
      }
    }
    for (let d = 0; d < data.ids.length; d++) {
      const id = data.ids[d]!;
      ids.push(id);
      numbers.set(id, d);
      metas.push(data.meta[d] ?? null);
    }
  }

  let scores = new Float64Array(1024);
  let masks = new Uint32Array(1024);

  function removeNumber(n: number): void {
    const id = ids[n];
    if (id === undefined) return;
    numbers.delete(id);
    ids[n] = undefined;
    metas[n] = null;
    for (const field of fields) field.total -= field.lengths[n]!;
    dead++;
    if (dead > 1000 && dead > numbers.size) compact();
  }

  /** Drops the postings of removed clips, renumbering live ones. */
  function compact(): void {
    const renumber = new Int32Array(ids.length).fill(-1);
    let next = 0;
    for (let n = 0; n < ids.length; n++) {
      if (ids[n] !== undefined) {
        renumber[n] = next;
        ids[next] = ids[n];
        for (const field of fields) field.lengths[next] = field.lengths[n]!;
        metas[next] = metas[n]!;
        numbers.set(ids[n]!, next);
        next++;
      }
    }
    ids.length = next;
    metas.length = next;
    for (const field of fields) {
      field.lengths.length = next;
      const { postings } = field;
      for (let t = 0; t < postings.length; t++) {
        const list = postings[t]!;
        if (list.length === 0) continue;
        const kept: number[] = [];
        for (let i = 0; i < list.length; i += 2) {
          const n = renumber[list[i]!]!;
          if (n >= 0) kept.push(n, list[i + 1]!);
        }
        postings[t] = kept.length === 0 ? NO_POSTINGS : kept;
      }
    }
    dead = 0;
  }

  /** How many clips hold a term, in any field: prefix and typo expansions keep the commonest. */
  const spread = (t: number): number => {
    let sum = 0;
    for (const field of fields) sum += field.postings[t]!.length;
    return sum;
  };

  const index: Part = {
    get size() {
      return numbers.size;
    },

    add(clip) {
      const existing = numbers.get(clip.id);
      if (existing !== undefined) removeNumber(existing);
      const n = ids.length;
      ids.push(clip.id);
      numbers.set(clip.id, n);
      metas.push(metaOf(clip));
      for (const field of fields) {
        const counts = new Map<string, number>();
        let length = 0;
        for (const [name, weight] of field.group.fields) {
          const value = clip[name];
          const text = Array.isArray(value)
            ? value.join(" ")
            : typeof value === "string"
              ? value
              : "";
          if (text === "") continue;
          for (const term of tokenize(text)) {
            counts.set(term, (counts.get(term) ?? 0) + weight);
            length += weight;
          }
        }
        field.lengths.push(length);
        field.total += length;
        for (const [term, tf] of counts) {
          let t = termIds.get(term);
          if (t === undefined) {
            t = termList.length;
            termIds.set(term, t);
            termList.push(term);
            for (const f of fields) f.postings.push(NO_POSTINGS);
            sorted = null;
          }
          let list = field.postings[t]!;
          if (!Array.isArray(list)) {
            list = Array.from(list);
            field.postings[t] = list;
          }
          list.push(n, tf);
        }
      }
    },

    remove(id) {
      const n = numbers.get(id);
      if (n !== undefined) removeNumber(n);
    },

    has: (id) => numbers.has(id),

    search(query, options = {}) {
      const limit = Math.max(0, options.limit ?? 20);
      const offset = Math.max(0, options.offset ?? 0);
      const filter = options.filter ? compileFilter(options.filter) : undefined;
      const want = limit + offset;
      let words = [...new Set(tokenize(query))];
      if (words.length === 0) words = [...new Set(tokenize(query, true))];
      words = words.slice(0, MAX_QUERY_TERMS);

      if (words.length === 0) {
        const hits: { id: string; at: string }[] = [];
        for (let n = 0; n < ids.length; n++) {
          const meta = metas[n];
          if (ids[n] === undefined || !meta || (filter && !filter(meta))) continue;
          hits.push({ id: ids[n]!, at: meta.createdAt });
        }
        hits.sort((a, b) => (a.at > b.at ? -1 : a.at < b.at ? 1 : 0));
        return hits.slice(offset, want).map((h) => ({ id: h.id, score: 0 }));
      }

      if (scores.length < ids.length) {
        const size = Math.max(ids.length, scores.length * 2);
        scores = new Float64Array(size);
        masks = new Uint32Array(size);
      }
      for (const field of fields) {
        if (field.best.length < scores.length) field.best = new Float64Array(scores.length);
      }
      const live = numbers.size;
      const touched: number[] = [];

      for (let q = 0; q < words.length; q++) {
        const word = words[q]!;
        // Every term this query word stands for, with how much it counts.
        const expansions: [number, number][] = [];
        const exact = termIds.get(word);
        if (exact !== undefined) expansions.push([exact, 1]);
        if (options.prefix !== false || options.fuzzy !== false) sorted ??= [...termList].sort();
        if (options.prefix !== false && word.length >= 2 && sorted) {
          const found: [number, number][] = [];
          for (
            let i = lowerBound(sorted, word);
            i < sorted.length && sorted[i]!.startsWith(word);
            i++
          ) {
            const t = termIds.get(sorted[i]!)!;
            if (t !== exact) found.push([t, 0.3 + 0.4 * (word.length / sorted[i]!.length)]);
          }
          if (found.length > MAX_EXPANSIONS) {
            found.sort((a, b) => spread(b[0]) - spread(a[0]));
            found.length = MAX_EXPANSIONS;
          }
          expansions.push(...found);
        }
        // Typo tolerance only for words the index holds neither as such nor as a prefix.
        if (
          options.fuzzy !== false &&
          expansions.length < 3 &&
          exact === undefined &&
          word.length >= 4 &&
          sorted
        ) {
          const max = word.length >= 8 ? 2 : 1;
          const first = word[0]!;
          const found: [number, number][] = [];
          const end = lowerBound(sorted, String.fromCharCode(first.charCodeAt(0) + 1));
          for (let i = lowerBound(sorted, first); i < end; i++) {
            const term = sorted[i]!;
            if (Math.abs(term.length - word.length) > max || term.startsWith(word)) continue;
            const d = distance(word, term, max);
            if (d <= max) found.push([termIds.get(term)!, d === 1 ? 0.45 : 0.25]);
          }
          if (found.length > MAX_EXPANSIONS) {
            found.sort((a, b) => spread(b[0]) - spread(a[0]));
            found.length = MAX_EXPANSIONS;
          }
          expansions.push(...found);
        }

        // BM25 per group of fields, each with its own lengths and its own rarity of the term
        // (a word in few titles is rare there even when every text has it), then summed with
        // the group's weight. A clip counts once per query word and group: its best expansion.
        const bit = 1 << q;
        for (const field of fields) {
          const { postings, lengths, best, touched: bestTouched } = field;
          const avg = live > 0 && field.total > 0 ? field.total / live : 1;
          for (const [t, weight] of expansions) {
            const list = postings[t]!;
            if (list.length === 0) continue;
            const df = list.length / 2;
            const w =
              field.group.weight * weight * Math.log(1 + (live - df + 0.5) / (df + 0.5)) * (K1 + 1);
            for (let i = 0; i < list.length; i += 2) {
              const n = list[i]!;
              if (ids[n] === undefined) continue;
              const tf = list[i + 1]!;
              const s = (w * tf) / (tf + K1 * (1 - B + (B * lengths[n]!) / avg));
              if (best[n] === 0) bestTouched.push(n);
              if (s > best[n]!) best[n] = s;
            }
          }
          for (const n of bestTouched) {
            if (masks[n] === 0) touched.push(n);
            scores[n]! += best[n]!;
            masks[n]! |= bit;
            best[n] = 0;
          }
          bestTouched.length = 0;
        }
      }

      // Keeps the best `want`: candidates pile up, and are cut back to `want` when the pile
      // doubles, raising the bar below which a clip is not even kept.
      let top: { n: number; s: number }[] = [];
      let bar = -1;
      const cut = () => {
        top.sort((a, b) => b.s - a.s || (ids[a.n]! < ids[b.n]! ? -1 : 1));
        top = top.slice(0, want);
        if (top.length === want) bar = top[want - 1]!.s;
      };
      for (const n of touched) {
        let bits = masks[n]!;
        let matched = 0;
        while (bits) {
          bits &= bits - 1;
          matched++;
        }
        const coverage = matched / words.length;
        const score = scores[n]! * coverage * coverage;
        scores[n] = 0;
        masks[n] = 0;
        if (score <= bar || want === 0 || (filter && !filter(metas[n]!))) continue;
        top.push({ n, s: score });
        if (top.length >= 2 * want + 64) cut();
      }
      cut();
      const hits = top.map(({ n, s }) => ({ id: ids[n]!, score: s }));
      return hits.slice(offset, want);
    },

    serialize() {
      if (dead > 0) compact();
      const [title, tags, body] = fields.map(({ postings, lengths }): SerializedPostings => {
        const offsets = new Int32Array(termList.length + 1);
        let total = 0;
        for (let t = 0; t < postings.length; t++) {
          offsets[t] = total;
          total += postings[t]!.length;
        }
        offsets[termList.length] = total;
        const flat = new Int32Array(total);
        for (let t = 0; t < postings.length; t++) flat.set(postings[t]!, offsets[t]!);
        return { offsets, postings: flat, lengths: Float64Array.from(lengths) };
      }) as [SerializedPostings, SerializedPostings, SerializedPostings];
      return {
        terms: termList.join("\n"),
        title,
        tags,
        body,
        ids: ids as string[],
        meta: metas,
      };
    },
  };
  return index;
}
