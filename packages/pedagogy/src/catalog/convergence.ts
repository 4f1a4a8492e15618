import { define, everywhere } from "./define";

/** Activities that sort, prioritise and shape what the group produced. */
export const convergence = [
  define({
    id: "vote-gommettes",
    name: ["Vote par gommettes", "Dot voting"],
    summary: [
      "Chacun dispose de quelques gommettes à répartir sur les propositions affichées : les priorités du groupe apparaissent d'un coup d'œil.",
      "Everyone has a few dots to spread over the displayed options: the group's priorities show at a glance.",
    ],
    purposes: [["Prioriser vite et visiblement", "Prioritise quickly and visibly"]],
    principles: ["participation", "transparency"],
    practices: ["participant-choice", "explain-visually"],
    phase: "convergence",
    duration: [5, 20],
    group: [3, 80],
    settings: everywhere,
    space: ["Les propositions au mur", "Options on the wall"],
    materials: [["Gommettes (trois par personne)", "Dots (three per person)"]],
    steps: [
      [2, "Rappeler le critère du vote.", "State the voting criterion."],
      [6, "Chacun colle ses gommettes.", "Everyone places their dots."],
      [4, "Compter et commenter le résultat.", "Count and discuss the result."],
    ],
    variants: [
      ["Gommettes de deux couleurs : impact et envie.", "Two colours: impact and desire."],
    ],
    tips: [
      ["Voter en même temps limite l'effet suiveur.", "Voting at the same time limits herding."],
    ],
    traps: [["Prendre le résultat pour une décision.", "Treating the result as a decision."]],
  }),
  define({
    id: "matrice-impact-effort",
    name: ["Matrice impact / coût", "Impact / cost matrix"],
    summary: [
      "Le groupe place chaque usage attendu selon son coût de mise en œuvre et son impact positif attendu, pour commencer par les moins coûteux au plus grand effet.",
      "The group places each expected use by its cost of implementation and expected positive impact, to start with the cheapest for the greatest effect.",
    ],
    purposes: [["Choisir le prochain mini-chantier", "Choose the next mini work cycle"]],
    principles: ["cooperation", "transparency", "participation"],
    practices: ["project-based", "explain-visually", "co-construction"],
    phase: "convergence",
    duration: [20, 45],
    group: [3, 20],
    settings: everywhere,
    space: ["Un grand quadrant au mur ou en ligne", "A big quadrant on the wall or online"],
    materials: [["Cartes des usages", "Use cards"]],
    steps: [
      [3, "Tracer les deux axes.", "Draw the two axes."],
      [15, "Placer chaque usage en discutant.", "Place each use while discussing."],
      [7, "Entourer les gains rapides.", "Circle the quick wins."],
    ],
    variants: [
      [
        "Chaque structure place d'abord seule, puis on compare.",
        "Each organisation places alone first, then compare.",
      ],
    ],
    tips: [
      [
        "Estimer le coût en temps humain, pas seulement en argent.",
        "Estimate cost in people's time, not only money.",
      ],
    ],
    traps: [
      ["Débattre sans fin d'un placement au millimètre.", "Endlessly debating exact placement."],
    ],
  }),
  define({
    id: "priorisation-moscow",
    name: ["Priorisation MoSCoW", "MoSCoW prioritisation"],
    summary: [
      "Le groupe classe les fonctions d'un outil en indispensables, importantes, bonus et exclues pour cette fois.",
      "The group sorts a tool's features into must have, should have, could have and won't have this time.",
    ],
    purposes: [["Délimiter un premier périmètre", "Scope a first version"]],
    principles: ["cooperation", "participation"],
    practices: ["project-based", "co-construction"],
    phase: "convergence",
    duration: [20, 45],
    group: [2, 15],
    settings: everywhere,
    space: ["Quatre colonnes", "Four columns"],
    materials: [["Cartes des fonctions", "Feature cards"]],
    steps: [
      [3, "Présenter les quatre catégories.", "Present the four categories."],
      [15, "Classer les cartes ensemble.", "Sort the cards together."],
      [
        5,
        "Vérifier que les indispensables tiennent dans le temps disponible.",
        "Check the musts fit the time available.",
      ],
    ],
    variants: [["Limiter les indispensables à cinq.", "Cap the musts at five."]],
    tips: [
      [
        "« Exclu » veut dire « pas maintenant », ce qui apaise.",
        "'Won't' means 'not now', which calms things.",
      ],
    ],
    traps: [["Tout finit en indispensable.", "Everything ends up a must."]],
    by: ["Méthode de Dai Clegg (1994)", "Method by Dai Clegg (1994)"],
  }),
  define({
    id: "feuille-de-route",
    name: ["Feuille de route visuelle", "Visual roadmap"],
    summary: [
      "Le groupe pose sur une frise les mini-chantiers d'un mois à venir, avec leurs usages visés et leurs responsables.",
      "The group lays out on a timeline the coming one-month work cycles, with their target uses and owners.",
    ],
    purposes: [["Rendre le chemin visible à tous", "Make the path visible to all"]],
    principles: ["transparency", "cooperation"],
    practices: ["visible-learning", "explain-visually", "project-based"],
    phase: "convergence",
    duration: [30, 60],
    group: [2, 20],
    settings: everywhere,
    space: ["Une frise au mur ou un tableau en ligne", "A timeline on the wall or online board"],
    materials: [["Frise, post-it", "Timeline, sticky notes"]],
    steps: [
      [
        5,
        "Tracer la frise jusqu'à la fin de l'accompagnement.",
        "Draw the timeline to the end of the accompaniment.",
      ],
      [20, "Placer les chantiers et les rendez-vous.", "Place work cycles and meetings."],
      [10, "Vérifier la charge de chacun.", "Check everyone's load."],
    ],
    variants: [
      [
        "Un tableau kanban (à faire, en cours, fait) dans l'intranet.",
        "A kanban board (to do, doing, done) on the intranet.",
      ],
    ],
    tips: [
      [
        "Publier la feuille de route à l'opérateur DLA.",
        "Share the roadmap with the DLA operator.",
      ],
    ],
    traps: [["Une feuille de route que personne ne met à jour.", "A roadmap nobody updates."]],
  }),
  define({
    id: "co-ecriture-pad",
    name: ["Co-écriture sur un pad", "Pad co-writing"],
    summary: [
      "Le groupe rédige ensemble, en même temps, un texte dans un éditeur collaboratif libre : compte rendu, charte, fiche pratique.",
      "The group writes a text together, at the same time, in a free collaborative editor: minutes, charter, how-to sheet.",
    ],
    purposes: [
      ["Produire un document commun", "Produce a shared document"],
      ["Pratiquer un outil coopératif", "Practise a cooperative tool"],
    ],
    principles: ["cooperation", "transparency", "participation"],
    practices: ["open-resources", "co-construction", "cross-silos"],
    phase: "convergence",
    duration: [20, 60],
    group: [2, 20],
    settings: everywhere,
    space: ["Un ordinateur par personne ou par binôme", "One computer per person or pair"],
    materials: [["Pad libre (Etherpad ou équivalent)", "Free pad (Etherpad or similar)"]],
    steps: [
      [5, "Poser le plan du document.", "Set the document outline."],
      [
        20,
        "Chacun écrit dans sa section, commente les autres.",
        "Everyone writes their section, comments on others.",
      ],
      [5, "Relecture commune et licence choisie.", "Read together and choose the licence."],
    ],
    variants: [
      [
        "Un lecteur à voix haute pendant l'écriture, pour les moins à l'aise.",
        "Someone reads aloud while writing, for the less confident.",
      ],
    ],
    tips: [
      [
        "Une couleur par auteur rend les contributions visibles.",
        "One colour per author makes contributions visible.",
      ],
    ],
    traps: [["Tout le monde dans la même phrase.", "Everyone in the same sentence."]],
  }),
  define({
    id: "qui-quoi-quand",
    name: ["Qui fait quoi quand", "Who does what by when"],
    summary: [
      "Le groupe transforme ses décisions en actions avec un responsable volontaire et une date.",
      "The group turns its decisions into actions with a volunteer owner and a date.",
    ],
    purposes: [["Repartir avec des engagements clairs", "Leave with clear commitments"]],
    principles: ["cooperation", "transparency", "participation"],
    practices: ["project-based", "visible-learning", "participant-choice"],
    phase: "convergence",
    duration: [10, 30],
    group: [2, 30],
    settings: everywhere,
    space: ["Un tableau en trois colonnes", "A three-column board"],
    materials: [["Tableau ou document partagé", "Board or shared document"]],
    steps: [
      [2, "Lister les actions décidées.", "List the decided actions."],
      [8, "Pour chacune, un volontaire et une date.", "For each, a volunteer and a date."],
      [3, "Relire et publier.", "Read back and publish."],
    ],
    variants: [["Ajouter une colonne « aide dont j'ai besoin ».", "Add a column 'help I need'."]],
    tips: [
      [
        "Une action sans volontaire est une action abandonnée : le dire.",
        "An action without a volunteer is dropped: say so.",
      ],
    ],
    traps: [["Désigner quelqu'un d'absent.", "Assigning someone absent."]],
  }),
];
