import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { ScheduledEvent } from "./index.ts";
import { isDlaBudgetError, proposalMission, schedule, toICS } from "./index.ts";
import { avoidArb, missionArb } from "./test-fixtures/missions.ts";

const paris = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** Parses with ical.js, resolving TZIDs only through the file's own VTIMEZONE. */
function parse(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  for (const tz of cal.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  return cal.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
}

/** Every event's instant, as ical.js computes it, read back in Paris time by the host's tz data. */
function checkLocalTimes(events: ScheduledEvent[], ics: string): void {
  const parsed = parse(ics);
  expect(parsed).toHaveLength(events.length);
  parsed.forEach((p, i) => {
    const e = events[i]!;
    expect(p.startDate.zone?.tzid).toBe("Europe/Paris");
    expect(paris.format(p.startDate.toJSDate())).toBe(`${e.date} ${e.start}`);
    expect(paris.format(p.endDate.toJSDate())).toBe(`${e.date} ${e.end}`);
  });
}

describe("toICS", () => {
  const events = schedule(proposalMission("2027-01-04"));
  const ics = toICS(events, { timeZone: "Europe/Paris", now: "2026-11-28T19:30:00Z" });

  it("round-trips the proposal through ical.js with the right local times on both sides of DST", () => {
    checkLocalTimes(events, ics);
    const utc = parse(ics).map((p) => p.startDate.toJSDate().toISOString());
    expect(utc).toContain("2027-01-04T08:00:00.000Z"); // winter: 09:00 = UTC+1
    expect(utc).toContain("2027-04-05T07:00:00.000Z"); // summer: 09:00 = UTC+2
  });

  it("keeps every event's local time for any mission, start date and avoided days", () => {
    fc.assert(
      fc.property(missionArb, avoidArb, (m, avoid) => {
        const evs = schedule(m, { avoid });
        checkLocalTimes(evs, toICS(evs, { timeZone: "Europe/Paris" }));
      }),
      { numRuns: 150 },
    );
  });

  it("writes the RFC 5545 shape: CRLF, folded lines ≤ 75 octets, TZID and UTC DTSTAMP", () => {
    const lines = ics.split("\r\n");
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const l of lines) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, "");
    const starts = unfolded.match(/^DT(START|END)[;:].*$/gm) ?? [];
    const inEvents = starts.filter((l) => l.includes("TZID=Europe/Paris:"));
    expect(inEvents).toHaveLength(events.length * 2);
    expect(unfolded.match(/^DTSTAMP:.*$/gm)).toEqual(
      Array(events.length).fill("DTSTAMP:20261128T193000Z"),
    );
    expect(unfolded).toContain(
      "SUMMARY:Échéance 1/3 : 40\u202f% — Démarrage (signature de la convention) (3\u202f200\\,00\u202f€)",
    );
  });

  it("gives stable, unique UIDs", () => {
    const again = toICS(schedule(proposalMission("2027-01-04")), {
      timeZone: "Europe/Paris",
      now: "2030-01-01T00:00:00Z",
    });
    const uids = (s: string) => s.replace(/\r\n /g, "").match(/^UID:.*$/gm) ?? [];
    expect(uids(again)).toEqual(uids(ics));
    expect(new Set(uids(ics)).size).toBe(events.length);
    expect(uids(ics)[0]).toBe("UID:dla-2027-01-04/payment/1@pionniers-dla-budget");
  });

  it("says why an event moved, in the chosen language", () => {
    const en = toICS(events, { timeZone: "Europe/Paris", lang: "en" }).replace(/\r\n /g, "");
    expect(en).toContain("DESCRIPTION:Moved from 2027-04-04: Sunday 2027-04-04: weekend");
  });

  it("refuses other zones and times that do not exist", () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isDlaBudgetError(e) ? `${e.code} ${e.field}` : "other";
      }
      return "none";
    };
    expect(codeOf(() => toICS(events, { timeZone: "America/New_York" }))).toBe(
      "unsupported-time-zone timeZone",
    );
    expect(() => toICS(events, { timeZone: "Mars/Olympus" })).toThrow(/not an IANA time zone/);
    const gap = { ...events[0]!, date: "2027-03-28", start: "02:30", end: "03:30" };
    expect(codeOf(() => toICS([gap], { timeZone: "Europe/Paris" }))).toBe(
      "nonexistent-local-time events[0].start",
    );
    expect(
      codeOf(() =>
        toICS([{ ...gap, date: "1990-05-01", start: "09:00" }], { timeZone: "Europe/Paris" }),
      ),
    ).toBe("invalid-date events[0].date");
    expect(
      codeOf(() => toICS([{ ...gap, start: "11:00", end: "10:00" }], { timeZone: "Europe/Paris" })),
    ).toBe("invalid-time events[0].end");
  });
});
