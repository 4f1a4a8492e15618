import type { Mission } from "@pionniers/dla-budget";
import {
  DlaBudgetError,
  estimate,
  estimateToCSV,
  isDlaBudgetError,
  payments,
  proposalMission,
  schedule,
  toICS,
} from "@pionniers/dla-budget";
import { quote } from "@pionniers/dla-budget/quote";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

function failure(edit: (m: Mission) => void): string {
  const m = proposalMission("2027-01-04");
  edit(m);
  try {
    estimate(m);
    schedule(m);
  } catch (e) {
    if (!isDlaBudgetError(e)) throw e;
    expect(e.message.startsWith("[dla-budget] ")).toBe(true);
    return `${e.code} ${e.field}`;
  }
  return "none";
}

describe("bad input", () => {
  it("names the field of each mistake", () => {
    expect(
      failure((m) => {
        m.instalments[2]!.percent = 10;
      }),
    ).toBe("percent-sum instalments");
    expect(
      failure((m) => {
        m.experts[0]!.dayRate = -1;
      }),
    ).toBe("invalid-number experts[0].dayRate");
    expect(
      failure((m) => {
        m.experts[1]!.dayRate = Number.NaN;
      }),
    ).toBe("invalid-number experts[1].dayRate");
    expect(
      failure((m) => {
        m.vat = { mode: "rate", rate: Number.NaN };
      }),
    ).toBe("invalid-number vat.rate");
    expect(
      failure((m) => {
        m.sessions[3]!.monthOffset = 11;
      }),
    ).toBe("session-after-report sessions[3].monthOffset");
    expect(
      failure((m) => {
        m.remote!.toMonth = 12;
      }),
    ).toBe("session-after-report remote.toMonth");
    expect(
      failure((m) => {
        m.start = "2027-02-30";
      }),
    ).toBe("invalid-date start");
    expect(
      failure((m) => {
        m.sessions[0]!.duration = { days: 0.3 };
      }),
    ).toBe("invalid-number sessions[0].duration.days");
    expect(
      failure((m) => {
        m.remote!.rule.start = "25:00";
      }),
    ).toBe("invalid-time remote.rule.start");
    expect(
      failure((m) => {
        m.paymentTermDays = 90;
      }),
    ).toBe("payment-term paymentTermDays");
    expect(
      failure((m) => {
        m.instalments[1]!.milestone = { kind: "session-end", session: "nope" };
      }),
    ).toBe("unknown-session instalments[1].milestone.session");
    expect(
      failure((m) => {
        m.sessions[1]!.id = "pioneer-training";
      }),
    ).toBe("invalid-field sessions[1].id");
  });

  it("refuses totals too large to count exactly in cents", () => {
    expect(
      failure((m) => {
        m.experts = Array.from({ length: 1000 }, (_, i) => ({ name: `E${i}`, dayRate: 1e12 }));
        m.sessions[0]!.experts = 1000;
        m.sessions[0]!.billedExperts = 1000;
        m.sessions[0]!.duration = { days: 100 };
      }),
    ).toBe("invalid-number experts");
  });

  it("explains what to do", () => {
    const m = proposalMission("2027-01-04");
    m.paymentTermDays = 90;
    expect(() => estimate(m)).toThrow(
      "[dla-budget] paymentTermDays: 90 days — French law caps payment terms at 60 days; use an integer from 0 to 60",
    );
  });

  it("recognises errors across realms by brand, not instanceof", () => {
    const foreign = Object.assign(new Error("x"), {
      [Symbol.for("pionniers.DlaBudgetError")]: true,
    });
    expect(isDlaBudgetError(foreign)).toBe(true);
    expect(isDlaBudgetError(new Error("x"))).toBe(false);
    expect(isDlaBudgetError(null)).toBe(false);
    expect(isDlaBudgetError(new DlaBudgetError("invalid-date", "start", "x"))).toBe(true);
  });
});

/** Every path to a value inside a JSON-like object. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof v !== "object" || v === null) return [at];
  return [
    at,
    ...Object.entries(v).flatMap(([k, x]) => paths(x, [...at, Array.isArray(v) ? Number(k) : k])),
  ];
}

describe("any mission read from outside", () => {
  const base = proposalMission("2027-01-04");
  const all = paths(base).filter((p) => p.length > 0);

  it("either works or throws a DlaBudgetError, whichever field is broken and however", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...all),
        fc.oneof(fc.anything(), fc.constant(undefined)),
        (path, value) => {
          const m = structuredClone(base) as unknown as Record<string | number, unknown>;
          let parent = m;
          for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
          parent[path.at(-1)!] = value;
          const mission = m as unknown as typeof base;
          try {
            estimateToCSV(estimate(mission));
            payments(mission);
            toICS(schedule(mission), { timeZone: "Europe/Paris" });
            quote(mission, {
              number: "1",
              date: "2027-01-01",
              issuer: { name: "I" },
              client: { name: "C" },
              validityDays: 30,
            });
          } catch (e) {
            if (!isDlaBudgetError(e))
              throw new Error(`${path.join(".")} = ${fc.stringify(value)}: ${e}`);
          }
        },
      ),
      { numRuns: Number(process.env.PIONNIERS_FUZZ_RUNS ?? 1000) },
    );
  });

  it("lets toICS refuse broken events with a typed error too", () => {
    const events = schedule(base);
    const all = paths(events).filter((p) => p.length > 1);
    fc.assert(
      fc.property(
        fc.constantFrom(...all),
        fc.oneof(fc.anything(), fc.constant(undefined)),
        (path, value) => {
          const evs = structuredClone(events) as unknown as Record<string | number, unknown>;
          let parent = evs;
          for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
          parent[path.at(-1)!] = value;
          try {
            toICS(evs as unknown as typeof events, { timeZone: "Europe/Paris" });
          } catch (e) {
            if (!isDlaBudgetError(e))
              throw new Error(`${path.join(".")} = ${fc.stringify(value)}: ${e}`);
          }
        },
      ),
      { numRuns: Number(process.env.PIONNIERS_FUZZ_RUNS ?? 1000) },
    );
  });
});
