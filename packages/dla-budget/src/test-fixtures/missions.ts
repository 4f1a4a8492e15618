// fast-check arbitraries shared by the property tests: random but valid missions and avoid sets.
import fc from "fast-check";
import type { Avoid, Mission, Session } from "../index.ts";
import { proposalMission } from "../index.ts";

const DAY = 86_400_000;

/** An ISO date between 1997 and 2120. */
export const isoDateArb = fc
  .integer({ min: Date.UTC(1997, 0, 1) / DAY, max: Date.UTC(2120, 11, 31) / DAY })
  .map((d) => new Date(d * DAY).toISOString().slice(0, 10));

/** Percentages with two decimals summing to exactly 100. */
export const percentsArb = fc
  .array(fc.integer({ min: 0, max: 10_000 }), { minLength: 0, maxLength: 8 })
  .map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), 10_000];
    return points.slice(1).map((p, i) => (p - (points[i] ?? 0)) / 100);
  });

const sessionArb = (i: number): fc.Arbitrary<Session> =>
  fc.record({
    id: fc.constant(`s${i}`),
    kind: fc.constantFrom("presence", "intra-structure", "remote" as const),
    label: fc.constant({ fr: `Session ${i}`, en: `Session ${i}` }),
    duration: fc.oneof(
      fc.integer({ min: 1, max: 6 }).map((h) => ({ days: h / 2 })),
      fc.integer({ min: 1, max: 8 }).map((h) => ({ hours: h })),
    ),
    monthOffset: fc.integer({ min: 0, max: 11 }),
    experts: fc.constant(2),
    billedExperts: fc.integer({ min: 0, max: 2 }),
  });

/** A valid mission with random start, sessions, remote rule, report and instalments. */
export const missionArb: fc.Arbitrary<Mission> = fc
  .record({
    start: isoDateArb,
    sessions: fc
      .integer({ min: 1, max: 5 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => sessionArb(i)))),
    weekday: fc.integer({ min: 1, max: 7 }),
    nth: fc.constantFrom(1, 2, 3, 4, -1),
    percents: percentsArb,
    extraMonths: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ start, sessions, weekday, nth, percents, extraMonths }) => {
    const base = proposalMission(start);
    const last = Math.max(...sessions.map((s) => s.monthOffset));
    const report = last + extraMonths;
    return {
      ...base,
      sessions,
      remote: {
        ...base.remote!,
        rule: { weekday, nth, start: "18:00", end: "19:00" },
        fromMonth: Math.min(1, report - 1),
        toMonth: report - 1,
      },
      finalReport: { ...base.finalReport, monthOffset: report },
      instalments: percents.map((percent, i) => ({
        label: { fr: `É${i}`, en: `I${i}` },
        percent,
        milestone:
          i % 3 === 0
            ? { kind: "signature" as const }
            : i % 3 === 1
              ? { kind: "session-end" as const, session: "s0" }
              : { kind: "final-report" as const },
      })),
    };
  });

/** Random avoid options, sometimes with extra dates near the start. */
export const avoidArb: fc.Arbitrary<Avoid> = fc.record(
  {
    weekends: fc.boolean(),
    holidays: fc.constant("FR" as const),
    alsaceMoselle: fc.boolean(),
    dates: fc.array(isoDateArb, { maxLength: 20 }),
  },
  { requiredKeys: [] },
);
