import * as v from "valibot";
import { type Change, oversize, oversizeMessage, validateChanges } from "./change.ts";
import { type Clock, createClock } from "./clock.ts";
import { LibraryError } from "./errors.ts";
import { createId } from "./id.ts";
import type { Json } from "./json.ts";
import { type DocState, docChanges, docKey, emptyDoc, mergeInto, toDoc } from "./merge.ts";
import {
  type CollectionName,
  type CollectionSpec,
  collectionNames,
  collections,
  type Doc,
  type DocInput,
  fieldSchema,
  idSchema,
  isCollection,
} from "./schema.ts";
import type { LibraryStore, StoredDoc } from "./store.ts";
import { normalizeUrl } from "./url.ts";

/** Who uses this replica; clips they make carry their id and association. */
export interface PioneerInfo {
  id: string;
  displayName?: string;
  association?: string;
}

/** Options of {@link createLibrary}. */
export interface LibraryOptions {
  /** Where documents live: {@link createMemoryStore} or the Dexie store. */
  store: LibraryStore;
  /** This replica's id (one per browser profile / device); 1–64 of `A-Z a-z 0-9 _ -`. */
  replicaId: string;
  /** The pioneer using this replica. */
  pioneer: PioneerInfo;
  /** Wall clock in ms (tests inject one). */
  now?: () => number;
}

/** What {@link Library.apply} and bundle imports report, counted in documents. */
export interface ApplyReport {
  /** Documents that did not exist before. */
  added: number;
  /** Existing documents that changed. */
  updated: number;
  /** Documents the changes did not change (already known, or older writes). */
  unchanged: number;
  /** The changes that won (changed something). */
  applied: Change[];
  /**
   * Earlier writes of clips this merge made public again, put back among the changes to
   * send (see {@link Library.changesSince}). When not 0, the changes between `since` and
   * `cursor` are more than `applied`.
   */
  republished: number;
  /**
   * The {@link Library.changesSince} cursors just before and just after this merge: the
   * changes between them are `applied`, plus the `republished` ones (a sync client skips
   * re-reading its pulls).
   */
  since: string;
  cursor: string;
}

/** What subscribers receive after every committed write. */
export interface LibraryEvent {
  /** `local` for edits through this library, `remote` for {@link Library.apply} (sync, bundles). */
  origin: "local" | "remote";
  /** The changes that won. */
  changes: Change[];
  /** The documents they touched. */
  docs: { collection: CollectionName; id: string }[];
}

/** Options of {@link Library.query}. */
export interface QueryOptions<D> {
  /** Keep only documents for which this returns true. */
  where?: (doc: D) => boolean;
  /** `false` (default): live documents; `true`: only the trash; `"all"`: both. */
  trash?: boolean | "all";
}

/** A page of changes from {@link Library.changesSince}. */
export interface ChangesPage {
  changes: Change[];
  /** Pass it to the next `changesSince` call; unchanged when nothing was new. */
  cursor: string;
  /** True when more changes are waiting (call again with `cursor`). */
  more: boolean;
}

