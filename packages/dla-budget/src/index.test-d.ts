import type { DlaBudgetErrorCode, Duration, Mission, Payment } from "@pionniers/dla-budget";
import { isDlaBudgetError, payments } from "@pionniers/dla-budget";
import { describe, expectTypeOf, it } from "vitest";

describe("public types", () => {
  it("narrows errors and keeps codes a closed union", () => {
    const e: unknown = null;
    if (isDlaBudgetError(e)) expectTypeOf(e.code).toEqualTypeOf<DlaBudgetErrorCode>();
    expectTypeOf<"percent-sum">().toExtend<DlaBudgetErrorCode>();
    expectTypeOf<"oops">().not.toExtend<DlaBudgetErrorCode>();
  });

  it("takes a duration in days or hours, never both shapes unchecked", () => {
    expectTypeOf<{ days: 2 }>().toExtend<Duration>();
    expectTypeOf<{ weeks: 2 }>().not.toExtend<Duration>();
    expectTypeOf(payments).parameter(0).toEqualTypeOf<Mission>();
    expectTypeOf(payments).returns.toEqualTypeOf<Payment[]>();
  });
});
