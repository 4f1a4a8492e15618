/**
 * Stable ids of the built-in activities, grouped by phase. Other packages (for instance
 * `@pionniers/maturity`) refer to activities by these ids only, so an id is never renamed or
 * removed once published; new activities are appended.
 *
 * @example
 * ```ts
 * import { activityIds } from "@pionniers/pedagogy/catalog";
 * activityIds.includes("world-cafe"); // true
 * ```
 */
export const activityIds = [
  // opening
  "meteo-arrivee",
  "tour-de-table",
  "bingo-humain",
  "sociometrie",
  "attentes-et-craintes",
  "carte-des-presents",
  "photolangage",
  "objet-totem",
  "contrat-de-groupe",
  "syllabus-partage",
  "portrait-chinois",
  // divergence
  "1-2-4-all",
  "brainstorming",
  "brainwriting-6-3-5",
  "world-cafe",
  "open-space",
  "debat-mouvant",
  "porteur-de-parole",
  "carte-heuristique",
  "speed-boat",
  "six-chapeaux",
  "interview-croisee",
  "visite-apprenante",
  "panorama-des-outils",
  "demo-flash",
  "veille-partagee",
  "pecha-kucha",
  "questions-en-rafale",
  "carte-empathie",
  "persona",
  "recits-utilisateurs",
  "trio-de-conseil",
  "codeveloppement",
  // emergence
  "fishbowl",
  "galerie",
  "carte-affinites",
  "cartographie-acteurs",
  "arbre-a-problemes",
  "cinq-pourquoi",
  "forces-et-freins",
  "prototype-papier",
  "sprint-prototypage",
  "jeu-de-role",
  "test-utilisateur",
  "tri-de-cartes",
  "outil-ideal",
  // convergence
  "vote-gommettes",
  "matrice-impact-effort",
  "priorisation-moscow",
  "feuille-de-route",
  "co-ecriture-pad",
  "qui-quoi-quand",
  // decision
  "consentement",
  "jugement-majoritaire",
  "vote-cinq-doigts",
  "election-sans-candidat",
  "sollicitation-avis",
  // closing and evaluation
  "revue-par-les-pairs",
  "cible-evaluation",
  "plus-delta",
  "mot-de-la-fin",
  "lettre-a-soi-meme",
  "carnet-de-bord",
  "quoi-et-alors-et-maintenant",
  "roti",
  "plan-essaimage",
] as const;

/** The id of one built-in activity. */
export type BuiltInActivityId = (typeof activityIds)[number];
