import type { Dimension, Question } from "../../types.ts";

/** Project management. CC BY-SA 4.0. */
export const projectsDimension: Dimension = {
  id: "projects",
  name: { fr: "Gestion de projets", en: "Project management" },
  summary: {
    fr: "Comment les projets se pensent, se suivent et s'évaluent : du plan figé à la stratégie par petits chantiers.",
    en: "How projects are conceived, followed and evaluated: from a fixed plan to strategy in short work cycles.",
  },
  levels: [
    {
      level: 1,
      observed: {
        fr: "Les projets vivent dans la tête d'une personne ; on découvre les échéances trop tard.",
        en: "Projects live in one person's head; deadlines are discovered too late.",
      },
    },
    {
      level: 2,
      observed: {
        fr: "Des plans existent dans des documents envoyés par courriel ; le suivi se fait par relances.",
        en: "Plans exist in documents sent by email; follow-up happens by reminders.",
      },
    },
    {
      level: 3,
      observed: {
        fr: "Une liste de tâches ou un tableau partagé par projet ; les réunions font le point.",
        en: "A shared task list or board per project; meetings review progress.",
      },
    },
    {
      level: 4,
      observed: {
        fr: "Des cycles courts (chantiers d'un mois) à partir de récits d'usage classés par coût et impact, évalués à la fin de chaque cycle.",
        en: "Short cycles (one-month work sprints) built from user stories ranked by cost and impact, evaluated at the end of each cycle.",
      },
    },
    {
      level: 5,
      observed: {
        fr: "Les projets se mènent entre associations avec la même méthode et un carnet de besoins commun ; les retours nourrissent tout le collectif.",
        en: "Projects are run across associations with the same method and a common backlog; feedback feeds the whole collective.",
      },
    },
  ],
  steps: [
    {
      to: 2,
      practices: [
        {
          text: {
            fr: "Noter à la fin de chaque réunion qui fait quoi, pour quand.",
            en: "Write down at the end of each meeting who does what, by when.",
          },
          why: {
            fr: "Les engagements écrits se tiennent mieux que les promesses orales.",
            en: "Written commitments hold better than spoken promises.",
          },
        },
      ],
      activities: [
        {
          id: "qui-quoi-quand",
          why: {
            fr: "Transforme la discussion en tâches attribuées.",
            en: "Turns discussion into assigned tasks.",
          },
        },
      ],
      tools: [
        {
          name: "Etherpad",
          kind: "pad",
          why: {
            fr: "La liste des tâches est écrite en direct et partagée.",
            en: "The task list is written live and shared.",
          },
        },
      ],
    },
    {
      to: 3,
      practices: [
        {
          text: {
            fr: "Tenir un tableau de tâches partagé par projet, mis à jour en réunion.",
            en: "Keep a shared task board per project, updated in meetings.",
          },
          why: {
            fr: "Chacun voit l'avancement sans attendre un compte rendu.",
            en: "Everyone sees progress without waiting for a report.",
          },
        },
      ],
      activities: [
        {
          id: "feuille-de-route",
          why: {
            fr: "Pose les grandes étapes avant de détailler les tâches.",
            en: "Sets the main stages before detailing tasks.",
          },
        },
      ],
      tools: [
        {
          name: "Nextcloud Deck",
          kind: "board",
          why: {
            fr: "Un tableau en colonnes à côté des fichiers partagés.",
            en: "A column board next to the shared files.",
          },
        },
      ],
    },
    {
      to: 4,
      practices: [
        {
          text: {
            fr: "Écrire les besoins en récits « en tant que… je souhaite… afin que… », les classer par coût et impact, mener des chantiers d'un mois puis les évaluer.",
            en: "Write needs as stories 'as a… I want… so that…', rank them by cost and impact, run one-month work cycles, then evaluate them.",
          },
          why: {
            fr: "On livre vite ce qui compte le plus et on ajuste le cap à chaque cycle.",
            en: "What matters most ships fast and the course is adjusted every cycle.",
          },
        },
      ],
      activities: [
        {
          id: "recits-utilisateurs",
          why: {
            fr: "Formule les besoins du point de vue des usagers.",
            en: "States needs from the users' point of view.",
          },
        },
        {
          id: "matrice-impact-effort",
          why: {
            fr: "Choisit les chantiers au meilleur rapport effet / coût.",
            en: "Picks the work with the best effect for its cost.",
          },
        },
        {
          id: "plus-delta",
          why: {
            fr: "Évalue le chantier en quelques minutes pour améliorer le suivant.",
            en: "Reviews the cycle in minutes to improve the next.",
          },
        },
      ],
      tools: [
        {
          name: "Kanboard",
          kind: "board",
          why: {
            fr: "Un tableau simple pour suivre un chantier court.",
            en: "A simple board to follow a short work cycle.",
          },
        },
      ],
    },
    {
      to: 5,
      practices: [
        {
          text: {
            fr: "Partager un carnet de besoins entre associations et évaluer les chantiers ensemble.",
            en: "Share a backlog between associations and review work cycles together.",
          },
          why: {
            fr: "Les associations évitent de faire deux fois la même chose et apprennent des autres.",
            en: "Associations avoid doing the same thing twice and learn from each other.",
          },
        },
      ],
      activities: [
        {
          id: "priorisation-moscow",
          why: {
            fr: "Classe ensemble les besoins communs.",
            en: "Ranks the common needs together.",
          },
        },
        {
          id: "quoi-et-alors-et-maintenant",
          why: {
            fr: "Tire collectivement les leçons d'un chantier.",
            en: "Draws lessons from a work cycle together.",
          },
        },
      ],
      tools: [
        {
          name: "Taiga",
          kind: "board",
          why: {
            fr: "Un carnet de besoins et des cycles partagés par plusieurs équipes.",
            en: "A backlog and cycles shared by several teams.",
          },
        },
      ],
    },
  ],
};

