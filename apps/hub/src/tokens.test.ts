import { describe, expect, it } from "vitest";
import { newId, newInviteCode, newToken } from "./tokens.ts";

describe("secrets and ids", () => {
  it("gives ids and invite codes an admin can pass to the CLI and paste anywhere", () => {
    // A leading "-" made `npm run hub -- invite <space>` read the space id as an option.
    for (let i = 0; i < 2000; i += 1) {
      expect(newId()).toMatch(/^[0-9A-Za-z]{16}$/);
      expect(newInviteCode()).toMatch(/^[0-9A-Za-z]{22}$/);
    }
  });

  it("never repeats", () => {
    const ids = new Set(Array.from({ length: 5000 }, newId));
    const codes = new Set(Array.from({ length: 5000 }, newInviteCode));
    expect(ids.size).toBe(5000);
    expect(codes.size).toBe(5000);
  });

  it("uses every letter and digit, so no entropy is lost", () => {
    const seen = new Set(Array.from({ length: 500 }, newInviteCode).join(""));
    expect(seen.size).toBe(62);
  });

  it("prefixes access tokens so they are recognisable in a leak scan", () => {
    expect(newToken()).toMatch(/^pio_[A-Za-z0-9_-]{43}$/);
  });
});
