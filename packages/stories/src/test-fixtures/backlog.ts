import fc from "fast-check";
import { createStory, type Moscow, type StoryRecord } from "../index.ts";

/** A small French backlog of a collective of five associations. */
export function frenchBacklog(): StoryRecord[] {
  const rows: [string, string, number, number, number, Moscow, string[]][] = [
    [
      "agenda",
      "En tant que bénévole, je souhaite un agenda partagé des permanences afin de ne plus rater mon créneau",
      2,
      4,
      5,
      "must",
      ["agenda"],
    ],
    [
      "cotisation",
      "En tant que trésorière, je souhaite que les adhérents paient leur cotisation en ligne afin de ne plus courir après les chèques",
      3,
      4,
      3,
      "should",
      ["adhésions"],
    ],
    [
      "salle",
      "En tant que coordinatrice, je souhaite réserver la salle commune pour une autre association afin d'éviter les doubles réservations",
      1.5,
      3,
      4,
      "must",
      ["hébergement", "agenda"],
    ],
    [
      "cr-ca",
      "En tant que membre du bureau, je souhaite retrouver les comptes rendus de CA au même endroit afin de ne plus chercher dans mes mails",
      1,
      2,
      5,
      "could",
      ["gouvernance"],
    ],
    [
      "livret",
      "En tant que responsable des bénévoles, je souhaite que les nouveaux reçoivent un livret d'accueil afin qu'ils sachent à qui s'adresser",
      2.5,
      3,
      2,
      "should",
      ["bénévolat"],
    ],
    [
      "sms",
      "En tant que locataire, je souhaite être prévenu par SMS des réunions de l'amicale",
      4,
      2,
      1,
      "could",
      [],
    ],
    [
      "fiches",
      "En tant que pionnière, je souhaite partager les fiches outils avec les autres associations afin que chacune ne refasse pas les mêmes essais",
      1,
      3,
      5,
      "should",
      ["coopération"],
    ],
    [
      "site",
      "En tant que président, je souhaite refaire tout le site internet",
      8,
      3,
      1,
      "wont",
      [],
    ],
  ];
  return rows.map(([id, text, cost, impact, reach, moscow, themes]) =>
    createStory({ id, text, cost, impact, reach, moscow, themes }),
  );
}

/** Random valid backlogs for property tests: unique ids, half-day costs. */
export function arbitraryBacklog(
  maxLength: number,
  maxCostUnits = 16,
): fc.Arbitrary<StoryRecord[]> {
  return fc
    .array(
      fc.record({
        units: fc.integer({ min: 1, max: maxCostUnits }),
        impact: fc.integer({ min: 1, max: 5 }),
        reach: fc.integer({ min: 1, max: 5 }),
        moscow: fc.constantFrom<Moscow>("must", "should", "should", "could"),
      }),
      { maxLength },
    )
    .map((rows) =>
      rows.map((r, i) =>
        createStory({
          id: `s${String(i).padStart(3, "0")}`,
          text: `En tant que bénévole, je souhaite le besoin n° ${i}`,
          cost: r.units / 2,
          impact: r.impact,
          reach: r.reach,
          moscow: r.moscow,
        }),
      ),
    );
}
