import type { Agenda, Slot } from "./agenda";
import { formatClock, parseClock } from "./clock";
import { PedagogyError, shown } from "./errors";
import { assertAgenda, assertWhole } from "./guards";

/**
 * Recomputes every start time, the end, the total and the overrun of an agenda from its start
 * and its slots' minutes. The edit functions call it; call it yourself after changing slots
 * by hand.
 *
 * @param agenda an agenda whose slots may have moved or changed length
 * @returns a new agenda with consistent times
 * @example
 * ```ts
 * retimeAgenda({ ...agenda, start: "14:00" }).slots[0]?.start; // "14:00"
 * ```
 */
export function retimeAgenda(agenda: Agenda): Agenda {
  assertAgenda(agenda);
  const origin = parseClock(agenda.start, "start");
  let t = origin;
  const slots = agenda.slots.map((slot): Slot => {
    const timed = { ...slot, start: formatClock(t) };
    t += slot.minutes;
    return timed;
  });
  const totalMinutes = t - origin;
  return {
    ...agenda,
    slots,
    end: formatClock(t),
    totalMinutes,
    overrun: Math.max(0, totalMinutes - agenda.minutes),
  };
}

function checkIndex(agenda: Agenda, index: number, path: string): void {
  assertAgenda(agenda);
  if (!Number.isInteger(index) || index < 0 || index >= agenda.slots.length) {
    throw new PedagogyError(
      "invalid-edit",
      `${path}: no slot ${shown(index)} — the agenda has slots 0 to ${agenda.slots.length - 1}`,
      { path },
    );
  }
}

/**
 * Moves a slot to another position and re-times the agenda.
 *
 * @param agenda the agenda to edit (left unchanged)
 * @param from index of the slot to move
 * @param to index it should have afterwards
 * @returns a new, re-timed agenda
 * @throws PedagogyError `invalid-edit` for an index outside the agenda
 * @example
 * ```ts
 * const edited = moveSlot(agenda, 3, 1);
 * ```
 */
export function moveSlot(agenda: Agenda, from: number, to: number): Agenda {
  checkIndex(agenda, from, "from");
  checkIndex(agenda, to, "to");
  const slots = [...agenda.slots];
  const [moved] = slots.splice(from, 1);
  slots.splice(to, 0, moved as Slot);
  return retimeAgenda({ ...agenda, slots });
}

/**
 * Removes a slot and re-times the agenda: later slots start earlier.
 *
 * @param agenda the agenda to edit (left unchanged)
 * @param index index of the slot to remove
 * @returns a new, re-timed agenda
 * @throws PedagogyError `invalid-edit` for an index outside the agenda
 * @example
 * ```ts
 * const shorter = removeSlot(agenda, 2);
 * ```
 */
export function removeSlot(agenda: Agenda, index: number): Agenda {
  checkIndex(agenda, index, "index");
  return retimeAgenda({ ...agenda, slots: agenda.slots.filter((_, i) => i !== index) });
}

/**
 * Lengthens or shortens a slot and re-times the agenda. Going beyond the time asked for is
 * allowed and shows in `overrun`, so the facilitator sees what to cut.
 *
 * @param agenda the agenda to edit (left unchanged)
 * @param index index of the slot to resize
 * @param minutes its new length, a whole number ≥ 1
 * @returns a new, re-timed agenda
 * @throws PedagogyError `invalid-edit` for an index outside the agenda,
 *   `invalid-request` for a length that is not a whole number ≥ 1
 * @example
 * ```ts
 * resizeSlot(agenda, 1, 30).overrun; // minutes to cut elsewhere, if any
 * ```
 */
export function resizeSlot(agenda: Agenda, index: number, minutes: number): Agenda {
  checkIndex(agenda, index, "index");
  assertWhole(minutes, "minutes");
  const slots = agenda.slots.map((s, i) => (i === index ? { ...s, minutes } : s));
  return retimeAgenda({ ...agenda, slots });
}
