import type { LevelDefinition } from "../types.ts";

/** The five levels of cooperation maturity, shared by every dimension. CC BY-SA 4.0. */
export const levels: readonly LevelDefinition[] = [
  {
    level: 1,
    id: "isolation",
    name: { fr: "Isolement", en: "Isolation" },
    summary: {
      fr: "Chacun travaille de son côté ; l'information et les décisions restent entre quelques mains.",
      en: "Everyone works on their own; information and decisions stay in a few hands.",
    },
  },
  {
    level: 2,
    id: "exchange",
    name: { fr: "Échange", en: "Exchange" },
    summary: {
      fr: "On se transmet des informations et des fichiers, au cas par cas, surtout par courriel.",
      en: "People pass information and files to each other, case by case, mostly by email.",
    },
  },
  {
    level: 3,
    id: "collaboration",
    name: { fr: "Collaboration", en: "Collaboration" },
    summary: {
      fr: "On travaille ensemble sur des projets communs, avec des espaces partagés, sous une coordination centrale.",
      en: "People work together on joint projects, with shared spaces, under central coordination.",
    },
  },
  {
    level: 4,
    id: "cooperation",
    name: { fr: "Coopération", en: "Cooperation" },
    summary: {
      fr: "Chacun contribue librement à un projet commun ; rôles, décisions et ressources sont ouverts et partagés.",
      en: "Everyone contributes freely to a common project; roles, decisions and resources are open and shared.",
    },
  },
  {
    level: 5,
    id: "commons",
    name: { fr: "Communs", en: "Commons" },
    summary: {
      fr: "Le collectif produit et gouverne des ressources communes, ouvertes et réutilisables au-delà de lui.",
      en: "The collective produces and governs common resources, open and reusable beyond itself.",
    },
  },
];
