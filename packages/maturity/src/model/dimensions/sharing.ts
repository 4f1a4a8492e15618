import type { Dimension, Question } from "../../types.ts";

/** Information sharing. CC BY-SA 4.0. */
export const sharingDimension: Dimension = {
  id: "sharing",
  name: { fr: "Partage de l'information", en: "Information sharing" },
  summary: {
    fr: "Comment l'information circule, se retrouve et s'ouvre, dans l'association et entre associations.",
    en: "How information flows, is found again and is opened, inside the association and between associations.",
  },
  levels: [
    {
      level: 1,
      observed: {
        fr: "L'information reste dans les têtes et les boîtes mail personnelles ; pour trouver un document, on demande à son auteur.",
        en: "Information stays in heads and personal mailboxes; to find a document, you ask whoever wrote it.",
      },
    },
    {
      level: 2,
      observed: {
        fr: "L'information circule par courriel et pièces jointes ; les versions se multiplient et les absents sont oubliés.",
        en: "Information travels by email and attachments; versions multiply and absent people are left out.",
      },
    },
    {
      level: 3,
      observed: {
        fr: "Il existe des dossiers partagés et des comptes rendus, mais chaque équipe a ses règles et les pièces jointes persistent.",
        en: "Shared folders and minutes exist, but each team has its own rules and attachments persist.",
      },
    },
    {
      level: 4,
      observed: {
        fr: "Un lieu de référence connu de tous, où l'on écrit d'emblée pour les autres ; les partenaires lisent ce qui les concerne.",
        en: "One place of reference everyone knows, written for others from the start; partners read what concerns them.",
      },
    },
    {
      level: 5,
      observed: {
        fr: "Ce qui n'est pas confidentiel est publié sous licence libre ; d'autres structures le réutilisent et l'enrichissent.",
        en: "Whatever is not confidential is published under a free licence; other organisations reuse and enrich it.",
      },
    },
  ],
  steps: [
    {
      to: 2,
      practices: [
        {
          text: {
            fr: "Convenir ensemble de qui doit être informé de quoi, et par quel canal.",
            en: "Agree together on who must be told what, and through which channel.",
          },
          why: {
            fr: "Un accord simple évite que l'information dépende de la bonne volonté de chacun.",
            en: "A simple agreement stops information depending on each person's goodwill.",
          },
        },
      ],
      activities: [
        {
          id: "carte-des-presents",
          why: {
            fr: "Rend visible qui détient quelle information.",
            en: "Shows who holds which information.",
          },
        },
      ],
      tools: [
        {
          name: "Sympa",
          kind: "mailing-list",
          why: {
            fr: "Une seule adresse joint toute l'équipe et garde les archives.",
            en: "One address reaches the whole team and keeps the archive.",
          },
        },
      ],
    },
    {
      to: 3,
      practices: [
        {
          text: {
            fr: "Créer une arborescence partagée décidée ensemble et prendre les notes de réunion dans un pad.",
            en: "Create a shared folder tree decided together and take meeting notes in a pad.",
          },
          why: {
            fr: "Un rangement commun et des notes en direct remplacent les pièces jointes.",
            en: "A common layout and live notes replace attachments.",
          },
        },
      ],
      activities: [
        {
          id: "co-ecriture-pad",
          why: {
            fr: "On apprend en écrivant à plusieurs sur un vrai texte.",
            en: "People learn by writing a real text together.",
          },
        },
      ],
      tools: [
        {
          name: "Nextcloud",
          kind: "cloud",
          why: {
            fr: "Des fichiers partagés à jour, accessibles de partout, sans pièce jointe.",
            en: "Up-to-date shared files, reachable from anywhere, no attachments.",
          },
        },
        {
          name: "Etherpad",
          kind: "pad",
          why: {
            fr: "Un compte rendu écrit pendant la réunion, lisible par les absents.",
            en: "Minutes written during the meeting, readable by those absent.",
          },
        },
      ],
    },
    {
      to: 4,
      practices: [
        {
          text: {
            fr: "Faire du wiki le lieu de référence : on met un lien plutôt qu'une pièce jointe.",
            en: "Make the wiki the place of reference: share a link rather than an attachment.",
          },
          why: {
            fr: "Une seule version vivante, que chacun peut corriger.",
            en: "One living version that anyone can correct.",
          },
        },
      ],
      activities: [
        {
          id: "tri-de-cartes",
          why: {
            fr: "Les usagers organisent eux-mêmes les rubriques du wiki.",
            en: "Users organise the wiki's sections themselves.",
          },
        },
        {
          id: "carte-heuristique",
          why: {
            fr: "Cartographie l'information existante avant de la ranger.",
            en: "Maps the existing information before tidying it.",
          },
        },
      ],
      tools: [
        {
          name: "YesWiki",
          kind: "wiki",
          why: {
            fr: "Un wiki simple, pensé pour les collectifs, que des non-informaticiens modifient.",
            en: "A simple wiki built for collectives, edited by non-specialists.",
          },
        },
      ],
    },
    {
      to: 5,
      practices: [
        {
          text: {
            fr: "Publier ouvertement, sous CC BY-SA, les ressources non confidentielles.",
            en: "Publish non-confidential resources openly under CC BY-SA.",
          },
          why: {
            fr: "D'autres associations s'en servent, les améliorent et vous les rendent.",
            en: "Other associations use them, improve them and give them back.",
          },
        },
      ],
      activities: [
        {
          id: "veille-partagee",
          why: {
            fr: "Installe l'habitude de partager ce qu'on trouve et ce qu'on produit.",
            en: "Builds the habit of sharing what one finds and makes.",
          },
        },
      ],
      tools: [
        {
          name: "YesWiki",
          kind: "wiki",
          why: {
            fr: "Des pages publiques et des pages réservées dans le même outil.",
            en: "Public and restricted pages in the same tool.",
          },
        },
      ],
    },
  ],
};