/** A pioneer's clip library on one replica, made by {@link createLibrary}. */
export interface Library {
  readonly replicaId: string;
  readonly pioneer: PioneerInfo;
  readonly clock: Clock;
  readonly store: LibraryStore;
  /**
   * Creates a document, or overwrites the given fields of an existing one (when `doc.id`
   * exists). Set fields given as arrays replace the set. New clips get `createdBy`,
   * `association`, `createdAt` and `private: false` unless given.
   * @returns the document's id
   */
  put<C extends CollectionName>(collection: C, doc: DocInput<C>): Promise<string>;
  /**
   * Creates or overwrites many documents in one transaction (imports, bulk edits): each is
   * validated like {@link Library.put}; one bad document throws and nothing is written.
   * @returns their ids, in order
   */
  putMany<C extends CollectionName>(collection: C, docs: readonly DocInput<C>[]): Promise<string[]>;
  /**
   * Creates or overwrites documents of several collections in one transaction (an import's
   * themes and clips): all validated first; one bad document throws and nothing is written.
   * Error paths name the collection: `clips[3].url`.
   * @returns the ids, by collection, in order
   */
  putAll(batches: { [C in CollectionName]?: readonly DocInput<C>[] }): Promise<{
    [C in CollectionName]?: string[];
  }>;
  /** Writes the given fields of an existing document (field-level: other fields untouched). */
  update<C extends CollectionName>(
    collection: C,
    id: string,
    fields: Omit<DocInput<C>, "id">,
  ): Promise<void>;
  /** Adds an element to a set field (a tag, a theme id…). */
  addTo(collection: CollectionName, id: string, field: string, element: string): Promise<void>;
  /** Removes an element from a set field. */
  removeFrom(collection: CollectionName, id: string, field: string, element: string): Promise<void>;
  /** Moves a document to the trash (it syncs, and can be restored). */
  remove(collection: CollectionName, id: string): Promise<void>;
  /** Takes a document out of the trash. */
  restore(collection: CollectionName, id: string): Promise<void>;
  /** The plain document (set fields as sorted arrays; `deleted: true` in the trash), or undefined. */
  get<C extends CollectionName>(collection: C, id: string): Promise<Doc<C> | undefined>;
  /** The documents of a collection, live ones by default. */
  query<C extends CollectionName>(collection: C, options?: QueryOptions<Doc<C>>): Promise<Doc<C>[]>;
  /**
   * The latest value of every field written on this replica (locally or merged) since
   * `cursor`, in write order, paged.
   *
   * A cursor is an **opaque string**: store the one returned and pass it back; `""` (or
   * omitting it) means "from the beginning". Cursors are local to one replica's store — never
   * send one to another replica. Changes are safe to receive twice, so a sync client that
   * crashes before saving its cursor just resends.
   *
   * @param cursor opaque cursor from an earlier page, or `""`
   * @param options `limit`: about how many changes per page (default 5000; a document's
   *   changes are never split across pages)
   */
  changesSince(cursor?: string, options?: { limit?: number }): Promise<ChangesPage>;
  /**
   * Merges changes from elsewhere (hub, bundle) in one transaction, after validating all of
   * them: a bad change or a stamp more than 24 h ahead throws a {@link LibraryError} and
   * nothing is written.
   */
  apply(changes: readonly unknown[]): Promise<ApplyReport>;
  /**
   * Live clips that point at the same resource as `url` (same normalised URL, canonical URL
   * first) — to show "already clipped" before clipping again.
   */
  findByUrl(url: string): Promise<Doc<"clips">[]>;
  /** Calls `listener` after every committed write; returns the unsubscribe function. */
  subscribe(listener: (event: LibraryEvent) => void): () => void;
  /** Closes the store. */
  close(): Promise<void>;
}

/**
 * A clip made public again: every field and set element it holds goes back among the changes
 * to send, with its own stamp. A sync client keeps a private clip's content on the device, so
 * the writes made meanwhile (on this device or, once it learns the clip is public, on another
 * of the owner's devices) reach the others now — and stamps unchanged means no write of
 * anyone else is overruled.
 *
 * @returns how many entries were put back
 */
function republish(state: DocState, seq: number): number {
  let count = 0;
  for (const e of state.fields.values()) {
    if (e.seq !== seq) count++;
    e.seq = seq;
  }
  for (const elements of state.sets.values()) {
    for (const e of elements.values()) {
      if (e.seq !== seq) count++;
      e.seq = seq;
    }
  }
  return count;
}

const META_SEQ = "seq";
const META_CLOCK = "clock";
const CURSOR = /^(0|[1-9]\d{0,15})$/;

function fail(
  code: "unknown-collection" | "unknown-field" | "invalid-document" | "not-a-set",
  message: string,
  path?: string,
): never {
  throw new LibraryError(code, message, path);
}

function checkCollection(collection: unknown): asserts collection is CollectionName {
  if (!isCollection(collection)) {
    fail(
      "unknown-collection",
      `no collection ${JSON.stringify(String(collection).slice(0, 40))} — use one of ${collectionNames.join(", ")}`,
      "collection",
    );
  }
}

function checkId(id: unknown): asserts id is string {
  if (!v.is(idSchema, id)) {
    throw new LibraryError("invalid-id", "ids are 1–128 letters, digits, _ - . or :", "id");
  }
}

