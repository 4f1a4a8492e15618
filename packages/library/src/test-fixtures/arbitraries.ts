import fc from "fast-check";
import type { Change } from "../change.ts";
import { formatStamp } from "../clock.ts";

/** Small id, field and value pools so that random changes collide often. */
export const ids = ["a", "b", "c"];
export const scalarFields = ["title", "note", "deleted"] as const;
export const tags = ["coop", "outils", "rgpd", "numérique"];

/** A random valid change on the clips collection, stamp from a small space so ties happen. */
export const changeArb: fc.Arbitrary<Change> = fc.oneof(
  fc.record({
    collection: fc.constant("clips" as const),
    id: fc.constantFrom(...ids),
    field: fc.constantFrom("title", "note"),
    value: fc.string({ maxLength: 4 }),
    stamp: fc
      .tuple(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom("r0", "r1", "r2"),
      )
      .map(([w, c, r]) => formatStamp(w, c, r)),
  }),
  fc.record({
    collection: fc.constant("clips" as const),
    id: fc.constantFrom(...ids),
    field: fc.constant("deleted"),
    value: fc.boolean(),
    stamp: fc
      .tuple(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom("r0", "r1", "r2"),
      )
      .map(([w, c, r]) => formatStamp(w, c, r)),
  }),
  fc.record({
    collection: fc.constant("clips" as const),
    id: fc.constantFrom(...ids),
    field: fc.constant("tags"),
    element: fc.constantFrom(...tags),
    present: fc.boolean(),
    stamp: fc
      .tuple(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom("r0", "r1", "r2"),
      )
      .map(([w, c, r]) => formatStamp(w, c, r)),
  }),
);
