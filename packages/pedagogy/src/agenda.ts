import type { Phase, Principle, Setting, Text } from "./model";

/** What a slot of an agenda holds. */
export type SlotKind = "activity" | "break" | "lunch";

/** One timed slot of an {@link Agenda}. */
export interface Slot {
  kind: SlotKind;
  /** The catalog id, for an activity slot. */
  activityId?: string;
  title: Text;
  /** The activity's phase, for an activity slot. */
  phase?: Phase;
  /** The principles the activity serves (empty for breaks). */
  principles: Principle[];
  /** Start time, `HH:MM`. */
  start: string;
  minutes: number;
  /** Why this slot is here, in a sentence. */
  rationale: Text;
}

/** A timed agenda, as `composeAgenda` builds it and the edit functions keep it. */
export interface Agenda {
  title?: Text;
  /** Start time, `HH:MM`. */
  start: string;
  /** End time, `HH:MM`. */
  end: string;
  /** The time asked for, in minutes. */
  minutes: number;
  /** The time the slots take, in minutes. */
  totalMinutes: number;
  /** Minutes beyond the time asked for (after edits), 0 when within time. */
  overrun: number;
  setting: Setting;
  groupSize: number;
  seed: number;
  slots: Slot[];
}
