import type { Change, ScalarChange, SetChange } from "./change.ts";
import type { Stamp } from "./clock.ts";
import type { Json } from "./json.ts";
import { type CollectionName, type CollectionSpec, collections, type Doc } from "./schema.ts";

/** The winning write of one scalar field. `seq` is the local sequence number a store gave it. */
export interface FieldEntry {
  value: Json;
  stamp: Stamp;
  seq?: number;
}

/** The winning write of one set element. */
export interface ElementEntry {
  present: boolean;
  stamp: Stamp;
  seq?: number;
}

/** The merge state of one document: every field's winning write, every set element's. */
export interface DocState {
  collection: CollectionName;
  id: string;
  fields: Map<string, FieldEntry>;
  sets: Map<string, Map<string, ElementEntry>>;
}

/** The merge state of a whole replica, keyed by {@link docKey}. */
export type MergeState = ReadonlyMap<string, DocState>;

/**
 * The key of a document in a {@link MergeState}: `collection/id` (ids hold no `/`).
 *
 * @param collection collection name
 * @param id document id
 * @returns the key
 * @example
 * ```ts
 * docKey("clips", "abc"); // "clips/abc"
 * ```
 */
export function docKey(collection: string, id: string): string {
  return `${collection}/${id}`;
}

/**
 * An empty document state.
 *
 * @param collection collection name
 * @param id document id
 * @returns a state with no field written
 */
export function emptyDoc(collection: CollectionName, id: string): DocState {
  return { collection, id, fields: new Map(), sets: new Map() };
}

// Merging replaces entries and never mutates one, so a document's maps are all it must copy.
function copyDoc(doc: DocState): DocState {
  const sets = new Map<string, Map<string, ElementEntry>>();
  for (const [field, elements] of doc.sets) sets.set(field, new Map(elements));
  return { collection: doc.collection, id: doc.id, fields: new Map(doc.fields), sets };
}

// Equal stamps only meet when one write reached a replica twice — or when a broken replica
// reused a stamp; then a deterministic tie-break keeps replicas identical whatever the order.
function valueWins(incoming: Json, current: Json): boolean {
  return JSON.stringify(incoming) > JSON.stringify(current);
}

/**
 * Merges one change into a document state, in place. Scalars: the newest stamp wins; set
 * elements: per element, the newest stamp wins (presence wins a tie).
 *
 * @param doc the document state to update (mutated)
 * @param change a change for this document
 * @param seq local sequence number to record on the entry if the change wins
 * @returns true when the change won (the document changed)
 */
export function mergeInto(doc: DocState, change: Change, seq?: number): boolean {
  if ("element" in change) {
    const c = change as SetChange;
    let elements = doc.sets.get(c.field);
    if (elements === undefined) {
      elements = new Map();
      doc.sets.set(c.field, elements);
    }
    const current = elements.get(c.element);
    if (
      current !== undefined &&
      (current.stamp > c.stamp || (current.stamp === c.stamp && (current.present || !c.present)))
    ) {
      return false;
    }
    elements.set(
      c.element,
      seq === undefined
        ? { present: c.present, stamp: c.stamp }
        : { present: c.present, stamp: c.stamp, seq },
    );
    return true;
  }
  const c = change as ScalarChange;
  const current = doc.fields.get(c.field);
  if (
    current !== undefined &&
    (current.stamp > c.stamp || (current.stamp === c.stamp && !valueWins(c.value, current.value)))
  ) {
    return false;
  }
  doc.fields.set(
    c.field,
    seq === undefined
      ? { value: c.value, stamp: c.stamp }
      : { value: c.value, stamp: c.stamp, seq },
  );
  return true;
}

/**
 * Merges changes into a replica's state. Every field is a last-writer-wins register and
 * every set element too, so the merge is commutative, associative and idempotent: replicas
 * that saw the same changes, in any order and with any duplicates, hold the same state.
 * The given state is not modified.
 *
 * @param state the replica's state (an empty `new Map()` to start)
 * @param changes changes to merge, already validated
 * @returns the new state and the changes that won (those that changed something)
 * @example
 * ```ts
 * const a = mergeChanges(new Map(), [{ collection: "clips", id: "x", field: "title", value: "Hi", stamp: s1 }]);
 * const b = mergeChanges(a.state, [{ collection: "clips", id: "x", field: "title", value: "Old", stamp: s0 }]);
 * b.applied.length; // 0 — s0 < s1, the older write lost
 * ```
 */
export function mergeChanges(
  state: MergeState,
  changes: readonly Change[],
): { state: Map<string, DocState>; applied: Change[] } {
  const touched = new Map<string, DocState>();
  const applied: Change[] = [];
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    // A copy: merging never mutates a state it was given.
    const key = `${change.collection}/${change.id}`;
    let doc = touched.get(key);
    if (doc === undefined) {
      const base = state.get(key);
      doc = base === undefined ? emptyDoc(change.collection, change.id) : copyDoc(base);
      touched.set(key, doc);
    }
    if (mergeInto(doc, change)) applied.push(change);
  }
  const next = new Map(state);
  for (const [key, doc] of touched) next.set(key, doc);
  return { state: next, applied };
}

/**
 * Every change that rebuilds a document state (one per field, one per set element).
 *
 * @param doc a document state
 * @param sinceSeq only entries whose local `seq` is greater (default: all)
 * @returns the changes
 */
export function docChanges(doc: DocState, sinceSeq = -1): Change[] {
  const out: Change[] = [];
  const { collection, id } = doc;
  for (const [field, e] of doc.fields) {
    if ((e.seq ?? 0) > sinceSeq)
      out.push({ collection, id, field, value: e.value, stamp: e.stamp });
  }
  for (const [field, elements] of doc.sets) {
    for (const [element, e] of elements) {
      if ((e.seq ?? 0) > sinceSeq) {
        out.push({ collection, id, field, element, present: e.present, stamp: e.stamp });
      }
    }
  }
  return out;
}

/**
 * The plain document a state stands for: `id`, every written scalar field, every set field
 * of the collection as a sorted array of present elements.
 *
 * @param doc a document state
 * @returns the plain document
 * @example
 * ```ts
 * toDoc(state.get("clips/x")!).tags; // ["coop", "outils"]
 * ```
 */
export function toDoc<C extends CollectionName>(doc: DocState): Doc<C> {
  const out: Record<string, unknown> = { id: doc.id };
  for (const [field, e] of doc.fields) {
    // Copied so that a caller editing the document cannot change the stored state.
    out[field] =
      typeof e.value === "object" && e.value !== null ? structuredClone(e.value) : e.value;
  }
  const spec: CollectionSpec = collections[doc.collection];
  for (const field of Object.keys(spec.sets)) {
    const present: string[] = [];
    const elements = doc.sets.get(field);
    if (elements) for (const [element, e] of elements) if (e.present) present.push(element);
    out[field] = present.sort();
  }
  return out as Doc<C>;
}