/** Validates one field value; returns the value (valibot may normalise) or throws. */
function checkField(
  collection: CollectionName,
  field: string,
  value: unknown,
  at: string,
): { kind: "scalar" | "set"; value: unknown } {
  const spec = fieldSchema(collection, field);
  const path = at + field;
  if (!spec || field === "deleted") {
    fail("unknown-field", `${collection} has no field "${field}"`, path);
  }
  if (spec.kind === "set") {
    if (!Array.isArray(value)) fail("invalid-document", "a set field takes an array", path);
    value.forEach((element, i) => {
      const r = v.safeParse(spec.schema, element);
      if (!r.success) fail("invalid-document", r.issues[0].message, `${path}[${i}]`);
    });
    return { kind: "set", value };
  }
  const r = v.safeParse(spec.schema, value);
  if (!r.success) fail("invalid-document", r.issues[0].message, path);
  return { kind: "scalar", value: r.output };
}

/**
 * Opens a pioneer's library on a store: loads the clock's last stamp so that stamps stay
 * monotonic across sessions, and records the pioneer's display name.
 *
 * @param options store, replica id, pioneer, optional clock
 * @returns the library
 * @example
 * ```ts
 * const library = await createLibrary({ store: createMemoryStore(), replicaId: "laptop", pioneer: { id: "ana", association: "La Ruche" } });
 * const id = await library.put("clips", { url: "https://www.avise.org/", title: "Avise" });
 * await library.addTo("clips", id, "tags", "ess");
 * ```
 */
