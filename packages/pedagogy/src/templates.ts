import type { Agenda } from "./agenda";
import { composeAgenda } from "./compose-agenda";
import { PedagogyError, shown } from "./errors";
import { assertObject, invalid } from "./guards";
import type { Catalog, Setting, Text } from "./model";

/** One day (or meeting) of a {@link Template}. */
export interface TemplateSession {
  title: Text;
  /** Topics the day covers, from the proposal. */
  topics: Text[];
  minutes: number;
  start: string;
  /** Activities this day always contains (built-in ids). */
  mustInclude: string[];
}

/** A session format of the accompaniment proposal, composable into agendas. */
export interface Template {
  id: string;
  name: Text;
  summary: Text;
  setting: Setting;
  /** Typical group: the pioneers of five associations and two facilitators. */
  groupSize: number;
  sessions: TemplateSession[];
}

const day = 420;

/**
 * The proposal's session formats: pioneer training (2 days), transposition in the structures
 * (2 days), intra-structure half-day, consolidation and spreading (1 day), monthly one-hour
 * remote meeting. Their `mustInclude` ids refer to the built-in catalog.
 *
 * @example
 * ```ts
 * templates.map((t) => t.id); // ["formation-pionniers", …]
 * ```
 */
export const templates: readonly Template[] = [
  {
    id: "formation-pionniers",
    name: { fr: "Formation des pionniers", en: "Pioneer training" },
    summary: {
      fr: "Deux jours en présence au démarrage : panorama des outils, outil idéal, groupe expert, premiers prototypes, méthode d'accompagnement.",
      en: "Two in-person days at the start: tool panorama, the ideal tool, expert group, first prototypes, accompaniment method.",
    },
    setting: "presence",
    groupSize: 12,
    sessions: [
      {
        title: {
          fr: "Jour 1 — Panorama et outil idéal",
          en: "Day 1 — Panorama and the ideal tool",
        },
        topics: [
          { fr: "Panorama des outils", en: "Panorama of tools" },
          { fr: "L'outil idéal", en: "The ideal tool" },
        ],
        minutes: day,
        start: "09:00",
        mustInclude: ["syllabus-partage", "panorama-des-outils", "outil-ideal"],
      },
      {
        title: {
          fr: "Jour 2 — Groupe expert, prototypes et méthode",
          en: "Day 2 — Expert group, prototypes and method",
        },
        topics: [
          { fr: "Formation du groupe expert", en: "Forming the expert group" },
          {
            fr: "Prototypage des premiers outils et usages",
            en: "Prototyping first tools and uses",
          },
          {
            fr: "Calage des méthodes d'accompagnement",
            en: "Agreeing on the accompaniment method",
          },
        ],
        minutes: day,
        start: "09:00",
        mustInclude: ["election-sans-candidat", "prototype-papier", "consentement"],
      },
    ],
  },
  {
    id: "transposition-structures",
    name: { fr: "Transposition au sein des structures", en: "Transposition in the organisations" },
    summary: {
      fr: "Deux jours en présence à mi-parcours : design et ergonomie, personnalisation des outils, animation des dispositifs coopératifs, formation des utilisateurs.",
      en: "Two in-person days at mid-course: design and usability, tool customisation, facilitating cooperative set-ups, training users.",
    },
    setting: "presence",
    groupSize: 12,
    sessions: [
      {
        title: {
          fr: "Jour 1 — Design et personnalisation",
          en: "Day 1 — Design and customisation",
        },
        topics: [
          { fr: "Design et ergonomie", en: "Design and usability" },
          {
            fr: "Travail pratique sur les outils et personnalisation",
            en: "Hands-on tool customisation",
          },
        ],
        minutes: day,
        start: "09:00",
        mustInclude: ["tri-de-cartes", "test-utilisateur", "prototype-papier"],
      },
      {
        title: { fr: "Jour 2 — Animer et former", en: "Day 2 — Facilitating and training" },
        topics: [
          {
            fr: "Animation des dispositifs coopératifs : freins et facilitateurs",
            en: "Facilitating cooperative set-ups: obstacles and enablers",
          },
          { fr: "Formation des utilisateurs", en: "Training users" },
        ],
        minutes: day,
        start: "09:00",
        mustInclude: ["forces-et-freins", "jeu-de-role", "demo-flash"],
      },
    ],
  },
  {
    id: "demi-journee-intra",
    name: { fr: "Demi-journée intra-structure", en: "Intra-organisation half-day" },
    summary: {
      fr: "Une demi-journée dans une association, avec les personnes concernées, pour transposer outils et usages.",
      en: "A half-day inside one organisation, with the people concerned, to transpose tools and uses.",
    },
    setting: "presence",
    groupSize: 8,
    sessions: [
      {
        title: { fr: "Demi-journée dans la structure", en: "Half-day in the organisation" },
        topics: [
          { fr: "Usages attendus de la structure", en: "The organisation's expected uses" },
          { fr: "Prise en main des outils", en: "Getting started with the tools" },
        ],
        minutes: 210,
        start: "09:00",
        mustInclude: ["recits-utilisateurs", "demo-flash"],
      },
    ],
  },
  {
    id: "consolidation-essaimage",
    name: { fr: "Consolidation et essaimage", en: "Consolidation and spreading" },
    summary: {
      fr: "Un jour en présence à la fin : travail pratique sur les outils, mise en réseau, essaimage.",
      en: "One in-person day at the end: hands-on tool work, networking, spreading.",
    },
    setting: "presence",
    groupSize: 12,
    sessions: [
      {
        title: { fr: "Consolider et essaimer", en: "Consolidate and spread" },
        topics: [
          {
            fr: "Travail pratique sur les outils et personnalisation",
            en: "Hands-on tool customisation",
          },
          { fr: "Mise en réseau", en: "Networking" },
        ],
        minutes: day,
        start: "09:00",
        mustInclude: ["cartographie-acteurs", "revue-par-les-pairs", "plan-essaimage"],
      },
    ],
  },
  {
    id: "rencontre-mensuelle",
    name: { fr: "Rencontre mensuelle à distance", en: "Monthly remote meeting" },
    summary: {
      fr: "Une heure d'échange collectif à distance chaque mois, pour suivre les mini-chantiers.",
      en: "One hour of remote collective exchange each month, to follow the work cycles.",
    },
    setting: "remote",
    groupSize: 8,
    sessions: [
      {
        title: { fr: "Rencontre mensuelle", en: "Monthly meeting" },
        topics: [{ fr: "Bilan du mini-chantier du mois", en: "Review of the month's work cycle" }],
        minutes: 60,
        start: "12:30",
        mustInclude: ["meteo-arrivee", "roti"],
      },
    ],
  },
];

