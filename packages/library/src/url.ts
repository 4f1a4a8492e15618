import { LibraryError } from "./errors.ts";
import type { DocState } from "./merge.ts";
import type { Clip } from "./schema.ts";

const TRACKERS = new Set([
  "fbclid",
  "gclid",
  "dclid",
  "gbraid",
  "wbraid",
  "msclkid",
  "yclid",
  "twclid",
  "ttclid",
  "igshid",
  "mc_eid",
  "mc_cid",
  "_hsenc",
  "_hsmi",
  "mkt_tok",
  "oly_anon_id",
  "oly_enc_id",
  "vero_id",
  "vero_conv",
  "wickedid",
  "s_cid",
  "ref_src",
  "__s",
  "_ga",
  "_gl",
  "srsltid",
  "xtor",
  "at_medium",
  "at_campaign",
]);

/** The decoded name of one `name=value` part of a query. */
function paramName(part: string): string {
  const raw = part.split("=", 1)[0]!.replace(/\+/g, " ");
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function isTracker(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith("utm_") || n.startsWith("pk_") || TRACKERS.has(n);
}

/**
 * The form of a URL used to spot duplicates: lower-case scheme and host, no default port, no
 * tracking parameters (`utm_*`, `fbclid`, `gclid`, `mc_eid`…), no fragment — except app
 * routes (`#/…`, `#!/…`), which are kept. The rest of the query is kept as written (same
 * order, same encoding); an empty query (`/p?`) is dropped.
 *
 * @param url an absolute URL
 * @returns the normalised URL
 * @throws a `invalid-url` {@link LibraryError} when `url` cannot be parsed
 * @example
 * ```ts
 * normalizeUrl("HTTPS://Example.org:443/a?utm_source=x&id=3#top"); // "https://example.org/a?id=3"
 * ```
 */
export function normalizeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(String(url).trim());
  } catch {
    throw new LibraryError(
      "invalid-url",
      `not an absolute URL: ${JSON.stringify(String(url).slice(0, 100))}`,
      "url",
    );
  }
  // The query is filtered as written: re-encoding it (URLSearchParams turns `%20` into `+`)
  // would make two spellings of one address look different. An empty query (`/p?`) goes.
  const kept = parsed.search
    .slice(1)
    .split("&")
    .filter((part) => part !== "" && !isTracker(paramName(part)));
  parsed.search = kept.length > 0 ? `?${kept.join("&")}` : "";
  if (!(parsed.hash.startsWith("#/") || parsed.hash.startsWith("#!/"))) parsed.hash = "";
  return parsed.href;
}

/** A set of clips that point at the same resource. */
export interface DuplicateGroup {
  /** The normalised URL they share. */
  url: string;
  /** The clips, oldest first. */
  clips: Clip[];
}

/**
 * Groups clips that point at the same resource (same normalised canonical URL, or URL when
 * there is none), across all pioneers. Clips in the trash and unparsable URLs are skipped.
 *
 * @param clips clips, e.g. `await library.query("clips")`
 * @returns the groups of two or more clips, by URL
 * @example
 * ```ts
 * findDuplicates(await library.query("clips")).map((g) => g.clips.length); // [2]
 * ```
 */
export function findDuplicates(clips: readonly Clip[]): DuplicateGroup[] {
  const groups = new Map<string, Clip[]>();
  for (const clip of clips) {
    if (clip.deleted === true) continue;
    const source = clip.canonicalUrl ?? clip.url;
    if (source === undefined) continue;
    let key: string;
    try {
      key = normalizeUrl(source);
    } catch {
      continue;
    }
    const group = groups.get(key);
    if (group) group.push(clip);
    else groups.set(key, [clip]);
  }
  const out: DuplicateGroup[] = [];
  for (const [url, list] of groups) {
    if (list.length < 2) continue;
    list.sort((a, b) =>
      (a.createdAt ?? "") < (b.createdAt ?? "")
        ? -1
        : (a.createdAt ?? "") > (b.createdAt ?? "")
          ? 1
          : a.id < b.id
            ? -1
            : 1,
    );
    out.push({ url, clips: list });
  }
  return out.sort((a, b) => (a.url < b.url ? -1 : 1));
}

/**
 * The normalised URL a stored clip is indexed by (its canonical URL, else its URL), or
 * `undefined` for other documents. Stores keep it beside the document for {@link LibraryStore.byUrl}.
 *
 * @param state a document state
 * @returns the index key or undefined
 */
export function urlKey(state: DocState): string | undefined {
  if (state.collection !== "clips") return undefined;
  const source = state.fields.get("canonicalUrl")?.value ?? state.fields.get("url")?.value;
  if (typeof source !== "string") return undefined;
  try {
    return normalizeUrl(source);
  } catch {
    return undefined;
  }
}
