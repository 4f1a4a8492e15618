import { describe, expect, it } from "vitest";
import { isPedagogyError, PedagogyError } from "./errors";

describe("PedagogyError", () => {
  it("carries a stable code and a prefixed message", () => {
    const e = new PedagogyError("unknown-activity", "no activity", { path: "mustInclude.0" });
    expect(e).toBeInstanceOf(Error);
    expect(e.message).toBe("[pedagogy] no activity");
    expect([e.code, e.path, e.name]).toEqual([
      "unknown-activity",
      "mustInclude.0",
      "PedagogyError",
    ]);
  });

  it("is recognised across realms by its brand, not by instanceof", () => {
    const foreign = Object.assign(new Error("x"), {
      code: "invalid-edit",
      [Symbol.for("pionniers.PedagogyError")]: true,
    });
    expect(isPedagogyError(foreign)).toBe(true);
    expect(isPedagogyError(new Error("x"))).toBe(false);
    expect(isPedagogyError("invalid-edit")).toBe(false);
  });
});
