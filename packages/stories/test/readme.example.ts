import {
  checkQuality,
  createStory,
  evaluate,
  forecast,
  formatStory,
  parseStory,
  planChantiers,
  prioritise,
} from "@pionniers/stories";

// 1. Sentences as the pioneers typed them: no accents, inclusive writing, curly apostrophes.
const read = parseStory(
  "en tant que benevole·s je veux voir les creneaux libres afin de m’inscrire",
);
if (read.ok) formatStory(read.story);
// "En tant que benevole·s, je souhaite voir les creneaux libres, afin de m’inscrire."

// 2. The backlog: cost in person-days (half-day steps), impact 1–5, reach = associations served.
const stories = [
  createStory({
    id: "agenda",
    text: "En tant que bénévole, je souhaite un agenda partagé des permanences afin de ne plus rater mon créneau",
    cost: 2,
    impact: 4,
    reach: 5,
    moscow: "must",
  }),
  createStory({
    id: "salle",
    text: "En tant que coordinatrice, je souhaite réserver la salle commune pour une autre association afin d’éviter les doubles réservations",
    cost: 1.5,
    impact: 3,
    reach: 4,
    moscow: "must",
  }),
  createStory({
    id: "cotisation",
    text: "En tant que trésorière, je souhaite que les adhérents paient leur cotisation en ligne afin de ne plus courir après les chèques",
    cost: 3,
    impact: 4,
    reach: 3,
    moscow: "should",
  }),
  createStory({
    id: "fiches",
    text: "En tant que pionnière, je souhaite partager les fiches outils avec les autres associations afin que chacune ne refasse pas les mêmes essais",
    cost: 1,
    impact: 3,
    reach: 5,
    moscow: "should",
  }),
  createStory({
    id: "cr-ca",
    text: "En tant que membre du bureau, je souhaite retrouver les comptes rendus de CA au même endroit",
    cost: 1,
    impact: 2,
    reach: 5,
    moscow: "could",
  }),
  createStory({
    id: "livret",
    text: "En tant que responsable des bénévoles, je veux un livret d’accueil simple et rapide",
    cost: 2.5,
    impact: 3,
    reach: 2,
    moscow: "should",
  }),
];

// 3. Quality: the livret story joins needs with "et", uses two vague words, breaks the template.
const defects = checkQuality(stories[5]!, { backlog: stories }).map((d) => d.kind);
// ["atomic", "uniform", "unambiguous", "unambiguous"]

// 4. Ranking by the proposal's rule: impact × reach ÷ cost.
const ranking = prioritise(stories).map((r) => `${r.rank}. ${r.story.id} — ${r.explanation.fr}`);
// "1. fiches — impact 3 × portée 5 ÷ coût 1 j = 15", "2. cr-ca — …", …

// 5. Two one-month chantiers of 5 person-days each, filled optimally, Must stories first.
const plan = planChantiers(stories, { capacityDays: 5, count: 2, start: "2026-03-02" });
const [march, april] = plan.chantiers;
// march (2026-03-02 → 2026-04-01): fiches, agenda, salle — 4.5 d, impact 47
// april (2026-04-02 → 2026-05-01): cr-ca, cotisation — 4 d, impact 22
// left out: livret (no room)

// 6. End of March: what was done, and how long it really took.
const review = evaluate(march!, [
  { id: "agenda", status: "done", actualDays: 3 },
  { id: "fiches", status: "done", actualDays: 1 },
  { id: "salle", status: "doing" },
]);
// velocity 3 d, completion 67 %, estimation error +33 %, salle carried over

// 7. Forecast from past throughput (this review and two pilot chantiers), seeded.
const history = [review, { velocity: 4.5, plannedDays: 5 }, { velocity: 4, plannedDays: 5 }];
const next = forecast(history, [...review.carriedOver, ...april!.stories], {
  capacityDays: 5,
  seed: 2026,
});

// p50 4 d, p85 3.33 d: at 85 % confidence, 3 d fit cr-ca and salle

// Exported for readme.test.ts — everything above this line is the README's Usage block.
export { defects, next, plan, ranking, read, review };
