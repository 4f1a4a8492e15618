import type { Dimension, Question } from "../../types.ts";

/** Abundance and openness. CC BY-SA 4.0. */
export const opennessDimension: Dimension = {
  id: "openness",
  name: { fr: "Abondance et ouverture", en: "Abundance and openness" },
  summary: {
    fr: "Le rapport au partage des savoirs : licences libres, logiciels libres, communs, logique d'abondance plutôt que de rareté.",
    en: "The stance on sharing knowledge: free licences, free software, commons, a logic of abundance rather than scarcity.",
  },
  levels: [
    {
      level: 1,
      observed: {
        fr: "Savoirs et documents sont des biens à protéger : « nous avons fait le travail, les autres ne doivent pas le prendre ».",
        en: "Knowledge and documents are assets to protect: 'we did the work, others should not take it'.",
      },
    },
    {
      level: 2,
      observed: {
        fr: "On partage à la demande, au cas par cas, avec les partenaires de confiance.",
        en: "Things are shared on request, case by case, with trusted partners.",
      },
    },
    {
      level: 3,
      observed: {
        fr: "Certaines ressources sont partagées avec les partenaires ; la question des licences apparaît ; les outils propriétaires dominent.",
        en: "Some resources are shared with partners; the question of licences comes up; proprietary tools dominate.",
      },
    },
    {
      level: 4,
      observed: {
        fr: "Par défaut, les ressources sont publiées sous licence libre et les logiciels libres préférés ; l'association réutilise les communs des autres.",
        en: "By default, resources are published under free licences and free software is preferred; the association reuses others' commons.",
      },
    },
    {
      level: 5,
      observed: {
        fr: "L'association contribue aux communs : elle améliore ressources et logiciels partagés, cite et est citée ; partager multiplie la valeur.",
        en: "The association contributes to commons: it improves shared resources and software, credits and is credited; sharing multiplies value.",
      },
    },
  ],
  steps: [
    {
      to: 2,
      practices: [
        {
          text: {
            fr: "Lister les ressources que l'équipe serait prête à partager, et avec qui.",
            en: "List the resources the team would be willing to share, and with whom.",
          },
          why: {
            fr: "Partir de ce qui est facile à ouvrir rassure et montre l'intérêt.",
            en: "Starting with what is easy to open reassures and shows the benefit.",
          },
        },
      ],
      activities: [
        {
          id: "forces-et-freins",
          why: {
            fr: "Nomme ce qui retient le partage et ce qui le pousse.",
            en: "Names what holds sharing back and what drives it.",
          },
        },
      ],
      tools: [
        {
          name: "Nextcloud",
          kind: "cloud",
          why: {
            fr: "Un lien de partage suffit pour donner un document à un partenaire.",
            en: "A share link is enough to give a document to a partner.",
          },
        },
      ],
    },
    {
      to: 3,
      practices: [
        {
          text: {
            fr: "Choisir une licence par défaut et l'indiquer sur chaque document.",
            en: "Choose a default licence and state it on every document.",
          },
          why: {
            fr: "Une licence dit d'avance ce que les autres peuvent faire, sans avoir à demander.",
            en: "A licence says up front what others may do, without having to ask.",
          },
        },
      ],
      activities: [
        {
          id: "debat-mouvant",
          why: {
            fr: "Fait émerger les craintes et les arguments sur l'ouverture.",
            en: "Brings out fears and arguments about openness.",
          },
        },
      ],
      tools: [
        {
          name: "LibreOffice",
          kind: "office",
          why: {
            fr: "Une suite bureautique libre aux formats ouverts, lisibles par tous.",
            en: "A free office suite with open formats anyone can read.",
          },
        },
      ],
    },
    {
      to: 4,
      practices: [
        {
          text: {
            fr: "Publier sous CC BY-SA par défaut et préférer le logiciel libre à chaque choix d'outil.",
            en: "Publish under CC BY-SA by default and prefer free software in every tool choice.",
          },
          why: {
            fr: "L'association gagne en autonomie et peut réutiliser le travail des autres.",
            en: "The association gains autonomy and can reuse others' work.",
          },
        },
      ],
      activities: [
        {
          id: "panorama-des-outils",
          why: {
            fr: "Montre qu'une alternative libre existe pour chaque usage.",
            en: "Shows that a free alternative exists for each use.",
          },
        },
      ],
      tools: [
        {
          name: "YesWiki",
          kind: "wiki",
          why: {
            fr: "Publier des ressources ouvertes, avec leur licence affichée.",
            en: "Publish open resources with their licence displayed.",
          },
        },
      ],
    },
    {
      to: 5,
      practices: [
        {
          text: {
            fr: "Contribuer en retour : signaler des bogues, traduire, documenter ou financer un logiciel libre utilisé.",
            en: "Contribute back: report bugs, translate, document or fund a free software you use.",
          },
          why: {
            fr: "Un commun vit des contributions de ceux qui s'en servent.",
            en: "A commons lives on the contributions of those who use it.",
          },
        },
      ],
      activities: [
        {
          id: "plan-essaimage",
          why: {
            fr: "Prépare la diffusion des ressources produites au-delà du collectif.",
            en: "Prepares spreading the resources made beyond the collective.",
          },
        },
      ],
      tools: [
        {
          name: "Forgejo",
          kind: "forge",
          why: {
            fr: "Une forge libre pour publier et suivre les contributions.",
            en: "A free forge to publish and follow contributions.",
          },
        },
      ],
    },
  ],
};

