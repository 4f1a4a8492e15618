import type { Mission } from "./mission.ts";

/**
 * The mission of the DLA proposal this project grew from, starting on `start`: 1,000 € per
 * expert day (preparation and costs included); 2 days of pioneer training at the start, 2 days
 * in presence at M+3, 5 half-days inside the structures at M+7, 1 day at M+9 — 7.5 days billed,
 * two experts attending each for the price of one (15 expert-days); a monthly one-hour remote
 * meeting (first Tuesday, 18:00–19:00, M+1 to M+9: 9 hours, within the announced 8–10) as a
 * 500 € package; the final report at M+10; 40 % at signature, 40 % at the end of the second
 * presence session, 20 % at the final report; 30-day payment term. The proposal names no VAT
 * regime: the franchise (art. 293 B du CGI) is assumed, so TTC = HT = 8,000 €.
 *
 * @param start - start date (signature of the agreement), `YYYY-MM-DD`
 * @returns the proposal's mission; pass it to {@link estimate}, {@link schedule}, `quote` (from `@pionniers/dla-budget/quote`)…
 * @example
 * ```ts
 * const mission = proposalMission("2027-01-04");
 * estimate(mission).totalTTC; // 800_000
 * ```
 */
export function proposalMission(start: string): Mission {
  const both = { experts: 2, billedExperts: 1 };
  return {
    id: `dla-${start}`,
    title: {
      fr: "Accompagnement à la mise en place d'outils numériques partagés",
      en: "Accompaniment in setting up shared digital tools",
    },
    start,
    experts: [
      { name: "Lilian Ricaud", dayRate: 100_000 },
      { name: "Laurent Marseault", dayRate: 100_000 },
    ],
    sessions: [
      {
        id: "pioneer-training",
        kind: "presence",
        label: {
          fr: "Formation des pionniers (en présence)",
          en: "Pioneer training (in presence)",
        },
        duration: { days: 2 },
        monthOffset: 0,
        ...both,
      },
      {
        id: "transposition",
        kind: "presence",
        label: {
          fr: "Transposition au sein des structures (en présence)",
          en: "Transposition within the structures (in presence)",
        },
        duration: { days: 2 },
        monthOffset: 3,
        ...both,
      },
      {
        id: "intra-structure",
        kind: "intra-structure",
        label: {
          fr: "Demi-journées en intra-structure (5 × ½ journée)",
          en: "Half-days inside the structures (5 × ½ day)",
        },
        duration: { days: 2.5 },
        monthOffset: 7,
        ...both,
      },
      {
        id: "consolidation",
        kind: "presence",
        label: {
          fr: "Consolidation et essaimage (en présence)",
          en: "Consolidation and spreading (in presence)",
        },
        duration: { days: 1 },
        monthOffset: 9,
        ...both,
      },
    ],
    remote: {
      label: {
        fr: "Accompagnement à distance : 1 h mensuelle d'échange collectif (8 à 10 h)",
        en: "Remote follow-up: a monthly one-hour group meeting (8 to 10 hours)",
      },
      price: 50_000,
      hours: { min: 8, max: 10 },
      rule: { weekday: 2, nth: 1, start: "18:00", end: "19:00" },
      fromMonth: 1,
      toMonth: 9,
    },
    finalReport: { label: { fr: "Remise du rapport final", en: "Final report" }, monthOffset: 10 },
    instalments: [
      {
        label: {
          fr: "Démarrage (signature de la convention)",
          en: "Start (signature of the agreement)",
        },
        percent: 40,
        milestone: { kind: "signature" },
      },
      {
        label: {
          fr: "Mi-parcours (fin du deuxième temps en présence)",
          en: "Mid-mission (end of the second presence session)",
        },
        percent: 40,
        milestone: { kind: "session-end", session: "transposition" },
      },
      {
        label: {
          fr: "Fin de mission (rendu du rapport final)",
          en: "End of mission (final report)",
        },
        percent: 20,
        milestone: { kind: "final-report" },
      },
    ],
    vat: { mode: "franchise" },
    currency: "EUR",
    paymentTermDays: 30,
  };
}
