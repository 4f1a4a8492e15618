import { runInNewContext } from "node:vm";
import { isMaturityError, MaturityError } from "@pionniers/maturity";
import { expect, test } from "vitest";

test("errors carry a stable code, the faulty item and a prefixed message", () => {
  const e = new MaturityError("unknown-question", 'unknown question "x"', "x");
  expect(e).toBeInstanceOf(Error);
  expect([e.name, e.code, e.path, e.message]).toEqual([
    "MaturityError",
    "unknown-question",
    "x",
    '[maturity] unknown question "x"',
  ]);
});

test("isMaturityError recognises an error from another realm, and nothing else", () => {
  // An object branded in another V8 context, as from an iframe or a second copy of the package.
  const foreign = runInNewContext(
    'const e = new Error("[maturity] no answers"); e[Symbol.for("pionniers.MaturityError")] = true; e.code = "empty-answers"; e',
  );
  expect(foreign instanceof MaturityError).toBe(false);
  expect(isMaturityError(foreign)).toBe(true);
  for (const other of [
    new Error("x"),
    null,
    undefined,
    "MaturityError",
    { code: "invalid-answer" },
  ]) {
    expect(isMaturityError(other)).toBe(false);
  }
});
