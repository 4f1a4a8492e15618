import type { Dimension, Question } from "../../types.ts";

/** Appropriation of digital tools. CC BY-SA 4.0. */
export const toolsDimension: Dimension = {
  id: "tools",
  name: { fr: "Appropriation des outils numériques", en: "Appropriation of digital tools" },
  summary: {
    fr: "La capacité des personnes à adopter des outils, à les adapter à leurs usages et à s'entraider.",
    en: "How far people adopt tools, adapt them to their own uses and help each other.",
  },
  levels: [
    {
      level: 1,
      observed: {
        fr: "Peu d'outils, utilisés chacun dans son coin ; crainte ou rejet ; les outils imposés restent inutilisés.",
        en: "Few tools, each used alone; fear or rejection; imposed tools go unused.",
      },
    },
    {
      level: 2,
      observed: {
        fr: "Les outils de base (courriel, bureautique) sont inégalement maîtrisés ; tout repose sur « la personne qui s'y connaît ».",
        en: "Basic tools (email, office) are unevenly mastered; everything rests on 'the person who knows computers'.",
      },
    },
    {
      level: 3,
      observed: {
        fr: "Des outils partagés (cloud, pad, agenda) sont utilisés par une partie de l'équipe ; on se forme à la demande.",
        en: "Shared tools (cloud, pad, calendar) are used by part of the team; training happens on request.",
      },
    },
    {
      level: 4,
      observed: {
        fr: "Les outils sont choisis avec leurs utilisateurs et adaptés ; la plupart sont autonomes ; entraide et guides écrits par les usagers.",
        en: "Tools are chosen with their users and adapted; most people are autonomous; peer help and guides written by users.",
      },
    },
    {
      level: 5,
      observed: {
        fr: "L'association aide les autres à s'approprier les outils ; des pionniers forment les membres d'autres structures ; outils et usages sont conçus ensemble.",
        en: "The association helps others adopt tools; pioneers train members of other organisations; tools and uses are designed together.",
      },
    },
  ],
  steps: [
    {
      to: 2,
      practices: [
        {
          text: {
            fr: "Désigner dans l'association un pionnier qui essaie les outils et aide les autres.",
            en: "Name a pioneer in the association who tries tools and helps the others.",
          },
          why: {
            fr: "Une personne curieuse et disponible débloque beaucoup de situations.",
            en: "One curious, available person unblocks many situations.",
          },
        },
      ],
      activities: [
        {
          id: "attentes-et-craintes",
          why: {
            fr: "Fait dire ce que l'équipe espère et redoute du numérique.",
            en: "Lets the team say what it hopes for and fears from digital tools.",
          },
        },
      ],
      tools: [
        {
          name: "Etherpad",
          kind: "pad",
          why: {
            fr: "Un premier outil partagé, sans compte ni installation.",
            en: "A first shared tool, with no account and nothing to install.",
          },
        },
      ],
    },
    {
      to: 3,
      practices: [
        {
          text: {
            fr: "Essayer chaque outil sur une vraie tâche de l'équipe, pas sur un exemple.",
            en: "Try each tool on a real task of the team, not on an example.",
          },
          why: {
            fr: "On adopte un outil quand il résout un problème qu'on a vraiment.",
            en: "People adopt a tool when it solves a problem they really have.",
          },
        },
      ],
      activities: [
        {
          id: "panorama-des-outils",
          why: {
            fr: "Donne une vue d'ensemble des outils possibles par usage.",
            en: "Gives an overview of the possible tools for each use.",
          },
        },
        {
          id: "demo-flash",
          why: {
            fr: "Montre un outil en cinq minutes sur un cas concret.",
            en: "Shows a tool in five minutes on a concrete case.",
          },
        },
      ],
      tools: [
        {
          name: "Nextcloud",
          kind: "cloud",
          why: {
            fr: "Fichiers, agenda et contacts partagés dans un seul outil.",
            en: "Shared files, calendar and contacts in one tool.",
          },
        },
      ],
    },
    {
      to: 4,
      practices: [
        {
          text: {
            fr: "Choisir les outils avec les utilisateurs après des tests, et écrire ensemble de courts guides d'usage.",
            en: "Choose tools with the users after tests, and write short how-to guides together.",
          },
          why: {
            fr: "Un outil choisi par ses utilisateurs est un outil utilisé.",
            en: "A tool chosen by its users is a tool that gets used.",
          },
        },
      ],
      activities: [
        {
          id: "test-utilisateur",
          why: {
            fr: "Observe de vrais usagers face à l'outil avant de l'adopter.",
            en: "Watches real users with the tool before adopting it.",
          },
        },
        {
          id: "outil-ideal",
          why: {
            fr: "Part des usages rêvés plutôt que des fonctions.",
            en: "Starts from the uses people dream of rather than features.",
          },
        },
      ],
      tools: [
        {
          name: "YesWiki",
          kind: "wiki",
          why: {
            fr: "Une foire aux questions et des guides que les usagers complètent.",
            en: "A FAQ and guides that users complete.",
          },
        },
      ],
    },
    {
      to: 5,
      practices: [
        {
          text: {
            fr: "Faire former, par les pionniers de chaque association, les membres des autres, et mettre les guides en commun.",
            en: "Have each association's pioneers train the others' members, and pool the guides.",
          },
          why: {
            fr: "Les savoir-faire circulent sans dépendre d'un prestataire.",
            en: "Know-how circulates without depending on a provider.",
          },
        },
      ],
      activities: [
        {
          id: "codeveloppement",
          why: {
            fr: "Les pairs s'aident à résoudre un cas réel.",
            en: "Peers help each other solve a real case.",
          },
        },
        {
          id: "plan-essaimage",
          why: {
            fr: "Organise la diffusion des usages dans chaque structure.",
            en: "Organises spreading the uses in each organisation.",
          },
        },
      ],
      tools: [
        {
          name: "Mattermost",
          kind: "chat",
          why: {
            fr: "Un canal d'entraide commun à toutes les associations.",
            en: "A help channel shared by all the associations.",
          },
        },
      ],
    },
  ],
};

