import type { Dimension, Question } from "../../types.ts";

/** Pooling. CC BY-SA 4.0. */
export const poolingDimension: Dimension = {
  id: "pooling",
  name: { fr: "Mutualisation", en: "Pooling" },
  summary: {
    fr: "Ce que les associations mettent en commun : hébergement commun, maintenance mutualisée, outils de partage de données, groupe d'expertise.",
    en: "What the associations pool: common hosting, shared maintenance, data-sharing tools, an expert group.",
  },
  levels: [
    {
      level: 1,
      observed: {
        fr: "Chaque association gère seule ses outils, ou ne les gère pas ; personne ne sait ce qu'utilisent les autres.",
        en: "Each association runs its tools alone, or not at all; nobody knows what the others use.",
      },
    },
    {
      level: 2,
      observed: {
        fr: "Les associations échangent des conseils sur les outils et parfois sur les prestataires.",
        en: "Associations exchange tips on tools and sometimes on providers.",
      },
    },
    {
      level: 3,
      observed: {
        fr: "Les associations s'alignent sur des outils et des fonctionnements communs, chacune les gérant dans sa structure.",
        en: "Associations align on common tools and ways of working, each running them in its own organisation.",
      },
    },
    {
      level: 4,
      observed: {
        fr: "Un hébergement commun et une maintenance mutualisée sont organisés ; des outils de partage de données relient les associations.",
        en: "Common hosting and shared maintenance are organised; data-sharing tools link the associations.",
      },
    },
    {
      level: 5,
      observed: {
        fr: "L'infrastructure mutualisée est un commun gouverné : coûts et règles partagés, groupe d'expertise, ouverture à d'autres associations.",
        en: "The pooled infrastructure is a governed commons: shared costs and rules, an expert group, open to other associations.",
      },
    },
  ],
  steps: [
    {
      to: 2,
      practices: [
        {
          text: {
            fr: "Faire l'inventaire des outils de chaque association et de ce qu'ils coûtent.",
            en: "List each association's tools and what they cost.",
          },
          why: {
            fr: "On ne peut mutualiser que ce que l'on connaît.",
            en: "One can only pool what one knows about.",
          },
        },
      ],
      activities: [
        {
          id: "cartographie-acteurs",
          why: {
            fr: "Dessine qui utilise quoi, et qui maintient quoi.",
            en: "Draws who uses what, and who maintains what.",
          },
        },
      ],
      tools: [
        {
          name: "EtherCalc",
          kind: "data",
          why: {
            fr: "Un tableur partagé pour tenir l'inventaire à plusieurs.",
            en: "A shared spreadsheet to keep the inventory together.",
          },
        },
      ],
    },
    {
      to: 3,
      practices: [
        {
          text: {
            fr: "S'accorder sur des outils et des fonctionnements communs, chacun les gérant dans sa structure.",
            en: "Agree on common tools and ways of working, each running them in its own organisation.",
          },
          why: {
            fr: "S'aligner d'abord rend la mutualisation possible ensuite.",
            en: "Aligning first makes pooling possible later.",
          },
        },
      ],
      activities: [
        {
          id: "panorama-des-outils",
          why: {
            fr: "Compare les options pour chaque usage commun.",
            en: "Compares the options for each common use.",
          },
        },
        {
          id: "vote-gommettes",
          why: {
            fr: "Fait émerger les outils préférés du collectif.",
            en: "Brings out the collective's preferred tools.",
          },
        },
      ],
      tools: [
        {
          name: "Nextcloud",
          kind: "cloud",
          why: {
            fr: "Un même outil, installable par chaque association, prêt à être mutualisé.",
            en: "The same tool, installable by each association, ready to be pooled.",
          },
        },
      ],
    },
    {
      to: 4,
      practices: [
        {
          text: {
            fr: "Mettre en place un hébergement commun et une maintenance mutualisée (budget, rôles, sauvegardes), et choisir des outils de partage de données.",
            en: "Set up common hosting and shared maintenance (budget, roles, backups), and choose data-sharing tools.",
          },
          why: {
            fr: "Un seul serveur bien tenu coûte moins et tombe moins que cinq mal tenus.",
            en: "One well-kept server costs less and fails less than five poorly kept ones.",
          },
        },
      ],
      activities: [
        {
          id: "feuille-de-route",
          why: { fr: "Planifie la migration par étapes.", en: "Plans the migration in stages." },
        },
        {
          id: "forces-et-freins",
          why: {
            fr: "Anticipe ce qui aidera ou freinera la mutualisation.",
            en: "Anticipates what will help or hinder pooling.",
          },
        },
      ],
      tools: [
        {
          name: "YunoHost",
          kind: "hosting",
          why: {
            fr: "Un serveur commun où installer les outils libres en quelques clics.",
            en: "A common server where free tools install in a few clicks.",
          },
        },
        {
          name: "Grist",
          kind: "data",
          why: {
            fr: "Des tables de données partagées entre associations (contacts, agenda, ressources).",
            en: "Data tables shared between associations (contacts, calendar, resources).",
          },
        },
      ],
    },
    {
      to: 5,
      practices: [
        {
          text: {
            fr: "Gouverner l'infrastructure comme un commun : charte, clé de répartition des coûts, groupe d'expertise, accueil de nouvelles associations.",
            en: "Govern the infrastructure as a commons: charter, cost-sharing key, expert group, welcoming new associations.",
          },
          why: {
            fr: "Des règles claires font durer la mutualisation au-delà des personnes.",
            en: "Clear rules make pooling outlast the people who started it.",
          },
        },
      ],
      activities: [
        {
          id: "consentement",
          why: {
            fr: "Adopte la charte et la clé de répartition sans objection majeure.",
            en: "Adopts the charter and cost key with no major objection.",
          },
        },
        {
          id: "plan-essaimage",
          why: {
            fr: "Prépare l'accueil d'autres associations.",
            en: "Prepares welcoming other associations.",
          },
        },
      ],
      tools: [
        {
          name: "YunoHost",
          kind: "hosting",
          why: {
            fr: "Une infrastructure documentée qu'un autre groupe peut reprendre.",
            en: "A documented infrastructure another group can take over.",
          },
        },
      ],
    },
  ],
};