export async function createLibrary(options: LibraryOptions): Promise<Library> {
  const { store, replicaId, pioneer } = options;
  const now = options.now ?? Date.now;
  checkId(pioneer?.id);
  const last = await store.transaction((tx) => tx.getMeta(META_CLOCK));
  const clock = createClock(replicaId, now, last === undefined ? {} : { last });
  const listeners = new Set<(event: LibraryEvent) => void>();

  /** Merges validated changes in one transaction and tells subscribers. */
  async function commit(
    changes: readonly Change[],
    origin: LibraryEvent["origin"],
  ): Promise<ApplyReport> {
    const groups = new Map<string, Change[]>();
    for (const c of changes) {
      const key = docKey(c.collection, c.id);
      const group = groups.get(key);
      if (group) group.push(c);
      else groups.set(key, [c]);
    }
    const keys = [...groups.keys()];
    let written: StoredDoc[] = [];
    const report: ApplyReport = await store.transaction(async (tx) => {
      const found = await tx.getDocs(keys);
      let seq = Number((await tx.getMeta(META_SEQ)) ?? "0");
      const since = String(seq);
      const out: ApplyReport = {
        added: 0,
        updated: 0,
        unchanged: 0,
        applied: [],
        republished: 0,
        since,
        cursor: since,
      };
      const writes: StoredDoc[] = [];
      keys.forEach((key, i) => {
        const group = groups.get(key)!;
        const first = group[0]!;
        const existing = found[i];
        const state = existing?.state ?? emptyDoc(first.collection, first.id);
        const docSeq = seq + 1;
        const wasPrivate = state.fields.get("private")?.value === true;
        let won = false;
        for (const c of group) {
          if (mergeInto(state, c, docSeq)) {
            won = true;
            out.applied.push(c);
          }
        }
        if (!won) {
          out.unchanged++;
          return;
        }
        if (wasPrivate && state.fields.get("private")?.value !== true) {
          out.republished += republish(state, docSeq);
        }
        seq = docSeq;
        if (existing) out.updated++;
        else out.added++;
        writes.push({ key, collection: first.collection, id: first.id, seq, state });
      });
      written = writes;
      if (writes.length > 0) {
        await tx.putDocs(writes);
        out.cursor = String(seq);
        await tx.setMeta(META_SEQ, out.cursor);
      }
      await tx.setMeta(META_CLOCK, clock.last);
      return out;
    });
    if (written.length > 0 && listeners.size > 0) {
      // The documents written are those with a winning change, in the same order.
      const docs = written.map(({ collection, id }) => ({ collection, id }));
      const event: LibraryEvent = { origin, changes: report.applied, docs };
      for (const listener of listeners) listener(event);
    }
    return report;
  }

  async function requireDoc(collection: CollectionName, id: string): Promise<StoredDoc> {
    checkCollection(collection);
    checkId(id);
    const doc = await store.getDoc(docKey(collection, id));
    if (!doc) throw new LibraryError("not-found", `no ${collection} document with id ${id}`, "id");
    return doc;
  }

  /**
   * Changes that write `fields` onto `current` (set arrays replace the set). They share one
   * stamp: each writes a different register (field or set element), and a stamp only has to
   * order the writes of one register.
   */
  function fieldChanges(
    collection: CollectionName,
    id: string,
    fields: Record<string, unknown>,
    current: StoredDoc | undefined,
    stamp: string,
    at = "",
  ): Change[] {
    if (typeof fields !== "object" || fields === null || Array.isArray(fields)) {
      fail("invalid-document", "expected an object of fields", at || undefined);
    }
    const changes: Change[] = [];
    for (const field of Object.keys(fields)) {
      if (field === "id") continue;
      const raw = fields[field];
      if (raw === undefined) continue;
      const { kind, value } = checkField(collection, field, raw, at);
      if (kind === "scalar") {
        const change: Change = { collection, id, field, value: value as Json, stamp };
        const size = oversize(change);
        if (size > 0) throw new LibraryError("too-large", oversizeMessage(size), at + field);
        changes.push(change);
        continue;
      }
      const wanted = new Set(value as string[]);
      for (const element of wanted) {
        changes.push({ collection, id, field, element, present: true, stamp });
      }
      const elements = current?.state.sets.get(field);
      if (elements) {
        for (const [element, e] of elements) {
          if (e.present && !wanted.has(element)) {
            changes.push({ collection, id, field, element, present: false, stamp });
          }
        }
      }
    }
    return changes;
  }

  async function setElement(
    collection: CollectionName,
    id: string,
    field: string,
    element: string,
    present: boolean,
  ): Promise<void> {
    await requireDoc(collection, id);
    const spec = fieldSchema(collection, field);
    if (!spec) fail("unknown-field", `${collection} has no field "${field}"`, field);
    if (spec.kind !== "set") fail("not-a-set", `${field} is not a set field — use update()`, field);
    const r = v.safeParse(spec.schema, element);
    if (!r.success) fail("invalid-document", r.issues[0].message, field);
    await commit([{ collection, id, field, element, present, stamp: clock.next() }], "local");
  }

  async function setDeleted(
    collection: CollectionName,
    id: string,
    deleted: boolean,
  ): Promise<void> {
    await requireDoc(collection, id);
    await commit(
      [{ collection, id, field: "deleted", value: deleted, stamp: clock.next() }],
      "local",
    );
  }

  /**
   * Creates or overwrites documents of one or more collections in one transaction, all
   * validated before anything is written (see {@link Library.putMany}, {@link Library.putAll}).
   */
  async function writeDocs(
    batches: readonly {
      collection: CollectionName;
      docs: readonly unknown[];
      at: (i: number) => string;
    }[],
  ): Promise<string[][]> {
    const prepared = batches.map(({ collection, docs, at }) => {
      checkCollection(collection);
      if (!Array.isArray(docs)) {
        fail("invalid-document", "expected an array of documents", collection);
      }
      return docs.map((doc: unknown, i: number) => {
        if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
          fail("invalid-document", "expected an object", at(i) || undefined);
        }
        const fields = { ...(doc as Record<string, unknown>) };
        const id = fields.id === undefined ? createId() : fields.id;
        checkId(id);
        return { collection, id, fields, path: at(i) };
      });
    });
    const all = prepared.flat();
    const current = await store.transaction((tx) =>
      tx.getDocs(all.map((p) => docKey(p.collection, p.id))),
    );
    const changes: Change[] = [];
    const stamp = clock.next();
    all.forEach(({ collection, id, fields, path }, i) => {
      if (!current[i]) {
        const spec: CollectionSpec = collections[collection];
        for (const field of spec.required) {
          if (fields[field] === undefined) {
            fail("invalid-document", `a new ${collection} document needs "${field}"`, path + field);
          }
        }
        if (collection === "clips") {
          fields.createdBy ??= pioneer.id;
          if (pioneer.association !== undefined) fields.association ??= pioneer.association;
          fields.createdAt ??= new Date(now()).toISOString();
          fields.private ??= false;
        }
      }
      for (const c of fieldChanges(collection, id, fields, current[i], stamp, path)) {
        changes.push(c);
      }
    });
    await commit(changes, "local");
    return prepared.map((docs) => docs.map((p) => p.id));
  }

  const library: Library = {
    replicaId,
    pioneer,
    clock,
    store,

    async put(collection, doc) {
      const [id] = await library.putMany(collection, [doc]);
      return id!;
    },

    async putMany(collection, docs) {
      // Paths name the document in a batch: `[3].url`.
      const at = (i: number) => (docs.length > 1 ? `[${i}].` : "");
      const [ids] = await writeDocs([{ collection, docs, at }]);
      return ids!;
    },

    async putAll(batches) {
      const list = Object.entries(batches).map(([collection, docs]) => ({
        collection: collection as CollectionName,
        docs: docs as readonly unknown[],
        at: (i: number) => `${collection}[${i}].`,
      }));
      const ids = await writeDocs(list);
      const out: Partial<Record<CollectionName, string[]>> = {};
      list.forEach(({ collection }, i) => {
        out[collection] = ids[i]!;
      });
      return out;
    },

    async update(collection, id, fields) {
      const current = await requireDoc(collection, id);
      await commit(
        fieldChanges(collection, id, fields as Record<string, unknown>, current, clock.next()),
        "local",
      );
    },

    addTo: (collection, id, field, element) => setElement(collection, id, field, element, true),
    removeFrom: (collection, id, field, element) =>
      setElement(collection, id, field, element, false),
    remove: (collection, id) => setDeleted(collection, id, true),
    restore: (collection, id) => setDeleted(collection, id, false),

    async get<C extends CollectionName>(collection: C, id: string) {
      checkCollection(collection);
      checkId(id);
      const doc = await store.getDoc(docKey(collection, id));
      return doc ? toDoc<C>(doc.state) : undefined;
    },

    async query<C extends CollectionName>(collection: C, options: QueryOptions<Doc<C>> = {}) {
      checkCollection(collection);
      const trash = options.trash ?? false;
      const out: Doc<C>[] = [];
      for (const stored of await store.list(collection)) {
        const deleted = stored.state.fields.get("deleted")?.value === true;
        if (trash !== "all" && deleted !== trash) continue;
        const doc = toDoc<C>(stored.state);
        if (options.where && !options.where(doc)) continue;
        out.push(doc);
      }
      return out;
    },

    async changesSince(cursor = "", options = {}) {
      if (typeof cursor !== "string" || (cursor !== "" && !CURSOR.test(cursor))) {
        throw new LibraryError(
          "invalid-cursor",
          'not a cursor from changesSince — pass "" to start over',
          "cursor",
        );
      }
      const since = cursor === "" ? 0 : Number(cursor);
      const limit = Math.max(1, options.limit ?? 5000);
      const changes: Change[] = [];
      let last = since;
      let more = false;
      // A document's changes never split across pages, so its `seq` is a safe cursor.
      // Documents are read in growing chunks: a page of `limit` changes spans far fewer
      // documents, and a store read copies every document it returns.
      for (let want = Math.min(limit, 64); !more; want = Math.min(limit, want * 4)) {
        const docs = await store.since(last, want);
        for (const doc of docs) {
          changes.push(...docChanges(doc.state, since));
          last = doc.seq;
          if (changes.length >= limit) break;
        }
        more = changes.length >= limit;
        if (docs.length < want) break;
      }
      return { changes, cursor: String(last), more };
    },

    async apply(input) {
      const checked = validateChanges(input);
      if (!checked.ok) throw checked.error;
      let newest = "";
      for (const c of checked.value) if (c.stamp > newest) newest = c.stamp;
      if (newest !== "") clock.receive(newest);
      return commit(checked.value, "remote");
    },

    async findByUrl(url) {
      const found = await store.byUrl(normalizeUrl(url));
      return found
        .filter((d) => d.state.fields.get("deleted")?.value !== true)
        .map((d) => toDoc<"clips">(d.state));
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    close: () => store.close(),
  };

  if (pioneer.displayName !== undefined) {
    const known = await library.get("pioneers", pioneer.id);
    if (known?.displayName !== pioneer.displayName || known?.association !== pioneer.association) {
      await library.put("pioneers", {
        id: pioneer.id,
        displayName: pioneer.displayName,
        ...(pioneer.association === undefined ? {} : { association: pioneer.association }),
      });
    }
  }
  return library;
}
