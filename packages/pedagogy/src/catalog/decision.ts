import { define, everywhere, roomOrHybrid } from "./define";

/** Activities that help a group decide together. */
export const decision = [
  define({
    id: "consentement",
    name: ["Décision par consentement", "Consent decision"],
    summary: [
      "Une proposition est adoptée quand personne n'y voit d'objection argumentée ; les objections servent à l'améliorer.",
      "A proposal is adopted when nobody has a reasoned objection; objections are used to improve it.",
    ],
    purposes: [
      ["Décider vite sans écraser les minorités", "Decide fast without overriding minorities"],
    ],
    principles: ["participation", "cooperation", "transparency"],
    practices: ["co-construction", "peer-feedback", "visible-learning"],
    phase: "decision",
    duration: [20, 45],
    group: [3, 20],
    settings: everywhere,
    space: ["En cercle", "In a circle"],
    materials: [["Proposition écrite", "Written proposal"]],
    steps: [
      [3, "Présenter la proposition.", "Present the proposal."],
      [5, "Tour de questions de clarification.", "Round of clarifying questions."],
      [5, "Tour de réactions.", "Round of reactions."],
      [5, "Amendement par le porteur.", "The proposer amends."],
      [
        5,
        "Tour des objections ; les traiter une à une.",
        "Round of objections; address them one by one.",
      ],
      [2, "Célébrer la décision.", "Celebrate the decision."],
    ],
    variants: [
      ["Par écrit dans l'intranet, sur une semaine.", "In writing on the intranet, over a week."],
    ],
    tips: [
      [
        "Une objection dit en quoi la proposition nuit au but commun.",
        "An objection says how the proposal harms the shared aim.",
      ],
    ],
    traps: [["Confondre consentement et unanimité.", "Confusing consent with unanimity."]],
    by: ["Issu de la sociocratie de Gerard Endenburg", "From Gerard Endenburg's sociocracy"],
  }),
  define({
    id: "jugement-majoritaire",
    name: ["Jugement majoritaire", "Majority judgment"],
    summary: [
      "Chacun attribue une mention (excellent à rejeter) à chaque option ; l'option à la meilleure mention médiane l'emporte.",
      "Everyone grades each option (excellent to reject); the option with the best median grade wins.",
    ],
    purposes: [["Choisir entre plusieurs outils", "Choose between several tools"]],
    principles: ["participation", "transparency"],
    practices: ["participant-choice", "visible-learning"],
    phase: "decision",
    duration: [15, 30],
    group: [3, 200],
    settings: everywhere,
    space: ["Un tableau des mentions", "A grades table"],
    materials: [["Bulletins ou formulaire en ligne", "Ballots or online form"]],
    steps: [
      [3, "Présenter options et mentions.", "Present options and grades."],
      [5, "Chacun note toutes les options.", "Everyone grades every option."],
      [7, "Calculer et afficher les médianes.", "Compute and show the medians."],
    ],
    variants: [
      ["Trois mentions seulement pour les petits groupes.", "Only three grades for small groups."],
    ],
    tips: [
      [
        "Montrer la répartition des mentions, pas seulement le gagnant.",
        "Show the grade distribution, not only the winner.",
      ],
    ],
    traps: [["Trop d'options : en garder cinq au plus.", "Too many options: keep five at most."]],
    by: [
      "Méthode de Michel Balinski et Rida Laraki (2007)",
      "Method by Michel Balinski and Rida Laraki (2007)",
    ],
  }),
  define({
    id: "vote-cinq-doigts",
    name: ["Vote à cinq doigts", "Fist to five"],
    summary: [
      "Chacun montre de zéro à cinq doigts pour dire son degré de soutien à une proposition ; les faibles soutiens expliquent leurs réserves.",
      "Everyone shows zero to five fingers for their level of support; low supporters explain their reservations.",
    ],
    purposes: [["Mesurer le soutien en quelques secondes", "Gauge support in seconds"]],
    principles: ["participation", "transparency"],
    practices: ["peer-feedback", "visible-learning"],
    phase: "decision",
    duration: [5, 15],
    group: [3, 60],
    settings: everywhere,
    space: ["Tout le monde se voit", "Everyone sees everyone"],
    materials: [["Aucun", "None"]],
    steps: [
      [1, "Relire la proposition.", "Read the proposal again."],
      [1, "Tous lèvent la main en même temps.", "Everyone raises a hand at once."],
      [
        5,
        "Les zéros, uns et deux disent ce qui les ferait monter.",
        "Zeros, ones and twos say what would raise them.",
      ],
    ],
    variants: [
      ["À distance : un sondage éclair ou des émojis.", "Remote: a quick poll or emojis."],
    ],
    tips: [["Revoter après amendement.", "Vote again after amending."]],
    traps: [["Faire pression sur ceux qui montrent peu.", "Pressuring low voters."]],
  }),
  define({
    id: "election-sans-candidat",
    name: ["Élection sans candidat", "Election without candidates"],
    summary: [
      "Pour confier un rôle, chacun propose par écrit une personne et justifie son choix ; le groupe converge ensuite par consentement.",
      "To fill a role, everyone nominates someone in writing and explains why; the group then converges by consent.",
    ],
    purposes: [["Désigner des référents sans compétition", "Choose leads without competition"]],
    principles: ["participation", "transparency", "cooperation"],
    practices: ["peer-feedback", "visible-learning", "co-construction"],
    phase: "decision",
    duration: [30, 60],
    group: [4, 20],
    settings: roomOrHybrid,
    space: ["En cercle", "In a circle"],
    materials: [["Bulletins nominatifs", "Named ballots"]],
    steps: [
      [5, "Décrire le rôle et sa durée.", "Describe the role and its term."],
      [3, "Chacun écrit un nom et se nomme lui-même.", "Everyone writes a name and their own."],
      [10, "Lecture des choix et de leurs raisons.", "Read out choices and reasons."],
      [5, "Possibilité de changer de choix.", "Chance to change one's choice."],
      [
        10,
        "Proposition d'une personne et tour d'objections.",
        "Propose someone and hold an objection round.",
      ],
    ],
    variants: [
      [
        "Pour constituer le groupe d'expertise du collectif.",
        "To form the collective's expert group.",
      ],
    ],
    tips: [["La personne proposée parle en dernier.", "The proposed person speaks last."]],
    traps: [
      ["Le faire pour un rôle sans contenu clair.", "Doing it for a role with no clear content."],
    ],
    by: [
      "Pratique de la sociocratie (Gerard Endenburg)",
      "A sociocracy practice (Gerard Endenburg)",
    ],
  }),
  define({
    id: "sollicitation-avis",
    name: ["Sollicitation d'avis", "Advice process"],
    summary: [
      "Une personne peut décider seule après avoir demandé l'avis des personnes concernées et des personnes compétentes, et rend sa décision visible.",
      "One person may decide alone after asking the advice of those affected and those with expertise, and makes the decision visible.",
    ],
    purposes: [["Décentraliser les décisions", "Decentralise decisions"]],
    principles: ["cooperation", "transparency", "participation"],
    practices: ["partnerships", "visible-learning", "peer-feedback"],
    phase: "decision",
    duration: [15, 40],
    group: [2, 40],
    settings: everywhere,
    space: ["Réunion ou intranet", "Meeting or intranet"],
    materials: [["Fiche de décision", "Decision sheet"]],
    steps: [
      [3, "Le porteur présente son projet de décision.", "The owner presents the draft decision."],
      [12, "Avis des concernés et des compétents.", "Advice from those affected and experts."],
      [
        5,
        "Le porteur dit ce qu'il retient et quand il décidera.",
        "The owner says what they keep and when they will decide.",
      ],
    ],
    variants: [["Entièrement asynchrone dans l'intranet.", "Fully asynchronous on the intranet."]],
    tips: [["Demander aussi l'avis de partenaires extérieurs.", "Also ask outside partners."]],
    traps: [["Demander l'avis une fois la décision prise.", "Asking advice after deciding."]],
    by: [
      "Pratique décrite par Dennis Bakke, diffusée par Frédéric Laloux",
      "Practice described by Dennis Bakke, spread by Frédéric Laloux",
    ],
  }),
];