/** Questions on information sharing. CC BY-SA 4.0. */
export const sharingQuestions: readonly Question[] = [
  {
    id: "sharing-find-document",
    dimension: "sharing",
    prompt: {
      fr: "Quelqu'un a besoin d'un document écrit par un collègue absent. Que se passe-t-il le plus souvent ?",
      en: "Someone needs a document written by a colleague who is away. What usually happens?",
    },
    options: [
      {
        level: 1,
        text: {
          fr: "On attend son retour, ou on fait sans.",
          en: "They wait for the colleague to return, or do without.",
        },
      },
      {
        level: 2,
        text: {
          fr: "On lui écrit ou on l'appelle pour qu'il l'envoie.",
          en: "They email or phone the colleague to have it sent.",
        },
      },
      {
        level: 3,
        text: {
          fr: "On cherche dans un dossier partagé, où il se trouve souvent, pas toujours.",
          en: "They look in a shared folder, where it often is, not always.",
        },
      },
      {
        level: 4,
        text: {
          fr: "On le trouve en quelques minutes, dans sa dernière version, dans l'espace commun.",
          en: "They find it within minutes, in its latest version, in the common space.",
        },
      },
      {
        level: 5,
        text: {
          fr: "On le trouve, et une association partenaire ou le public le pourrait aussi s'il n'est pas confidentiel.",
          en: "They find it, and so could a partner association or the public if it is not confidential.",
        },
      },
    ],
  },
  {
    id: "sharing-minutes",
    dimension: "sharing",
    prompt: {
      fr: "Après une réunion, que devient le compte rendu ?",
      en: "After a meeting, what becomes of the minutes?",
    },
    options: [
      {
        level: 1,
        text: {
          fr: "Il n'y en a pas, ou il reste dans le carnet de la personne qui a noté.",
          en: "There are none, or they stay in the note-taker's notebook.",
        },
      },
      {
        level: 2,
        text: {
          fr: "Il est envoyé par courriel aux présents.",
          en: "They are emailed to those who attended.",
        },
      },
      {
        level: 3,
        text: {
          fr: "Il est déposé dans un dossier partagé, quelques semaines plus tard.",
          en: "They are put in a shared folder, a few weeks later.",
        },
      },
      {
        level: 4,
        text: {
          fr: "Il est écrit en direct dans un pad que présents et absents lisent et complètent.",
          en: "They are written live in a pad that those present and absent read and complete.",
        },
      },
      {
        level: 5,
        text: {
          fr: "Il est publié, points privés retirés, pour que les partenaires suivent et réutilisent les décisions.",
          en: "They are published, private points removed, so partners can follow and reuse the decisions.",
        },
      },
    ],
  },
  {
    id: "sharing-newcomer",
    dimension: "sharing",
    prompt: {
      fr: "Un nouveau bénévole ou salarié arrive. Comment apprend-il le fonctionnement ?",
      en: "A new volunteer or employee arrives. How do they learn how things work?",
    },
    options: [
      {
        level: 1,
        text: {
          fr: "En posant des questions, une personne à la fois, pendant des mois.",
          en: "By asking questions, one person at a time, for months.",
        },
      },
      {
        level: 2,
        text: {
          fr: "Quelqu'un lui transfère une pile d'anciens courriels et de fichiers.",
          en: "Someone forwards them a pile of old emails and files.",
        },
      },
      {
        level: 3,
        text: {
          fr: "Un dossier d'accueil existe, en partie périmé.",
          en: "A welcome folder exists, partly out of date.",
        },
      },
      {
        level: 4,
        text: {
          fr: "Une page d'accueil vivante, tenue à jour par ceux qui s'en servent, renvoie à tout.",
          en: "A living welcome page, kept up to date by those who use it, points to everything.",
        },
      },
      {
        level: 5,
        text: {
          fr: "Le guide d'accueil est partagé avec les autres associations du collectif, qui l'améliorent aussi.",
          en: "The welcome guide is shared with the collective's other associations, who improve it too.",
        },
      },
    ],
  },
  {
    id: "sharing-partners",
    dimension: "sharing",
    prompt: {
      fr: "Comment partagez-vous l'information avec les autres associations du collectif ?",
      en: "How do you share information with the collective's other associations?",
    },
    options: [
      {
        level: 1,
        text: {
          fr: "Nous ne la partageons pas, hors des réunions.",
          en: "We do not, apart from meetings.",
        },
      },
      {
        level: 2,
        text: {
          fr: "Par courriels entre les personnes qui se connaissent.",
          en: "Through emails between people who know each other.",
        },
      },
      {
        level: 3,
        text: {
          fr: "Par une liste de diffusion commune ou un dossier partagé pour les projets communs.",
          en: "Through a common mailing list or a shared folder for joint projects.",
        },
      },
      {
        level: 4,
        text: {
          fr: "Par un espace commun où chaque association dépose ses nouvelles, son agenda et ses ressources.",
          en: "Through a common space where each association posts its news, calendar and resources.",
        },
      },
      {
        level: 5,
        text: {
          fr: "Par des ressources ouvertes et documentées, que tout le collectif, et au-delà, réutilise et améliore.",
          en: "Through open, documented resources that the whole collective, and beyond, reuses and improves.",
        },
      },
    ],
  },
];