/** Questions on pooling. CC BY-SA 4.0. */
export const poolingQuestions: readonly Question[] = [
  {
    id: "pooling-inventory",
    dimension: "pooling",
    prompt: {
      fr: "Savez-vous quels outils utilisent les autres associations du collectif ?",
      en: "Do you know which tools the collective's other associations use?",
    },
    options: [
      { level: 1, text: { fr: "Non.", en: "No." } },
      {
        level: 2,
        text: { fr: "À peu près, par les conversations.", en: "Roughly, from conversations." },
      },
      {
        level: 3,
        text: {
          fr: "Oui, une liste commune existe et nous nous sommes alignés sur certains.",
          en: "Yes, a common list exists and we have aligned on some.",
        },
      },
      {
        level: 4,
        text: {
          fr: "Oui, nous utilisons les mêmes, sur un hébergement commun.",
          en: "Yes, we use the same ones, on common hosting.",
        },
      },
      {
        level: 5,
        text: {
          fr: "Oui, et nous tenons cette liste ensemble, ouverte à d'autres groupes.",
          en: "Yes, and we keep that list together, open to other groups.",
        },
      },
    ],
  },
  {
    id: "pooling-hosting",
    dimension: "pooling",
    prompt: {
      fr: "Où sont hébergés vos outils partagés ?",
      en: "Where are your shared tools hosted?",
    },
    options: [
      {
        level: 1,
        text: {
          fr: "Sur des comptes commerciaux gratuits, chacun de son côté.",
          en: "On free-of-charge commercial accounts, each on its own.",
        },
      },
      {
        level: 2,
        text: {
          fr: "Chaque association paie son propre prestataire.",
          en: "Each association pays its own provider.",
        },
      },
      {
        level: 3,
        text: {
          fr: "Les mêmes outils, mais chaque association héberge séparément.",
          en: "The same tools, but each association hosts separately.",
        },
      },
      {
        level: 4,
        text: {
          fr: "Sur un hébergement commun au collectif (son serveur ou un hébergeur éthique, par exemple membre des CHATONS).",
          en: "On hosting shared by the collective (its own server or an ethical host, for instance a CHATONS member).",
        },
      },
      {
        level: 5,
        text: {
          fr: "Sur un hébergement commun gouverné ensemble, avec des règles d'adhésion, ouvert à d'autres associations.",
          en: "On common hosting governed together, with joining rules, open to other associations.",
        },
      },
    ],
  },
  {
    id: "pooling-maintenance",
    dimension: "pooling",
    prompt: {
      fr: "Qui entretient les outils (mises à jour, sauvegardes, comptes) ?",
      en: "Who maintains the tools (updates, backups, accounts)?",
    },
    options: [
      {
        level: 1,
        text: {
          fr: "Personne en particulier ; quand ça casse, on appelle quelqu'un.",
          en: "Nobody in particular; when it breaks, someone is called.",
        },
      },
      {
        level: 2,
        text: {
          fr: "Un bénévole ou un prestataire par association.",
          en: "One volunteer or provider per association.",
        },
      },
      {
        level: 3,
        text: {
          fr: "Chaque association a quelqu'un, et ces personnes échangent des astuces.",
          en: "Each association has someone, and they exchange tips.",
        },
      },
      {
        level: 4,
        text: {
          fr: "Une maintenance mutualisée, avec un budget ou une personne pour le collectif.",
          en: "Shared maintenance, with a budget or a person for the collective.",
        },
      },
      {
        level: 5,
        text: {
          fr: "Une maintenance mutualisée avec un groupe d'expertise, documentée pour que d'autres puissent reprendre.",
          en: "Shared maintenance with an expert group, documented so others can take over.",
        },
      },
    ],
  },
  {
    id: "pooling-data",
    dimension: "pooling",
    prompt: {
      fr: "Comment les associations partagent-elles des données (contacts, agendas, ressources, cartes) ?",
      en: "How do the associations share data (contacts, calendars, resources, maps)?",
    },
    options: [
      {
        level: 1,
        text: {
          fr: "Elles ne les partagent pas ; chacune a ses fichiers.",
          en: "They do not; each has its own files.",
        },
      },
      {
        level: 2,
        text: {
          fr: "En s'envoyant des fichiers (tableurs).",
          en: "By sending each other files (spreadsheets).",
        },
      },
      {
        level: 3,
        text: {
          fr: "Par des dossiers partagés, pour certaines données.",
          en: "Through shared folders, for some data.",
        },
      },
      {
        level: 4,
        text: {
          fr: "Par des outils partagés où chaque association apporte ses données (agenda commun, annuaire, carte).",
          en: "Through shared tools where each association contributes its data (common calendar, directory, map).",
        },
      },
      {
        level: 5,
        text: {
          fr: "Dans des formats et sous des licences ouverts, réutilisables par d'autres.",
          en: "In open formats and under open licences, reusable by others.",
        },
      },
    ],
  },
];