/** Questions on appropriation of digital tools. CC BY-SA 4.0. */
export const toolsQuestions: readonly Question[] = [
  {
    id: "tools-help",
    dimension: "tools",
    prompt: {
      fr: "Quand quelqu'un bloque sur un outil, que se passe-t-il ?",
      en: "When someone gets stuck with a tool, what happens?",
    },
    options: [
      {
        level: 1,
        text: {
          fr: "Il abandonne et revient au papier ou à ses habitudes.",
          en: "They give up and go back to paper or their habits.",
        },
      },
      {
        level: 2,
        text: {
          fr: "Il appelle la seule personne qui sait.",
          en: "They call the one person who knows.",
        },
      },
      {
        level: 3,
        text: {
          fr: "Il trouve de l'aide dans un court guide ou auprès d'un collègue.",
          en: "They find help in a short guide or from a colleague.",
        },
      },
      {
        level: 4,
        text: {
          fr: "Les pairs s'entraident ; questions et réponses sont gardées dans une FAQ partagée.",
          en: "Peers help each other; questions and answers are kept in a shared FAQ.",
        },
      },
      {
        level: 5,
        text: {
          fr: "L'aide circule entre associations ; les pionniers répondent pour tout le collectif.",
          en: "Help circulates between associations; pioneers answer for the whole collective.",
        },
      },
    ],
  },
  {
    id: "tools-usage",
    dimension: "tools",
    prompt: {
      fr: "Quelle part de l'équipe utilise les outils partagés (agenda commun, fichiers, pad…) ?",
      en: "What share of the team uses the shared tools (common calendar, files, pad…)?",
    },
    options: [
      {
        level: 1,
        text: {
          fr: "Presque personne ; il n'y a pas d'outil partagé.",
          en: "Almost nobody; there is no shared tool.",
        },
      },
      { level: 2, text: { fr: "Quelques enthousiastes.", en: "A few enthusiasts." } },
      { level: 3, text: { fr: "À peu près la moitié, inégalement.", en: "About half, unevenly." } },
      {
        level: 4,
        text: {
          fr: "Presque tout le monde, pour ce à quoi servent les outils.",
          en: "Nearly everyone, for what the tools are meant for.",
        },
      },
      {
        level: 5,
        text: {
          fr: "Tout le monde, et des partenaires utilisent les mêmes espaces avec nous.",
          en: "Everyone, and partners use the same spaces with us.",
        },
      },
    ],
  },
  {
    id: "tools-choice",
    dimension: "tools",
    prompt: {
      fr: "Comment le dernier outil a-t-il été choisi ?",
      en: "How was the last tool chosen?",
    },
    options: [
      {
        level: 1,
        text: {
          fr: "Il est venu avec un ordinateur, un compte gratuit ou un fournisseur.",
          en: "It came with a computer, a free account or a supplier.",
        },
      },
      {
        level: 2,
        text: {
          fr: "Quelqu'un l'a choisi seul, puis l'a annoncé.",
          en: "Someone chose it alone, then announced it.",
        },
      },
      {
        level: 3,
        text: {
          fr: "En comparant quelques options sur leurs fonctions.",
          en: "By comparing a few options on their features.",
        },
      },
      {
        level: 4,
        text: {
          fr: "En le testant avec les utilisateurs sur des situations réelles, puis en décidant.",
          en: "By testing it with the users on real situations, then deciding.",
        },
      },
      {
        level: 5,
        text: {
          fr: "Testé et choisi avec les autres associations, pour être partagé.",
          en: "Tested and chosen with the other associations, to be shared.",
        },
      },
    ],
  },
  {
    id: "tools-training",
    dimension: "tools",
    prompt: {
      fr: "Comment apprend-on à se servir d'un nouvel outil ?",
      en: "How do people learn to use a new tool?",
    },
    options: [
      { level: 1, text: { fr: "Seul, ou pas du tout.", en: "Alone, or not at all." } },
      {
        level: 2,
        text: {
          fr: "Une démonstration, une fois, au lancement.",
          en: "One demonstration, once, at launch.",
        },
      },
      {
        level: 3,
        text: {
          fr: "Une formation et un guide d'utilisation.",
          en: "A training session and a user guide.",
        },
      },
      {
        level: 4,
        text: {
          fr: "En pratiquant sur le vrai travail, avec un pionnier à côté, et de courts guides écrits par les usagers.",
          en: "By practising on real work, with a pioneer nearby, and short guides written by users.",
        },
      },
      {
        level: 5,
        text: {
          fr: "Les pionniers de plusieurs associations se forment entre eux et mettent leurs guides en commun.",
          en: "Pioneers of several associations train each other and pool their guides.",
        },
      },
    ],
  },
];
