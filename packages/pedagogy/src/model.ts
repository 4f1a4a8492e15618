/** A text a pioneer reads, in French first and English. */
export interface Text {
  fr: string;
  en: string;
}

/** A language of the rendered texts. */
export type Lang = keyof Text;

/** The three principles of the open pedagogy. */
export const principles = ["transparency", "cooperation", "participation"] as const;

/** One principle of the open pedagogy: transparency, cooperation or participation. */
export type Principle = (typeof principles)[number];

/**
 * The nine practices of the open pedagogy, three per principle, in the proposal's order.
 *
 * @example
 * ```ts
 * practices["peer-feedback"].principle; // "participation"
 * ```
 */
export const practices = {
  "explain-visually": {
    principle: "transparency",
    label: { fr: "Expliquer par l'image", en: "Explain with images" },
  },
  "open-resources": {
    principle: "transparency",
    label: { fr: "Ouvrir les ressources", en: "Open the resources" },
  },
  "visible-learning": {
    principle: "transparency",
    label: { fr: "Rendre l'apprentissage visible", en: "Make learning visible" },
  },
  "cross-silos": {
    principle: "cooperation",
    label: { fr: "Dépasser les silos", en: "Cross silos" },
  },
  "project-based": {
    principle: "cooperation",
    label: { fr: "Projets et problèmes réels", en: "Projects and real problems" },
  },
  partnerships: {
    principle: "cooperation",
    label: { fr: "Organiser des partenariats", en: "Build partnerships" },
  },
  "participant-choice": {
    principle: "participation",
    label: { fr: "Laisser des choix", en: "Leave choices" },
  },
  "peer-feedback": {
    principle: "participation",
    label: { fr: "Critiques et avis des pairs", en: "Peer critique and feedback" },
  },
  "co-construction": {
    principle: "participation",
    label: { fr: "Co-construire la formation", en: "Co-construct the training" },
  },
} as const satisfies Record<string, { principle: Principle; label: Text }>;

/** One of the nine practices of the open pedagogy. */
export type Practice = keyof typeof practices;

/** Phases of a session, in their usual order: opening first, closing and evaluation last. */
export const phases = [
  "opening",
  "divergence",
  "emergence",
  "convergence",
  "decision",
  "closing",
] as const;

/** The phase of a session an activity serves; `closing` covers closing and evaluation. */
export type Phase = (typeof phases)[number];

/** Where a session takes place. */
export const settings = ["presence", "remote", "hybrid"] as const;

/** Where a session takes place: in one room, remote only, or both at once. */
export type Setting = (typeof settings)[number];

/** Bilingual labels of principles, phases and settings, for renderers and UIs. */
export const labels: {
  principles: Record<Principle, Text>;
  phases: Record<Phase, Text>;
  settings: Record<Setting, Text>;
} = {
  principles: {
    transparency: { fr: "Transparence", en: "Transparency" },
    cooperation: { fr: "Coopération", en: "Cooperation" },
    participation: { fr: "Participation", en: "Participation" },
  },
  phases: {
    opening: { fr: "Ouverture", en: "Opening" },
    divergence: { fr: "Divergence", en: "Divergence" },
    emergence: { fr: "Émergence", en: "Emergence" },
    convergence: { fr: "Convergence", en: "Convergence" },
    decision: { fr: "Décision", en: "Decision" },
    closing: { fr: "Clôture et évaluation", en: "Closing and evaluation" },
  },
  settings: {
    presence: { fr: "En présence", en: "In person" },
    remote: { fr: "À distance", en: "Remote" },
    hybrid: { fr: "Hybride", en: "Hybrid" },
  },
};

/** An inclusive range of whole numbers. */
export interface Range {
  min: number;
  max: number;
}

/** One step of an activity, with the minutes it takes. */
export interface Step {
  minutes: number;
  text: Text;
}

/** One facilitation activity of a catalog. */
export interface Activity {
  /** Stable kebab-case id, never renamed once published. */
  id: string;
  name: Text;
  summary: Text;
  purposes: Text[];
  principles: Principle[];
  practices: Practice[];
  phase: Phase;
  /** Minutes, from the shortest to the longest sensible run. */
  duration: Range;
  groupSize: Range;
  settings: Setting[];
  space: Text;
  materials: Text[];
  /** The steps' minutes add up to a value within `duration`. */
  steps: Step[];
  variants: Text[];
  tips: Text[];
  traps: Text[];
  /** SPDX id of the licence of the texts, `CC-BY-SA-4.0` for the built-in catalog. */
  licence: string;
  /** Who the method is known after, when it is known under someone's name. */
  attribution?: Text;
}

/** A catalog of activities: a plain array, so anyone can filter, sort or extend it. */
export type Catalog = readonly Activity[];
