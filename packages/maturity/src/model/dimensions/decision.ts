import type { Dimension, Question } from "../../types.ts";

/** Decision and validation. CC BY-SA 4.0. */
export const decisionDimension: Dimension = {
  id: "decision",
  name: { fr: "Décision et validation", en: "Decision and validation" },
  summary: {
    fr: "Comment on décide, qui valide, et où l'on retrouve ce qui a été décidé.",
    en: "How decisions are made, who validates, and where one finds what was decided.",
  },
  levels: [
    {
      level: 1,
      observed: {
        fr: "On décide de façon informelle, avec qui est là ; personne ne sait quand une chose est décidée.",
        en: "Decisions are made informally, by whoever is there; nobody knows when something is decided.",
      },
    },
    {
      level: 2,
      observed: {
        fr: "On décide en réunion, par vote ou par la présidence ; rien n'avance entre deux réunions ; tout remonte pour approbation.",
        en: "Decisions are made in meetings, by vote or by the chair; nothing moves between meetings; everything goes up for approval.",
      },
    },
    {
      level: 3,
      observed: {
        fr: "Les méthodes de décision sont nommées et les décisions notées, mais chaque document attend la validation d'un responsable.",
        en: "Decision methods are named and decisions recorded, but every document waits for a manager's approval.",
      },
    },
    {
      level: 4,
      observed: {
        fr: "On décide par consentement et on valide après coup : on publie puis on corrige, plutôt que de demander la permission ; un registre des décisions est partagé.",
        en: "Decisions by consent and validation after the fact: people publish then correct rather than ask permission; a decision log is shared.",
      },
    },
    {
      level: 5,
      observed: {
        fr: "Les décisions entre associations suivent des méthodes communes ; décisions et raisons sont documentées ouvertement et réutilisées ailleurs.",
        en: "Decisions between associations follow shared methods; decisions and their reasons are documented openly and reused elsewhere.",
      },
    },
  ],
  steps: [
    {
      to: 2,
      practices: [
        {
          text: {
            fr: "Tenir, à chaque réunion, la liste de ce qui a été décidé.",
            en: "Keep, at each meeting, the list of what was decided.",
          },
          why: {
            fr: "Une décision écrite ne se rediscute pas à chaque fois.",
            en: "A written decision is not reopened every time.",
          },
        },
      ],
      activities: [
        {
          id: "qui-quoi-quand",
          why: {
            fr: "Chaque décision repart avec un responsable et une date.",
            en: "Each decision leaves with an owner and a date.",
          },
        },
      ],
      tools: [
        {
          name: "Etherpad",
          kind: "pad",
          why: {
            fr: "Les décisions s'écrivent en direct, sous les yeux de tous.",
            en: "Decisions are written live, in front of everyone.",
          },
        },
      ],
    },
    {
      to: 3,
      practices: [
        {
          text: {
            fr: "Nommer la méthode de décision avant de décider (vote, consensus, consentement).",
            en: "Name the decision method before deciding (vote, consensus, consent).",
          },
          why: {
            fr: "Savoir comment on tranche évite les débats sans fin et les frustrations.",
            en: "Knowing how it will be settled avoids endless debate and frustration.",
          },
        },
      ],
      activities: [
        {
          id: "vote-cinq-doigts",
          why: {
            fr: "Mesure vite le degré d'accord avant de trancher.",
            en: "Quickly measures agreement before settling.",
          },
        },
      ],
      tools: [
        {
          name: "Framadate",
          kind: "poll",
          why: {
            fr: "Un sondage simple pour trancher entre deux réunions.",
            en: "A simple poll to settle between meetings.",
          },
        },
      ],
    },
    {
      to: 4,
      practices: [
        {
          text: {
            fr: "Adopter le consentement pour les décisions d'équipe et la validation a posteriori pour les documents ; tenir un registre des décisions avec leurs raisons.",
            en: "Adopt consent for team decisions and validation after the fact for documents; keep a decision log with the reasons.",
          },
          why: {
            fr: "On avance sans goulot d'étranglement, et les raisons restent disponibles.",
            en: "Work moves without a bottleneck, and the reasons stay available.",
          },
        },
      ],
      activities: [
        {
          id: "consentement",
          why: {
            fr: "Une proposition passe tant qu'il n'y a pas d'objection argumentée.",
            en: "A proposal passes unless there is a reasoned objection.",
          },
        },
        {
          id: "sollicitation-avis",
          why: {
            fr: "Décider vite en ayant écouté les personnes concernées.",
            en: "Decide quickly after hearing those affected.",
          },
        },
      ],
      tools: [
        {
          name: "Loomio",
          kind: "poll",
          why: {
            fr: "Propositions, objections et résultat gardés au même endroit.",
            en: "Proposals, objections and outcome kept in one place.",
          },
        },
      ],
    },
    {
      to: 5,
      practices: [
        {
          text: {
            fr: "Convenir avec les autres associations de règles de décision pour les sujets communs.",
            en: "Agree with the other associations on decision rules for common matters.",
          },
          why: {
            fr: "Les décisions communes gagnent en légitimité et en rapidité.",
            en: "Joint decisions gain legitimacy and speed.",
          },
        },
      ],
      activities: [
        {
          id: "jugement-majoritaire",
          why: {
            fr: "Un mode de scrutin qui reflète mieux les nuances de chacun.",
            en: "A voting method that better reflects everyone's nuances.",
          },
        },
      ],
      tools: [
        {
          name: "Loomio",
          kind: "poll",
          why: {
            fr: "Un espace de décision partagé par tout le collectif.",
            en: "A decision space shared by the whole collective.",
          },
        },
      ],
    },
  ],
};

