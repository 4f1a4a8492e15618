import type { Dimension, Question } from "../../types.ts";

/** Facilitation and group dynamics. CC BY-SA 4.0. */
export const facilitationDimension: Dimension = {
  id: "facilitation",
  name: { fr: "Animation et dynamique de groupe", en: "Facilitation and group dynamics" },
  summary: {
    fr: "Comment les réunions sont animées, comment la parole circule, et comment le groupe prend soin de sa culture et de ses règles implicites.",
    en: "How meetings are facilitated, how speaking time circulates, and how the group looks after its culture and unwritten rules.",
  },
  levels: [
    {
      level: 1,
      observed: {
        fr: "Les réunions sont descendantes ; les mêmes parlent ; personne n'anime.",
        en: "Meetings are top-down; the same people speak; nobody facilitates.",
      },
    },
    {
      level: 2,
      observed: {
        fr: "Un ordre du jour et une présidence qui donne la parole ; peu de personnes contribuent.",
        en: "An agenda and a chair who gives the floor; few people contribute.",
      },
    },
    {
      level: 3,
      observed: {
        fr: "Quelques méthodes participatives (tour de table, remue-méninges) ; des rôles nommés (gardien du temps, secrétaire).",
        en: "A few participatory methods (round table, brainstorming); named roles (time-keeper, note-taker).",
      },
    },
    {
      level: 4,
      observed: {
        fr: "Des animateurs formés préparent les réunions avec des méthodes variées et construisent une vision partagée ; on parle de la culture du groupe et de ses règles implicites.",
        en: "Trained facilitators prepare meetings with varied methods and build a shared vision; the group's culture and unwritten rules are discussed.",
      },
    },
    {
      level: 5,
      observed: {
        fr: "L'animation est une compétence partagée dans le collectif ; les associations échangent animateurs et méthodes ; le groupe apprend et se soutient lui-même.",
        en: "Facilitation is a skill shared across the collective; associations exchange facilitators and methods; the group learns and supports itself.",
      },
    },
  ],
  steps: [
    {
      to: 2,
      practices: [
        {
          text: {
            fr: "Envoyer l'ordre du jour à l'avance et ouvrir chaque réunion par un tour d'arrivée.",
            en: "Send the agenda in advance and open every meeting with a check-in round.",
          },
          why: {
            fr: "Chacun arrive préparé et prend la parole dès le début.",
            en: "Everyone arrives prepared and speaks from the start.",
          },
        },
      ],
      activities: [
        {
          id: "meteo-arrivee",
          why: {
            fr: "Un tour rapide qui donne la parole à chacun dès l'ouverture.",
            en: "A quick round that gives everyone a voice at the opening.",
          },
        },
      ],
      tools: [
        {
          name: "Etherpad",
          kind: "pad",
          why: {
            fr: "Un ordre du jour que chacun peut compléter avant la réunion.",
            en: "An agenda anyone can complete before the meeting.",
          },
        },
      ],
    },
    {
      to: 3,
      practices: [
        {
          text: {
            fr: "Nommer un gardien du temps et un secrétaire, et utiliser au moins une méthode participative par réunion.",
            en: "Name a time-keeper and a note-taker, and use at least one participatory method per meeting.",
          },
          why: {
            fr: "Des rôles partagés allègent la présidence et font participer davantage.",
            en: "Shared roles lighten the chair's load and bring more people in.",
          },
        },
      ],
      activities: [
        {
          id: "1-2-4-all",
          why: {
            fr: "Fait contribuer tout le monde, seul, à deux, à quatre puis ensemble.",
            en: "Gets everyone contributing, alone, in pairs, in fours, then all together.",
          },
        },
        {
          id: "tour-de-table",
          why: {
            fr: "Garantit que chaque voix est entendue.",
            en: "Makes sure every voice is heard.",
          },
        },
      ],
      tools: [
        {
          name: "Jitsi Meet",
          kind: "video",
          why: {
            fr: "Les absents rejoignent la réunion à distance, sans compte.",
            en: "Absent people join remotely, with no account.",
          },
        },
      ],
    },
    {
      to: 4,
      practices: [
        {
          text: {
            fr: "Former quelques animateurs, préparer chaque réunion selon son but, et se donner un contrat de groupe.",
            en: "Train a few facilitators, prepare each meeting by its aim, and agree a group contract.",
          },
          why: {
            fr: "Une réunion pensée pour son but produit plus et fatigue moins.",
            en: "A meeting designed for its aim produces more and tires less.",
          },
        },
      ],
      activities: [
        {
          id: "contrat-de-groupe",
          why: {
            fr: "Rend explicites les règles implicites du groupe.",
            en: "Makes the group's unwritten rules explicit.",
          },
        },
        {
          id: "world-cafe",
          why: {
            fr: "Fait émerger une vision partagée à partir de nombreuses conversations.",
            en: "Grows a shared vision out of many conversations.",
          },
        },
      ],
      tools: [
        {
          name: "Freeplane",
          kind: "mind-map",
          why: {
            fr: "Une carte mentale pour rendre visible la vision commune.",
            en: "A mind map to make the common vision visible.",
          },
        },
      ],
    },
    {
      to: 5,
      practices: [
        {
          text: {
            fr: "Échanger des animateurs entre associations et créer des groupes de codéveloppement entre pairs.",
            en: "Exchange facilitators between associations and set up peer co-development groups.",
          },
          why: {
            fr: "Le collectif devient autonome pour animer sa propre coopération.",
            en: "The collective becomes able to facilitate its own cooperation.",
          },
        },
      ],
      activities: [
        {
          id: "codeveloppement",
          why: {
            fr: "Les pairs s'aident sur leurs situations réelles d'animation.",
            en: "Peers help each other on their real facilitation cases.",
          },
        },
        {
          id: "trio-de-conseil",
          why: {
            fr: "Un format léger pour se conseiller entre associations.",
            en: "A light format for advising each other across associations.",
          },
        },
      ],
      tools: [
        {
          name: "BigBlueButton",
          kind: "video",
          why: {
            fr: "Des ateliers à distance entre associations, avec salles en sous-groupes.",
            en: "Remote workshops between associations, with breakout rooms.",
          },
        },
      ],
    },
  ],
};

