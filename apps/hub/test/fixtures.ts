// Shared helpers for hub tests: stamps, changes, temporary SQLite files.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Change } from "@pionniers/library";
import type { FieldWrite } from "../src/storage/types.ts";

export function tempDir(prefix = "hub-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A stamp `n` ms after a fixed recent time, from `replica`. */
export function stamp(n: number, replica = "r1", counter = 0): string {
  const wall = 1_790_000_000_000 + n;
  return `${wall}-${String(counter).padStart(4, "0")}-${replica}`;
}

/** A scalar field write as the service would hand it to the storage. */
export function write(id: string, field: string, value: unknown, at: string): FieldWrite {
  const change = { collection: "clips", id, field, value, stamp: at };
  const w: FieldWrite = {
    docKey: `clips/${id}`,
    field,
    element: "",
    stamp: at,
    change: JSON.stringify(change),
  };
  if (field === "private" && typeof value === "boolean") w.privateValue = value;
  return w;
}

/** A valid clip title change. */
export function titleChange(id: string, title: string, at: string): Change {
  return { collection: "clips", id, field: "title", value: title, stamp: at };
}
