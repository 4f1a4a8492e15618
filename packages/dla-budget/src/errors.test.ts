import type { Mission } from "@pionniers/dla-budget";
import {
  DlaBudgetError,
  estimate,
  isDlaBudgetError,
  proposalMission,
  schedule,
} from "@pionniers/dla-budget";
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
