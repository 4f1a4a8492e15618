import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inParisGap, parisOffset } from "./timezone.ts";

const intlOffset = (ms: number): number => {
  const name = new Intl.DateTimeFormat("en", {
    timeZone: "Europe/Paris",
    timeZoneName: "longOffset",
  })
    .formatToParts(new Date(ms))
    .find((p) => p.type === "timeZoneName")?.value;
  const m = /GMT([+-])(\d\d):(\d\d)/.exec(name ?? "");
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
};

describe("parisOffset", () => {
  it("agrees with the host's tz database at any instant from 1997 to 2037", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1997, 0, 1), max: Date.UTC(2037, 11, 31) }), (ms) => {
        expect(parisOffset(ms)).toBe(intlOffset(ms));
      }),
      { numRuns: 3000 },
    );
  });

  it("switches exactly at 01:00 UTC on the last Sundays of March and October", () => {
    for (let y = 1997; y <= 2037; y++) {
      for (const month of [2, 9]) {
        const last = new Date(Date.UTC(y, month + 1, 0));
        const switchAt = Date.UTC(y, month, last.getUTCDate() - last.getUTCDay(), 1);
        expect([parisOffset(switchAt - 1), parisOffset(switchAt)]).toEqual([
          intlOffset(switchAt - 1),
          intlOffset(switchAt),
        ]);
        expect(parisOffset(switchAt - 1)).not.toBe(parisOffset(switchAt));
      }
    }
  });

  it("knows 02:00–02:59 does not exist on 28 March 2027", () => {
    const day = Date.UTC(2027, 2, 28) / 86_400_000;
    expect([119, 120, 179, 180].map((m) => inParisGap(day, m))).toEqual([false, true, true, false]);
    expect(inParisGap(day + 7, 150)).toBe(false);
  });
});