/** Questions on facilitation and group dynamics. CC BY-SA 4.0. */
export const facilitationQuestions: readonly Question[] = [
  {
    id: "facilitation-meetings",
    dimension: "facilitation",
    prompt: {
      fr: "À quoi ressemble une réunion d'équipe habituelle ?",
      en: "What does a usual team meeting look like?",
    },
    options: [
      {
        level: 1,
        text: {
          fr: "La direction informe, les autres écoutent.",
          en: "The head informs, the others listen.",
        },
      },
      {
        level: 2,
        text: {
          fr: "Un ordre du jour, la présidence donne la parole ; les plus bavards parlent.",
          en: "An agenda, the chair gives the floor; the talkative speak.",
        },
      },
      {
        level: 3,
        text: {
          fr: "Un tour de table pour que chacun parle ; un gardien du temps et un secrétaire.",
          en: "A round table so everyone speaks; a time-keeper and a note-taker.",
        },
      },
      {
        level: 4,
        text: {
          fr: "Des méthodes choisies selon le but (ouvrir, décider, évaluer), préparées par un animateur.",
          en: "Methods chosen for the aim (explore, decide, evaluate), prepared by a facilitator.",
        },
      },
      {
        level: 5,
        text: {
          fr: "Les rôles d'animation tournent, avec des animateurs venus d'associations partenaires.",
          en: "Facilitation roles rotate, with facilitators from partner associations.",
        },
      },
    ],
  },
  {
    id: "facilitation-tension",
    dimension: "facilitation",
    prompt: {
      fr: "Quand une tension apparaît dans le groupe, que se passe-t-il ?",
      en: "When a tension appears in the group, what happens?",
    },
    options: [
      {
        level: 1,
        text: { fr: "On l'évite jusqu'à ce qu'elle éclate.", en: "It is avoided until it bursts." },
      },
      { level: 2, text: { fr: "La présidence tranche.", en: "The chair settles it." } },
      {
        level: 3,
        text: {
          fr: "On en parle en réunion, parfois douloureusement.",
          en: "It is discussed in a meeting, sometimes painfully.",
        },
      },
      {
        level: 4,
        text: {
          fr: "Il existe des façons convenues de la traiter (contrat de groupe, temps animé).",
          en: "There are agreed ways to deal with it (group contract, a facilitated session).",
        },
      },
      {
        level: 5,
        text: {
          fr: "Le collectif dispose d'un soutien partagé entre associations (médiation entre pairs, codéveloppement).",
          en: "The collective has support shared across associations (peer mediation, co-development).",
        },
      },
    ],
  },
  {
    id: "facilitation-skills",
    dimension: "facilitation",
    prompt: {
      fr: "Qui sait animer un temps collectif ?",
      en: "Who knows how to facilitate a group session?",
    },
    options: [
      {
        level: 1,
        text: {
          fr: "Personne, ou ce n'est pas vu comme une compétence.",
          en: "Nobody, or it is not seen as a skill.",
        },
      },
      {
        level: 2,
        text: { fr: "Une personne, par tempérament.", en: "One person, by temperament." },
      },
      {
        level: 3,
        text: {
          fr: "Quelques personnes qui se sont formées.",
          en: "A few people who have trained.",
        },
      },
      {
        level: 4,
        text: {
          fr: "Plusieurs personnes qui pratiquent régulièrement et transmettent.",
          en: "Several people who practise regularly and pass it on.",
        },
      },
      {
        level: 5,
        text: {
          fr: "Un réseau d'animateurs entre associations, qui échangent leurs méthodes.",
          en: "A network of facilitators across associations, who exchange methods.",
        },
      },
    ],
  },
  {
    id: "facilitation-participation",
    dimension: "facilitation",
    prompt: {
      fr: "Combien de personnes participent activement à façonner les projets (pas seulement à les exécuter) ?",
      en: "How many people take an active part in shaping projects (not only carrying them out)?",
    },
    options: [
      { level: 1, text: { fr: "Une ou deux.", en: "One or two." } },
      { level: 2, text: { fr: "Le bureau.", en: "The board." } },
      { level: 3, text: { fr: "Le bureau et les salariés.", en: "The board and the staff." } },
      {
        level: 4,
        text: {
          fr: "Salariés, bénévoles et une partie des adhérents.",
          en: "Staff, volunteers and some members.",
        },
      },
      {
        level: 5,
        text: {
          fr: "Des membres de plusieurs associations, ensemble.",
          en: "Members of several associations, together.",
        },
      },
    ],
  },
];