/** Questions on project management. CC BY-SA 4.0. */
export const projectsQuestions: readonly Question[] = [
  {
    id: "projects-tasks",
    dimension: "projects",
    prompt: {
      fr: "Comment chacun sait-il qui fait quoi dans un projet ?",
      en: "How does everyone know who does what in a project?",
    },
    options: [
      {
        level: 1,
        text: {
          fr: "On ne le sait pas ; on demande à la coordination.",
          en: "They do not; they ask the coordinator.",
        },
      },
      {
        level: 2,
        text: {
          fr: "Un courriel après la réunion liste les tâches.",
          en: "An email after the meeting lists the tasks.",
        },
      },
      {
        level: 3,
        text: {
          fr: "Une liste de tâches partagée, mise à jour en réunion.",
          en: "A shared task list, updated in meetings.",
        },
      },
      {
        level: 4,
        text: {
          fr: "Un tableau partagé que chacun met à jour au fil de l'eau.",
          en: "A shared board everyone updates as they go.",
        },
      },
      {
        level: 5,
        text: {
          fr: "Un tableau partagé avec les associations partenaires sur les projets communs.",
          en: "A board shared with partner associations on joint projects.",
        },
      },
    ],
  },
  {
    id: "projects-plan",
    dimension: "projects",
    prompt: {
      fr: "Comment un nouveau projet est-il planifié ?",
      en: "How is a new project planned?",
    },
    options: [
      {
        level: 1,
        text: {
          fr: "Il démarre quand quelqu'un a le temps ; pas de plan.",
          en: "It starts when someone has time; no plan.",
        },
      },
      {
        level: 2,
        text: {
          fr: "Un plan détaillé au départ, rarement revu.",
          en: "A detailed plan at the start, rarely revised.",
        },
      },
      {
        level: 3,
        text: {
          fr: "Un plan avec des jalons, revu quand il dérape.",
          en: "A plan with milestones, revised when it slips.",
        },
      },
      {
        level: 4,
        text: {
          fr: "Un cap et des cycles courts (un mois environ), replanifiés après chacun selon ce qu'on a appris.",
          en: "A direction and short cycles (about a month), re-planned after each from what was learnt.",
        },
      },
      {
        level: 5,
        text: {
          fr: "Des cycles planifiés avec les autres associations, sur un carnet de besoins commun.",
          en: "Cycles planned with the other associations, from a common backlog.",
        },
      },
    ],
  },
  {
    id: "projects-needs",
    dimension: "projects",
    prompt: {
      fr: "Comment recueillez-vous les besoins des usagers (adhérents, public, équipe) ?",
      en: "How do you collect the needs of users (members, public, team)?",
    },
    options: [
      { level: 1, text: { fr: "On les suppose.", en: "We assume them." } },
      {
        level: 2,
        text: {
          fr: "Par les plaintes ou les remarques en passant.",
          en: "Through complaints or passing remarks.",
        },
      },
      {
        level: 3,
        text: {
          fr: "Par une enquête ou une réunion de temps en temps.",
          en: "Through a survey or a meeting now and then.",
        },
      },
      {
        level: 4,
        text: {
          fr: "En récits « en tant que… je souhaite… afin que… », classés par coût et impact.",
          en: "As stories 'as a… I want… so that…', ranked by cost and impact.",
        },
      },
      {
        level: 5,
        text: {
          fr: "En récits partagés et classés à l'échelle du collectif.",
          en: "As stories shared and ranked across the collective.",
        },
      },
    ],
  },
  {
    id: "projects-review",
    dimension: "projects",
    prompt: {
      fr: "Quand un projet ou une étape se termine, que se passe-t-il ?",
      en: "When a project or a stage ends, what happens?",
    },
    options: [
      { level: 1, text: { fr: "On passe à autre chose.", en: "We move on to the next thing." } },
      { level: 2, text: { fr: "Un bilan pour le financeur.", en: "A report for the funder." } },
      {
        level: 3,
        text: {
          fr: "Une réunion pour dire ce qui a marché ou non.",
          en: "A meeting to say what worked and what did not.",
        },
      },
      {
        level: 4,
        text: {
          fr: "Une évaluation structurée dont les leçons changent le cycle suivant.",
          en: "A structured review whose lessons change the next cycle.",
        },
      },
      {
        level: 5,
        text: {
          fr: "Des leçons partagées avec les autres associations, qui les réutilisent.",
          en: "Lessons shared with the other associations, who reuse them.",
        },
      },
    ],
  },
];
