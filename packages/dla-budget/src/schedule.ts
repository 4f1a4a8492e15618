import type { ScheduledEvent, ScheduleOptions } from "./calendar.ts";
import { layout } from "./calendar.ts";
import type { Mission } from "./mission.ts";
import { formatMoney, formatPercent } from "./money.ts";
import { payments } from "./payments.ts";

/**
 * The dated calendar of a mission: each day of a presence session, each intra-structure
 * half-day, each monthly remote meeting, the final report and each payment milestone. Sessions
 * start on their month offset (M+3 = same day three months later) and run on consecutive
 * allowed days; an event pushed off an avoided day carries `moved` with the reasons. The result
 * depends only on its input, sorted by date, start time and id.
 *
 * @param mission - the mission (validated)
 * @param options - `avoid`: days no event may fall on; default `{ weekends: true, holidays: "FR" }`
 * @returns the events, in chronological order
 * @example
 * ```ts
 * const events = schedule(proposalMission("2027-01-04"), {
 *   avoid: { weekends: true, holidays: "FR" },
 * });
 * events[0]; // { id: "pioneer-training/1", date: "2027-01-04", start: "09:00", … }
 * ```
 */
export function schedule(mission: Mission, options: ScheduleOptions = {}): ScheduledEvent[] {
  const { events } = layout(mission, options);
  const n = mission.instalments.length;
  for (const p of payments(mission, options)) {
    events.push({
      id: `payment/${p.index}`,
      mission: mission.id,
      kind: "payment",
      title: {
        fr: `Échéance ${p.index}/${n} : ${formatPercent(p.percent)} — ${p.label.fr} (${formatMoney(p.amount, "fr")})`,
        en: `Instalment ${p.index}/${n}: ${formatPercent(p.percent, "en")} — ${p.label.en} (${formatMoney(p.amount, "en")})`,
      },
      date: p.invoiceDate,
      start: "09:00",
      end: "09:30",
      ...(p.moved ? { moved: p.moved } : {}),
    });
  }
  return events.sort((a, b) =>
    a.date !== b.date
      ? a.date < b.date
        ? -1
        : 1
      : a.start !== b.start
        ? a.start < b.start
          ? -1
          : 1
        : a.id < b.id
          ? -1
          : a.id > b.id
            ? 1
            : 0,
  );
}