/** Questions on decision and validation. CC BY-SA 4.0. */
export const decisionQuestions: readonly Question[] = [
  {
    id: "decision-record",
    dimension: "decision",
    prompt: {
      fr: "Où retrouve-t-on ce qui a été décidé, et pourquoi ?",
      en: "Where can one find what was decided, and why?",
    },
    options: [
      {
        level: 1,
        text: {
          fr: "Nulle part ; cela dépend des mémoires.",
          en: "Nowhere; it depends on people's memories.",
        },
      },
      {
        level: 2,
        text: {
          fr: "Dans les comptes rendus du bureau, si on y a accès.",
          en: "In the board's minutes, if one has access.",
        },
      },
      {
        level: 3,
        text: {
          fr: "Dans une liste des décisions, sans leurs raisons.",
          en: "In a list of decisions, without their reasons.",
        },
      },
      {
        level: 4,
        text: {
          fr: "Dans un registre partagé, avec les raisons et la personne à qui s'adresser.",
          en: "In a shared log, with the reasons and who to ask.",
        },
      },
      {
        level: 5,
        text: {
          fr: "Dans un registre ouvert tenu par le collectif, que d'autres groupes consultent.",
          en: "In an open log kept by the collective, which other groups consult.",
        },
      },
    ],
  },
  {
    id: "decision-publish",
    dimension: "decision",
    prompt: {
      fr: "Avant de publier un texte (article, tract, page web), que se passe-t-il ?",
      en: "Before a text (article, leaflet, web page) is published, what happens?",
    },
    options: [
      {
        level: 1,
        text: {
          fr: "La direction le réécrit ; il attend souvent des semaines.",
          en: "The director rewrites it; it often waits for weeks.",
        },
      },
      {
        level: 2,
        text: {
          fr: "Il doit être approuvé par le bureau ou la présidence.",
          en: "It must be approved by the board or the chair.",
        },
      },
      {
        level: 3,
        text: {
          fr: "Une personne désignée le valide dans un délai fixé.",
          en: "A named person approves it within a set time.",
        },
      },
      {
        level: 4,
        text: {
          fr: "Son auteur le publie et d'autres l'améliorent ensuite (validation a posteriori).",
          en: "Its author publishes it and others improve it afterwards (validation after the fact).",
        },
      },
      {
        level: 5,
        text: {
          fr: "Les partenaires peuvent aussi l'améliorer directement, sous licence libre.",
          en: "Partners can also improve it directly, under a free licence.",
        },
      },
    ],
  },
  {
    id: "decision-method",
    dimension: "decision",
    prompt: {
      fr: "Comment se prennent les décisions qui concernent toute l'équipe ?",
      en: "How are decisions that concern the whole team made?",
    },
    options: [
      {
        level: 1,
        text: {
          fr: "Sans règle claire ; cela se joue dans les couloirs.",
          en: "With no clear rule; it happens in corridors.",
        },
      },
      {
        level: 2,
        text: {
          fr: "Par un vote du bureau ou une décision de la présidence.",
          en: "By a board vote or the chair's decision.",
        },
      },
      {
        level: 3,
        text: {
          fr: "En réunion, par vote ou discussion jusqu'à l'accord, selon une méthode nommée.",
          en: "In a meeting, by vote or discussion until agreement, with a named method.",
        },
      },
      {
        level: 4,
        text: {
          fr: "Par consentement : une proposition est adoptée sauf objection argumentée ; la méthode s'adapte à l'enjeu.",
          en: "By consent: a proposal is adopted unless there is a reasoned objection; the method fits the stake.",
        },
      },
      {
        level: 5,
        text: {
          fr: "Le collectif a des méthodes communes pour les décisions qui traversent les associations.",
          en: "The collective has shared methods for decisions that cross associations.",
        },
      },
    ],
  },
  {
    id: "decision-between-meetings",
    dimension: "decision",
    prompt: {
      fr: "Une décision doit être prise entre deux réunions. Que se passe-t-il ?",
      en: "Something must be decided between two meetings. What happens?",
    },
    options: [
      {
        level: 1,
        text: { fr: "On attend la prochaine réunion.", en: "It waits for the next meeting." },
      },
      { level: 2, text: { fr: "La présidence décide seule.", en: "The chair decides alone." } },
      {
        level: 3,
        text: {
          fr: "Un échange de courriels, souvent sans fin claire.",
          en: "An email thread, often with no clear end.",
        },
      },
      {
        level: 4,
        text: {
          fr: "Une proposition en ligne avec une échéance et une règle claire (consentement, sondage) tranche.",
          en: "An online proposal with a deadline and a clear rule (consent, poll) settles it.",
        },
      },
      {
        level: 5,
        text: {
          fr: "De même entre associations, pour les sujets communs.",
          en: "The same between associations, for common matters.",
        },
      },
    ],
  },
];