/**
 * Composes one agenda per session of a template.
 *
 * @param template a template or its id (see {@link templates})
 * @param options the catalog, and optionally a seed, a group size or a setting overriding the
 *   template's
 * @returns one agenda per session, titled with the session's title
 * @throws PedagogyError `unknown-template` for an unknown id, and whatever `composeAgenda`
 *   throws when the catalog cannot hold the session
 * @example
 * ```ts
 * const [day1, day2] = composeTemplate("formation-pionniers", { catalog, seed: 4 });
 * ```
 */
export function composeTemplate(
  template: Template | string,
  options: { catalog: Catalog; seed?: number; groupSize?: number; setting?: Setting },
): Agenda[] {
  const found = typeof template === "string" ? templates.find((t) => t.id === template) : template;
  if (!found) {
    throw new PedagogyError(
      "unknown-template",
      `no template "${shown(template)}" — use one of ${templates.map((t) => t.id).join(", ")}`,
    );
  }
  assertObject(found, "template");
  assertObject(options, "options");
  if (!Array.isArray(found.sessions)) invalid("template.sessions", "expected a list");
  for (const [i, s] of found.sessions.entries()) assertObject(s, `template.sessions.${i}`);
  return found.sessions.map((s, i) =>
    composeAgenda({
      catalog: options.catalog,
      minutes: s.minutes,
      start: s.start,
      setting: options.setting ?? found.setting,
      groupSize: options.groupSize ?? found.groupSize,
      mustInclude: s.mustInclude,
      seed: (options.seed ?? 1) + i,
      title: s.title,
    }),
  );
}