/** Questions on abundance and openness. CC BY-SA 4.0. */
export const opennessQuestions: readonly Question[] = [
  {
    id: "openness-licence",
    dimension: "openness",
    prompt: {
      fr: "Sous quelle licence vos documents (guides, supports de formation, photos) sont-ils diffusés ?",
      en: "Under what licence are your documents (guides, training material, photos) shared?",
    },
    options: [
      {
        level: 1,
        text: {
          fr: "Aucune indiquée : tous droits réservés par défaut.",
          en: "None stated: all rights reserved by default.",
        },
      },
      {
        level: 2,
        text: {
          fr: "Nous les donnons à la demande, avec autorisation.",
          en: "We give them on request, with permission.",
        },
      },
      {
        level: 3,
        text: {
          fr: "Certains portent une licence libre, sans règle.",
          en: "Some carry a free licence, with no rule.",
        },
      },
      {
        level: 4,
        text: {
          fr: "Une licence libre (par exemple CC BY-SA) par défaut, indiquée sur chaque document.",
          en: "A free licence (for instance CC BY-SA) by default, stated on each document.",
        },
      },
      {
        level: 5,
        text: {
          fr: "Une licence libre, et nous améliorons et republions aussi les ressources des autres.",
          en: "A free licence, and we also improve and republish others' resources.",
        },
      },
    ],
  },
  {
    id: "openness-software",
    dimension: "openness",
    prompt: {
      fr: "Quels logiciels l'association utilise-t-elle au quotidien ?",
      en: "What software does the association use day to day?",
    },
    options: [
      {
        level: 1,
        text: {
          fr: "Ce qui était fourni avec l'ordinateur ou un compte gratuit, sans choisir.",
          en: "Whatever came with the computer or a free-of-charge account, without choosing.",
        },
      },
      {
        level: 2,
        text: {
          fr: "Surtout des services en ligne propriétaires ; le logiciel libre est inconnu.",
          en: "Mostly proprietary online services; free software is unknown.",
        },
      },
      {
        level: 3,
        text: {
          fr: "Quelques logiciels libres, selon les goûts de chacun.",
          en: "Some free software, by individual taste.",
        },
      },
      {
        level: 4,
        text: {
          fr: "Le libre d'abord, par un choix affirmé, avec des exceptions connues.",
          en: "Free software first, by a stated choice, with known exceptions.",
        },
      },
      {
        level: 5,
        text: {
          fr: "Le libre, et l'association y contribue (signalements, traductions, dons, documentation).",
          en: "Free software, and the association contributes to it (reports, translations, donations, documentation).",
        },
      },
    ],
  },
  {
    id: "openness-reuse",
    dimension: "openness",
    prompt: {
      fr: "Un partenaire demande à réutiliser une de vos ressources. Quelle est la réaction ?",
      en: "A partner asks to reuse one of your resources. What is the reaction?",
    },
    options: [
      {
        level: 1,
        text: {
          fr: "Un refus ou de l'inquiétude : c'est notre travail.",
          en: "A refusal or worry: it is our work.",
        },
      },
      {
        level: 2,
        text: {
          fr: "Oui, pour ce partenaire, s'il demande à chaque fois.",
          en: "Yes, for this partner, if they ask each time.",
        },
      },
      { level: 3, text: { fr: "Oui, s'il nous cite.", en: "Yes, if they credit us." } },
      {
        level: 4,
        text: {
          fr: "Il n'a pas besoin de demander : la licence le permet déjà.",
          en: "They need not ask: the licence already allows it.",
        },
      },
      {
        level: 5,
        text: {
          fr: "Nous nous en réjouissons, et lui proposons de partager ses améliorations.",
          en: "We are glad, and invite them to share their improvements back.",
        },
      },
    ],
  },
  {
    id: "openness-scarcity",
    dimension: "openness",
    prompt: {
      fr: "Comment l'équipe voit-elle le partage de ses savoir-faire avec d'autres associations ?",
      en: "How does the team see sharing its know-how with other associations?",
    },
    options: [
      {
        level: 1,
        text: {
          fr: "Comme un risque : on pourrait nous prendre financements ou adhérents.",
          en: "As a risk: they might take our funding or members.",
        },
      },
      {
        level: 2,
        text: {
          fr: "Comme un service rendu de temps en temps.",
          en: "As a favour done now and then.",
        },
      },
      {
        level: 3,
        text: { fr: "Comme utile quand c'est réciproque.", en: "As useful when it is mutual." },
      },
      {
        level: 4,
        text: {
          fr: "Comme une force : ce qui se partage grandit.",
          en: "As a strength: what is shared grows.",
        },
      },
      {
        level: 5,
        text: {
          fr: "Comme une mission : nous construisons des communs avec d'autres.",
          en: "As a mission: we build commons with others.",
        },
      },
    ],
  },
];
