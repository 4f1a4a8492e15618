import type { Dimension, Question } from "../../types.ts";

/** Power and governance. CC BY-SA 4.0. */
export const powerDimension: Dimension = {
  id: "power",
  name: { fr: "Pouvoir et gouvernance", en: "Power and governance" },
  summary: {
    fr: "Qui détient le pouvoir d'agir et de décider, et comment il se partage, dans l'association et dans le collectif.",
    en: "Who holds the power to act and decide, and how it is shared, in the association and in the collective.",
  },
  levels: [
    {
      level: 1,
      observed: {
        fr: "Une ou deux personnes (présidence, direction) détiennent décisions et informations ; les autres exécutent.",
        en: "One or two people (chair, director) hold decisions and information; the others carry out.",
      },
    },
    {
      level: 2,
      observed: {
        fr: "Le bureau informe les membres et leur demande parfois leur avis, mais l'issue est déjà fixée.",
        en: "The board informs members and sometimes asks their opinion, but the outcome is already set.",
      },
    },
    {
      level: 3,
      observed: {
        fr: "Des groupes de travail reçoivent un mandat et les rôles sont écrits, mais le pouvoir reste au bureau.",
        en: "Working groups receive a mandate and roles are written down, but power stays with the board.",
      },
    },
    {
      level: 4,
      observed: {
        fr: "Rôles et mandats sont répartis et explicites ; qui fait décide dans un cadre clair ; le pouvoir se partage avec les partenaires sur les projets communs.",
        en: "Roles and mandates are distributed and explicit; whoever does decides within a clear frame; power is shared with partners on joint projects.",
      },
    },
    {
      level: 5,
      observed: {
        fr: "La gouvernance se partage dans le collectif : règles communes, rôles tournants, chaque association a voix sur les communs auxquels elle contribue.",
        en: "Governance is shared across the collective: common rules, rotating roles, each association has a say on the commons it contributes to.",
      },
    },
  ],
  steps: [
    {
      to: 2,
      practices: [
        {
          text: {
            fr: "Expliquer les décisions prises et ouvrir un temps de questions à chaque assemblée.",
            en: "Explain the decisions taken and open time for questions at every general meeting.",
          },
          why: {
            fr: "Comprendre le pourquoi est le premier pas pour pouvoir y contribuer.",
            en: "Understanding why is the first step towards contributing.",
          },
        },
      ],
      activities: [
        {
          id: "tour-de-table",
          why: {
            fr: "Chaque personne s'exprime au moins une fois.",
            en: "Every person speaks at least once.",
          },
        },
      ],
      tools: [
        {
          name: "Framaforms",
          kind: "forms",
          why: {
            fr: "Recueille l'avis de chacun, même de ceux qui ne parlent pas en réunion.",
            en: "Collects everyone's opinion, even from those who stay silent in meetings.",
          },
        },
      ],
    },
    {
      to: 3,
      practices: [
        {
          text: {
            fr: "Écrire les rôles principaux et donner aux groupes de travail un mandat écrit.",
            en: "Write down the main roles and give working groups a written mandate.",
          },
          why: {
            fr: "Un mandat clair permet d'agir sans demander la permission à chaque étape.",
            en: "A clear mandate lets people act without asking permission at every step.",
          },
        },
      ],
      activities: [
        {
          id: "contrat-de-groupe",
          why: {
            fr: "Le groupe fixe lui-même ses règles et ses rôles.",
            en: "The group sets its own rules and roles.",
          },
        },
      ],
      tools: [
        {
          name: "YesWiki",
          kind: "wiki",
          why: {
            fr: "Une page des rôles et mandats, visible et modifiable par tous.",
            en: "A page of roles and mandates, visible and editable by all.",
          },
        },
      ],
    },
    {
      to: 4,
      practices: [
        {
          text: {
            fr: "Attribuer les rôles par élection sans candidat et les revoir chaque année ; décider par sollicitation d'avis dans son rôle.",
            en: "Assign roles through elections without candidates and review them yearly; decide within one's role after seeking advice.",
          },
          why: {
            fr: "Le pouvoir circule et chacun sait jusqu'où il peut décider.",
            en: "Power circulates and everyone knows how far they may decide.",
          },
        },
      ],
      activities: [
        {
          id: "election-sans-candidat",
          why: {
            fr: "Confie un rôle sur la base des motivations exprimées, sans compétition.",
            en: "Gives a role based on stated reasons, without competition.",
          },
        },
        {
          id: "sollicitation-avis",
          why: {
            fr: "Permet de décider seul après avoir consulté les personnes concernées.",
            en: "Lets one decide alone after consulting those affected.",
          },
        },
      ],
      tools: [
        {
          name: "Loomio",
          kind: "poll",
          why: {
            fr: "Des propositions discutées et tranchées en ligne, avec une trace des raisons.",
            en: "Proposals discussed and settled online, with a record of the reasons.",
          },
        },
      ],
    },
    {
      to: 5,
      practices: [
        {
          text: {
            fr: "Écrire ensemble une charte du collectif pour les outils et ressources partagés, avec des rôles tournants.",
            en: "Write together a charter of the collective for shared tools and resources, with rotating roles.",
          },
          why: {
            fr: "Un commun a besoin de règles que ses contributeurs ont choisies.",
            en: "A commons needs rules chosen by those who contribute to it.",
          },
        },
      ],
      activities: [
        {
          id: "consentement",
          why: {
            fr: "Adopte la charte sans objection majeure de qui que ce soit.",
            en: "Adopts the charter with no major objection from anyone.",
          },
        },
      ],
      tools: [
        {
          name: "Loomio",
          kind: "poll",
          why: {
            fr: "Un espace de décision commun aux associations, ouvert et archivé.",
            en: "A decision space shared by the associations, open and archived.",
          },
        },
      ],
    },
  ],
};

