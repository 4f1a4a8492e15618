import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Change } from "./change.ts";
import { type DocState, type MergeState, mergeChanges, toDoc } from "./merge.ts";
import { changeArb } from "./test-fixtures/arbitraries.ts";

/** A comparable snapshot: every doc with every field's value and stamp. */
function snapshot(state: MergeState): unknown {
  const docs = [...state.values()].map((d: DocState) => ({
    key: `${d.collection}/${d.id}`,
    fields: [...d.fields].map(([f, e]) => [f, e.value, e.stamp]).sort(),
    sets: [...d.sets]
      .map(([f, m]) => [f, [...m].map(([el, e]) => [el, e.present, e.stamp]).sort()])
      .sort(),
  }));
  return docs.sort((a, b) => (a.key < b.key ? -1 : 1));
}

const merge = (changes: Change[], state: MergeState = new Map()) =>
  mergeChanges(state, changes).state;

describe("mergeChanges", () => {
  it("is commutative: any delivery order gives the same state", () => {
    fc.assert(
      fc.property(
        fc
          .array(changeArb, { maxLength: 40 })
          .chain((cs) =>
            fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length })),
          ),
        ([a, b]) => {
          expect(snapshot(merge(a))).toEqual(snapshot(merge(b)));
        },
      ),
    );
  });

  it("is associative: merging in batches equals merging at once", () => {
    fc.assert(
      fc.property(fc.array(changeArb), fc.array(changeArb), fc.array(changeArb), (x, y, z) => {
        expect(snapshot(merge(z, merge(y, merge(x))))).toEqual(snapshot(merge([...x, ...y, ...z])));
      }),
    );
  });

  it("is idempotent: duplicates change nothing", () => {
    fc.assert(
      fc.property(fc.array(changeArb), (x) => {
        const once = merge(x);
        expect(snapshot(merge(x, once))).toEqual(snapshot(once));
        expect(mergeChanges(once, x).applied).toEqual([]);
      }),
    );
  });

  it("keeps the newest write of every field and set element", () => {
    fc.assert(
      fc.property(fc.array(changeArb, { minLength: 1 }), (x) => {
        const state = merge(x);
        for (const c of x) {
          const doc = state.get(`clips/${c.id}`)!;
          const entry =
            "element" in c ? doc.sets.get(c.field)!.get(c.element)! : doc.fields.get(c.field)!;
          expect(entry.stamp >= c.stamp).toBe(true);
        }
      }),
    );
  });

  it("does not modify the state it was given", () => {
    fc.assert(
      fc.property(fc.array(changeArb), fc.array(changeArb), (x, y) => {
        const base = merge(x);
        const before = snapshot(base);
        mergeChanges(base, y);
        expect(snapshot(base)).toEqual(before);
      }),
    );
  });

  it("lets two pioneers adding different tags at once both keep theirs", () => {
    const { state } = mergeChanges(new Map(), [
      {
        collection: "clips",
        id: "a",
        field: "tags",
        element: "coop",
        present: true,
        stamp: "1700000000000-0000-r1",
      },
      {
        collection: "clips",
        id: "a",
        field: "tags",
        element: "rgpd",
        present: true,
        stamp: "1700000000000-0000-r2",
      },
      {
        collection: "clips",
        id: "a",
        field: "title",
        value: "old",
        stamp: "1700000000000-0000-r1",
      },
      {
        collection: "clips",
        id: "a",
        field: "title",
        value: "new",
        stamp: "1700000000001-0000-r2",
      },
    ]);
    expect(toDoc(state.get("clips/a")!)).toEqual({
      id: "a",
      title: "new",
      tags: ["coop", "rgpd"],
      themeIds: [],
      storyIds: [],
    });
  });
});
