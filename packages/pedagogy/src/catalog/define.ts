import type { Activity, Phase, Practice, Principle, Setting, Text } from "../model";
import type { BuiltInActivityId } from "./ids";

/** French then English, the compact way to write a {@link Text} in the catalog sources. */
export type Pair = readonly [fr: string, en: string];

/** The compact shape the built-in activities are written in. */
export interface Draft {
  id: BuiltInActivityId;
  name: Pair;
  summary: Pair;
  purposes: Pair[];
  principles: Principle[];
  practices: Practice[];
  phase: Phase;
  duration: readonly [min: number, max: number];
  group: readonly [min: number, max: number];
  settings: readonly Setting[];
  space: Pair;
  materials: Pair[];
  steps: (readonly [minutes: number, fr: string, en: string])[];
  variants: Pair[];
  tips: Pair[];
  traps: Pair[];
  by?: Pair;
}

/** Shorthands for the settings an activity works in. */
export const everywhere: readonly Setting[] = ["presence", "remote", "hybrid"];
export const inRoom: readonly Setting[] = ["presence"];
export const roomOrHybrid: readonly Setting[] = ["presence", "hybrid"];
export const online: readonly Setting[] = ["remote", "hybrid"];

const t = ([fr, en]: Pair): Text => ({ fr, en });

/** Expands a compact draft into a full {@link Activity} under CC BY-SA 4.0. */
export function define(d: Draft): Activity {
  const activity: Activity = {
    id: d.id,
    name: t(d.name),
    summary: t(d.summary),
    purposes: d.purposes.map(t),
    principles: d.principles,
    practices: d.practices,
    phase: d.phase,
    duration: { min: d.duration[0], max: d.duration[1] },
    groupSize: { min: d.group[0], max: d.group[1] },
    settings: [...d.settings],
    space: t(d.space),
    materials: d.materials.map(t),
    steps: d.steps.map(([minutes, fr, en]) => ({ minutes, text: { fr, en } })),
    variants: d.variants.map(t),
    tips: d.tips.map(t),
    traps: d.traps.map(t),
    licence: "CC-BY-SA-4.0",
  };
  if (d.by) activity.attribution = t(d.by);
  return activity;
}