/** Questions on power and governance. CC BY-SA 4.0. */
export const powerQuestions: readonly Question[] = [
  {
    id: "power-tools-decision",
    dimension: "power",
    prompt: {
      fr: "Qui décide de l'outil numérique que votre association adopte ?",
      en: "Who decides which digital tool your association adopts?",
    },
    options: [
      {
        level: 1,
        text: {
          fr: "La direction, ou la personne « qui s'y connaît », seule.",
          en: "The director, or the person who 'knows computers', alone.",
        },
      },
      {
        level: 2,
        text: {
          fr: "Le bureau, après l'avoir annoncé à l'équipe.",
          en: "The board, after announcing it to the team.",
        },
      },
      {
        level: 3,
        text: {
          fr: "Le bureau, après avoir consulté les futurs utilisateurs.",
          en: "The board, after consulting the future users.",
        },
      },
      {
        level: 4,
        text: {
          fr: "Les utilisateurs ensemble, dans un cadre fixé par le bureau.",
          en: "The users together, within a frame set by the board.",
        },
      },
      {
        level: 5,
        text: {
          fr: "Le collectif d'associations, pour les outils partagés, selon des règles écrites ensemble.",
          en: "The collective of associations, for shared tools, by rules written together.",
        },
      },
    ],
  },
  {
    id: "power-roles",
    dimension: "power",
    prompt: {
      fr: "Les rôles et responsabilités sont-ils écrits ?",
      en: "Are roles and responsibilities written down?",
    },
    options: [
      {
        level: 1,
        text: { fr: "Non ; chacun sait qui commande.", en: "No; everyone knows who is in charge." },
      },
      {
        level: 2,
        text: {
          fr: "Des fiches de poste existent mais personne ne les lit.",
          en: "Job descriptions exist but nobody reads them.",
        },
      },
      {
        level: 3,
        text: {
          fr: "Les rôles principaux sont écrits et connus.",
          en: "The main roles are written and known.",
        },
      },
      {
        level: 4,
        text: {
          fr: "Ils sont écrits, revus régulièrement, et chacun peut en prendre un.",
          en: "They are written, reviewed regularly, and anyone can take one on.",
        },
      },
      {
        level: 5,
        text: {
          fr: "Certains rôles sont partagés avec le collectif, par exemple une coordination tournante des outils communs.",
          en: "Some roles are shared with the collective, for instance a rotating coordination of the common tools.",
        },
      },
    ],
  },
  {
    id: "power-disagreement",
    dimension: "power",
    prompt: {
      fr: "Un bénévole n'est pas d'accord avec une décision. Que se passe-t-il ?",
      en: "A volunteer disagrees with a decision. What happens?",
    },
    options: [
      {
        level: 1,
        text: { fr: "Il se tait, ou il s'en va.", en: "They keep quiet, or they leave." },
      },
      {
        level: 2,
        text: {
          fr: "Il peut le dire à la présidence, qui décide des suites.",
          en: "They can tell the chair, who decides what follows.",
        },
      },
      {
        level: 3,
        text: {
          fr: "Il peut le dire en réunion, où on en discute.",
          en: "They can raise it in a meeting, where it is discussed.",
        },
      },
      {
        level: 4,
        text: {
          fr: "Il existe une façon connue d'objecter, et les objections sont traitées avant d'agir.",
          en: "There is a known way to object, and objections are dealt with before acting.",
        },
      },
      {
        level: 5,
        text: {
          fr: "La même façon d'objecter vaut dans tout le collectif, sur les projets communs.",
          en: "The same way to object works across the collective, on joint projects.",
        },
      },
    ],
  },
  {
    id: "power-budget",
    dimension: "power",
    prompt: {
      fr: "Qui connaît le budget et les moyens de l'association ?",
      en: "Who knows the association's budget and means?",
    },
    options: [
      {
        level: 1,
        text: {
          fr: "Seuls la trésorerie et la direction.",
          en: "Only the treasurer and the director.",
        },
      },
      {
        level: 2,
        text: {
          fr: "Le bureau ; les chiffres sont présentés une fois par an.",
          en: "The board; figures are presented once a year.",
        },
      },
      {
        level: 3,
        text: {
          fr: "Les responsables connaissent le budget de leur projet.",
          en: "Project leads know their project's budget.",
        },
      },
      {
        level: 4,
        text: {
          fr: "Les chiffres sont ouverts à tous les membres, qui peuvent proposer leur usage.",
          en: "Figures are open to every member, who can propose how to use them.",
        },
      },
      {
        level: 5,
        text: {
          fr: "Les moyens consacrés aux projets communs sont mis en commun et visibles de toutes les associations.",
          en: "The means given to joint projects are pooled and visible to every association.",
        },
      },
    ],
  },
];
