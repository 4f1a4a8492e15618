// The background's answers to the toolbox pages: list, write and trash documents of the
// library's `stories`, `chantiers`, `assessments` and `missions` collections. Everything is
// checked before anything is written (features/toolbox/records.ts), so a batch is all or nothing.
import type { Library } from "@pionniers/library";
import type { ToolboxCollection, ToolboxDoc, ToolboxHandlers } from "../../messages.ts";
import { checkDoc, ToolboxError } from "./records.ts";

const COLLECTIONS: readonly ToolboxCollection[] = [
  "stories",
  "chantiers",
  "assessments",
  "missions",
];
const ID = /^[A-Za-z0-9_.:-]{1,128}$/;
/** Most documents one message may write: a CSV import of a whole backlog fits. */
export const MAX_BATCH = 2000;

function collectionOf(collection: unknown): ToolboxCollection {
  if (!COLLECTIONS.includes(collection as ToolboxCollection))
    throw new ToolboxError(
      "unknown-collection",
      `unknown collection ${JSON.stringify(collection)} — use stories, chantiers, assessments or missions`,
    );
  return collection as ToolboxCollection;
}

/**
 * The toolbox's part of the background's handler map.
 *
 * @param open opens (or returns) the library
 * @returns `toolboxList`, `toolboxPut`, `toolboxRemove`
 * @example
 * ```ts
 * const handlers = { ...createHandlers(ctx), ...createToolboxHandlers(open) };
 * ```
 */
export function createToolboxHandlers(open: () => Promise<{ library: Library }>): ToolboxHandlers {
  return {
    async toolboxList({ collection }) {
      const { library } = await open();
      const docs = await library.query(collectionOf(collection));
      return docs.map((d): ToolboxDoc => {
        const out: ToolboxDoc = { id: d.id, data: d.data ?? null };
        if (d.title !== undefined) out.title = d.title;
        return out;
      });
    },

    async toolboxPut({ collection, docs }) {
      const c = collectionOf(collection);
      if (!Array.isArray(docs) || docs.length > MAX_BATCH)
        throw new ToolboxError("too-many", `send 1 to ${MAX_BATCH} documents at a time`);
      const checked = docs.map((doc) => {
        if (typeof doc?.id !== "string" || !ID.test(doc.id))
          throw new ToolboxError(
            "invalid-id",
            `id ${JSON.stringify(doc?.id)} — 1 to 128 letters, digits, _ - . or :`,
          );
        const { title, data } = checkDoc(c, doc);
        return { id: doc.id, title, data: data as never };
      });
      const { library } = await open();
      const ids = checked.length ? await library.putMany(c, checked) : [];
      return { ids };
    },

    async toolboxRemove({ collection, ids }) {
      const c = collectionOf(collection);
      const { library } = await open();
      let removed = 0;
      for (const id of ids) {
        const doc = await library.get(c, id);
        if (!doc || doc.deleted) continue;
        await library.remove(c, id);
        removed++;
      }
      return { removed };
    },
  };
}
