import { define, everywhere, inRoom, roomOrHybrid } from "./define";

/** Activities that let patterns, problems and prototypes emerge from the ideas. */
export const emergence = [
  define({
    id: "fishbowl",
    name: ["Aquarium", "Fishbowl"],
    summary: [
      "Quelques personnes discutent au centre, les autres écoutent autour ; une chaise libre permet à tout moment de rejoindre le cercle intérieur.",
      "A few people talk in the centre while the others listen around them; an empty chair lets anyone join the inner circle at any time.",
    ],
    purposes: [
      ["Rendre visible une discussion d'experts", "Make an expert discussion visible"],
      ["Ouvrir la parole à tous", "Open the floor to all"],
    ],
    principles: ["transparency", "participation"],
    practices: ["visible-learning", "participant-choice", "peer-feedback"],
    phase: "emergence",
    duration: [30, 75],
    group: [10, 60],
    settings: roomOrHybrid,
    space: ["Deux cercles de chaises concentriques", "Two concentric circles of chairs"],
    materials: [["Chaises", "Chairs"]],
    steps: [
      [
        5,
        "Installer les cercles et expliquer la chaise libre.",
        "Set up circles and explain the empty chair.",
      ],
      [30, "Discussion au centre, rotations libres.", "Discussion in the centre, free rotation."],
      [10, "Réactions du cercle extérieur.", "Reactions from the outer circle."],
    ],
    variants: [
      [
        "Hybride : les personnes à distance prennent la chaise libre par la main levée.",
        "Hybrid: remote people take the empty chair by raising their hand.",
      ],
    ],
    tips: [
      [
        "Lancer avec des pionniers qui ont testé un outil.",
        "Start with pioneers who have tested a tool.",
      ],
    ],
    traps: [
      ["Un cercle intérieur qui ne se renouvelle pas.", "An inner circle that never changes."],
    ],
  }),
  define({
    id: "galerie",
    name: ["Galerie", "Gallery walk"],
    summary: [
      "Les productions des groupes sont affichées comme dans une exposition ; chacun circule et laisse commentaires et questions sur des post-it.",
      "Group outputs are displayed like an exhibition; people walk around leaving comments and questions on sticky notes.",
    ],
    purposes: [
      ["Faire circuler les productions", "Share outputs"],
      ["Recueillir des avis", "Gather feedback"],
    ],
    principles: ["participation", "transparency"],
    practices: ["peer-feedback", "visible-learning", "explain-visually"],
    phase: "emergence",
    duration: [15, 40],
    group: [6, 60],
    settings: everywhere,
    space: ["Murs libres", "Free walls"],
    materials: [["Post-it", "Sticky notes"]],
    steps: [
      [3, "Afficher les productions.", "Display the outputs."],
      [15, "Visite libre, commentaires écrits.", "Free visit, written comments."],
      [
        7,
        "Chaque groupe lit ses retours et répond.",
        "Each group reads its feedback and responds.",
      ],
    ],
    variants: [["À distance, sur un tableau blanc partagé.", "Remote, on a shared whiteboard."]],
    tips: [
      [
        "Demander un compliment et une question par production.",
        "Ask for one compliment and one question per output.",
      ],
    ],
    traps: [["Des commentaires anonymes blessants.", "Hurtful anonymous comments."]],
  }),
  define({
    id: "carte-affinites",
    name: ["Regroupement par affinités", "Affinity mapping"],
    summary: [
      "Le groupe regroupe en silence des idées écrites sur des post-it par proximité, puis nomme chaque famille.",
      "The group silently clusters ideas written on sticky notes by similarity, then names each family.",
    ],
    purposes: [["Faire émerger des thèmes", "Let themes emerge"]],
    principles: ["cooperation", "transparency"],
    practices: ["explain-visually", "cross-silos"],
    phase: "emergence",
    duration: [15, 40],
    group: [3, 15],
    settings: everywhere,
    space: ["Un grand mur", "A big wall"],
    materials: [["Post-it", "Sticky notes"]],
    steps: [
      [2, "Rassembler toutes les idées au mur.", "Gather every idea on the wall."],
      [
        10,
        "Regrouper en silence, chacun peut déplacer.",
        "Cluster in silence; anyone may move notes.",
      ],
      [8, "Nommer les familles ensemble.", "Name the families together."],
    ],
    variants: [["Faire suivre d'un vote par gommettes.", "Follow with dot voting."]],
    tips: [["Le silence évite les négociations.", "Silence avoids negotiation."]],
    traps: [
      ["Une famille « divers » qui absorbe tout.", "A 'misc' family that swallows everything."],
    ],
    by: ["Inspiré de la méthode KJ de Jiro Kawakita", "Inspired by Jiro Kawakita's KJ method"],
  }),
  define({
    id: "cartographie-acteurs",
    name: ["Cartographie des acteurs", "Stakeholder map"],
    summary: [
      "Le groupe place sur des cercles concentriques les acteurs d'un projet (usagers, partenaires, financeurs) selon leur proximité et leur influence.",
      "The group places a project's stakeholders (users, partners, funders) on concentric circles by closeness and influence.",
    ],
    purposes: [
      ["Voir les alliés et les partenariats possibles", "See allies and possible partnerships"],
    ],
    principles: ["cooperation", "transparency"],
    practices: ["partnerships", "explain-visually"],
    phase: "emergence",
    duration: [30, 60],
    group: [2, 15],
    settings: everywhere,
    space: ["Grand papier ou tableau en ligne", "Big paper or online board"],
    materials: [["Post-it de couleurs", "Coloured sticky notes"]],
    steps: [
      [5, "Tracer les cercles et la légende.", "Draw circles and the key."],
      [15, "Lister et placer les acteurs.", "List and place stakeholders."],
      [10, "Tracer les liens et repérer les absents.", "Draw links and spot the missing."],
      [5, "Choisir trois partenaires à contacter.", "Pick three partners to contact."],
    ],
    variants: [
      ["Cartographier les outils plutôt que les acteurs.", "Map tools rather than stakeholders."],
    ],
    tips: [["Une couleur par type d'acteur.", "One colour per stakeholder type."]],
    traps: [["Oublier les usagers eux-mêmes.", "Forgetting the users themselves."]],
  }),
  define({
    id: "arbre-a-problemes",
    name: ["Arbre à problèmes", "Problem tree"],
    summary: [
      "Le problème central est le tronc ; le groupe en dessine les racines (causes) et les branches (conséquences).",
      "The core problem is the trunk; the group draws its roots (causes) and branches (consequences).",
    ],
    purposes: [["Comprendre un problème avant d'agir", "Understand a problem before acting"]],
    principles: ["cooperation", "transparency"],
    practices: ["project-based", "explain-visually"],
    phase: "emergence",
    duration: [30, 60],
    group: [3, 15],
    settings: everywhere,
    space: ["Un arbre dessiné au mur", "A tree drawn on the wall"],
    materials: [
      ["Post-it", "Sticky notes"],
      ["Feutres", "Markers"],
    ],
    steps: [
      [5, "S'accorder sur le problème central.", "Agree on the core problem."],
      [15, "Écrire causes et conséquences.", "Write causes and consequences."],
      [10, "Relier et remonter aux causes profondes.", "Link and trace back to root causes."],
    ],
    variants: [["Retourner l'arbre en arbre à solutions.", "Flip it into a solution tree."]],
    tips: [
      [
        "Partir d'une perte de temps que tous vivent.",
        "Start from a time waste everyone lives with.",
      ],
    ],
    traps: [["Confondre causes et symptômes.", "Confusing causes with symptoms."]],
  }),
  define({
    id: "cinq-pourquoi",
    name: ["Les cinq pourquoi", "Five whys"],
    summary: [
      "À partir d'un problème, le groupe demande « pourquoi ? » cinq fois de suite pour remonter à une cause sur laquelle agir.",
      "From a problem, the group asks 'why?' five times in a row to reach a cause it can act on.",
    ],
    purposes: [["Trouver une cause racine", "Find a root cause"]],
    principles: ["cooperation", "transparency"],
    practices: ["project-based", "visible-learning"],
    phase: "emergence",
    duration: [10, 30],
    group: [2, 10],
    settings: everywhere,
    space: ["Un tableau", "A board"],
    materials: [["Feutres", "Markers"]],
    steps: [
      [2, "Écrire le problème précis.", "Write the precise problem."],
      [
        10,
        "Cinq « pourquoi » successifs, réponses écrites.",
        "Five successive 'whys', answers written.",
      ],
      [3, "Choisir une action sur la dernière cause.", "Choose an action on the last cause."],
    ],
    variants: [
      [
        "Plusieurs chaînes en parallèle pour un problème complexe.",
        "Several chains in parallel for a complex problem.",
      ],
    ],
    tips: [
      [
        "Chercher des causes dans l'organisation, pas des coupables.",
        "Look for causes in the organisation, not culprits.",
      ],
    ],
    traps: [["S'arrêter à la première réponse facile.", "Stopping at the first easy answer."]],
    by: ["Technique attribuée à Sakichi Toyoda", "Technique attributed to Sakichi Toyoda"],
  }),
  define({
    id: "forces-et-freins",
    name: ["Forces et freins", "Force field analysis"],
    summary: [
      "Face à un changement visé, le groupe liste les forces qui le poussent et celles qui le freinent, et estime leur poids.",
      "Facing an intended change, the group lists the forces driving it and those restraining it, and weighs them.",
    ],
    purposes: [
      [
        "Anticiper les freins et facilitateurs d'un dispositif coopératif",
        "Anticipate obstacles and enablers of a cooperative set-up",
      ],
    ],
    principles: ["cooperation", "transparency"],
    practices: ["project-based", "explain-visually", "cross-silos"],
    phase: "emergence",
    duration: [30, 60],
    group: [3, 20],
    settings: everywhere,
    space: ["Un tableau en deux colonnes", "A two-column board"],
    materials: [["Post-it", "Sticky notes"]],
    steps: [
      [5, "Écrire le changement visé au centre.", "Write the intended change in the centre."],
      [15, "Lister forces et freins.", "List driving and restraining forces."],
      [
        10,
        "Donner un poids à chacune (flèches plus ou moins grandes).",
        "Weigh each (bigger or smaller arrows).",
      ],
      [
        10,
        "Choisir comment renforcer une force et affaiblir un frein.",
        "Choose how to strengthen one force and weaken one brake.",
      ],
    ],
    variants: [["Par structure, puis comparer.", "Per organisation, then compare."]],
    tips: [
      [
        "Les freins humains comptent autant que les techniques.",
        "Human brakes count as much as technical ones.",
      ],
    ],
    traps: [["Tout miser sur l'ajout de forces.", "Only adding forces."]],
    by: ["Analyse du champ de forces de Kurt Lewin", "Kurt Lewin's force field analysis"],
  }),
  define({
    id: "prototype-papier",
    name: ["Prototype papier", "Paper prototype"],
    summary: [
      "Le groupe dessine sur papier les écrans d'un outil ou d'un usage, puis le fait « jouer » par un utilisateur pour le tester.",
      "The group sketches a tool's or a use's screens on paper, then has a user 'play' it to test it.",
    ],
    purposes: [["Tester une idée d'outil sans rien coder", "Test a tool idea without coding"]],
    principles: ["cooperation", "participation", "transparency"],
    practices: ["project-based", "peer-feedback", "explain-visually"],
    phase: "emergence",
    duration: [45, 90],
    group: [3, 20],
    settings: roomOrHybrid,
    space: ["Tables de travail", "Work tables"],
    materials: [["Papier, ciseaux, feutres", "Paper, scissors, markers"]],
    steps: [
      [5, "Choisir un récit utilisateur à prototyper.", "Pick a user story to prototype."],
      [25, "Dessiner les écrans principaux.", "Sketch the main screens."],
      [
        15,
        "Un utilisateur d'un autre groupe teste à voix haute.",
        "A user from another group tests aloud.",
      ],
      [10, "Noter ce qu'on change.", "Note what to change."],
    ],
    variants: [
      [
        "Maquette cliquable simple dans un outil libre.",
        "A simple clickable mock-up in a free tool.",
      ],
    ],
    tips: [
      ["Moche et rapide vaut mieux que beau et tard.", "Ugly and fast beats pretty and late."],
    ],
    traps: [
      [
        "Défendre son prototype au lieu d'observer.",
        "Defending one's prototype instead of watching.",
      ],
    ],
  }),
  define({
    id: "sprint-prototypage",
    name: ["Sprint de prototypage", "Prototyping sprint"],
    summary: [
      "Des équipes mixtes mettent en place en temps limité un premier usage réel d'un outil (un agenda partagé, un wiki) et le montrent.",
      "Mixed teams set up, in limited time, a first real use of a tool (a shared calendar, a wiki) and show it.",
    ],
    purposes: [
      ["Passer à l'action", "Get into action"],
      ["Apprendre en faisant", "Learn by doing"],
    ],
    principles: ["cooperation", "participation", "transparency"],
    practices: ["project-based", "cross-silos", "participant-choice", "visible-learning"],
    phase: "emergence",
    duration: [90, 240],
    group: [4, 30],
    settings: everywhere,
    space: ["Tables avec ordinateurs", "Tables with computers"],
    materials: [["Ordinateurs et accès aux outils", "Computers and access to the tools"]],
    steps: [
      [
        15,
        "Chaque équipe choisit son défi parmi les récits prioritaires.",
        "Each team picks its challenge among priority stories.",
      ],
      [90, "Mise en place, avec l'appui des animateurs.", "Build, with the facilitators' help."],
      [20, "Démonstrations croisées.", "Cross demonstrations."],
      [10, "Ce qu'on garde, ce qu'on jette.", "What to keep, what to drop."],
    ],
    variants: [
      [
        "Sur un mois entre deux rencontres : un mini-chantier.",
        "Over a month between meetings: a mini work cycle.",
      ],
    ],
    tips: [["Des équipes de structures différentes.", "Teams from different organisations."]],
    traps: [["Un défi trop ambitieux pour le temps imparti.", "A challenge too big for the time."]],
  }),
  define({
    id: "jeu-de-role",
    name: ["Jeu de rôle d'usage", "Usage role play"],
    summary: [
      "Les participants jouent une situation de travail réelle avec le nouvel outil (préparer une AG, planifier un chantier) pour en éprouver l'usage.",
      "Participants act out a real work situation with the new tool (preparing a general meeting, planning a project) to try its use.",
    ],
    purposes: [["Éprouver un usage avant de l'adopter", "Try a use before adopting it"]],
    principles: ["participation", "cooperation"],
    practices: ["project-based", "peer-feedback"],
    phase: "emergence",
    duration: [30, 60],
    group: [4, 20],
    settings: inRoom,
    space: ["Un espace de jeu et des observateurs", "A play area and observers"],
    materials: [["Fiches de rôle", "Role cards"]],
    steps: [
      [
        5,
        "Décrire la situation et distribuer les rôles.",
        "Describe the situation and hand out roles.",
      ],
      [15, "Jouer la scène avec l'outil.", "Play the scene with the tool."],
      [15, "Retours des observateurs et des acteurs.", "Feedback from observers and actors."],
    ],
    variants: [
      [
        "Inverser les rôles (la directrice joue le bénévole).",
        "Swap roles (the director plays the volunteer).",
      ],
    ],
    tips: [["Sortir des rôles explicitement à la fin.", "Explicitly leave the roles at the end."]],
    traps: [["Une scène trop éloignée du quotidien.", "A scene too far from daily life."]],
  }),
  define({
    id: "test-utilisateur",
    name: ["Test utilisateur", "Usability test"],
    summary: [
      "Un utilisateur réel accomplit une tâche avec l'outil en pensant à voix haute, pendant que les autres observent sans aider.",
      "A real user performs a task with the tool, thinking aloud, while the others watch without helping.",
    ],
    purposes: [["Améliorer l'ergonomie d'un outil", "Improve a tool's usability"]],
    principles: ["participation", "transparency", "cooperation"],
    practices: ["peer-feedback", "visible-learning", "project-based"],
    phase: "emergence",
    duration: [20, 60],
    group: [2, 20],
    settings: everywhere,
    space: ["Un poste de travail et des chaises derrière", "A workstation with chairs behind"],
    materials: [
      ["Liste de tâches", "Task list"],
      ["Grille d'observation", "Observation grid"],
    ],
    steps: [
      [
        3,
        "Rassurer : on teste l'outil, pas la personne.",
        "Reassure: we test the tool, not the person.",
      ],
      [15, "Tâches réalisées à voix haute.", "Tasks done aloud."],
      [10, "Lister les blocages et les idées de réglage.", "List blockers and settings ideas."],
    ],
    variants: [["À distance avec partage d'écran.", "Remote with screen sharing."]],
    tips: [["Cinq tests trouvent l'essentiel des problèmes.", "Five tests find most problems."]],
    traps: [
      ["Aider l'utilisateur dès qu'il hésite.", "Helping the user as soon as they hesitate."],
    ],
  }),
  define({
    id: "tri-de-cartes",
    name: ["Tri de cartes", "Card sorting"],
    summary: [
      "Les participants rangent des cartes (documents, rubriques) dans des catégories pour concevoir l'arborescence d'un intranet ou d'un wiki.",
      "Participants sort cards (documents, sections) into categories to design an intranet's or wiki's structure.",
    ],
    purposes: [
      [
        "Concevoir une navigation qui parle aux usagers",
        "Design navigation that makes sense to users",
      ],
    ],
    principles: ["participation", "cooperation"],
    practices: ["co-construction", "project-based"],
    phase: "emergence",
    duration: [20, 45],
    group: [2, 12],
    settings: everywhere,
    space: ["Une table ou un tableau en ligne", "A table or online board"],
    materials: [["Cartes des contenus", "Content cards"]],
    steps: [
      [3, "Présenter les cartes.", "Present the cards."],
      [
        15,
        "Trier et nommer les catégories par petits groupes.",
        "Sort and name categories in small groups.",
      ],
      [7, "Comparer les tris.", "Compare the sorts."],
    ],
    variants: [
      [
        "Tri fermé : catégories imposées, on teste leur clarté.",
        "Closed sort: set categories, testing their clarity.",
      ],
    ],
    tips: [["Utiliser les mots des usagers pour les rubriques.", "Use users' words for sections."]],
    traps: [
      [
        "Reproduire l'organigramme dans l'arborescence.",
        "Copying the org chart into the structure.",
      ],
    ],
  }),
  define({
    id: "outil-ideal",
    name: ["L'outil idéal", "The ideal tool"],
    summary: [
      "Chacun dessine l'outil de ses rêves pour son travail, sans contrainte ; le groupe en extrait les fonctions et valeurs attendues.",
      "Everyone draws their dream tool for their work, without constraint; the group draws out the expected features and values.",
    ],
    purposes: [["Exprimer les besoins avant les solutions", "State needs before solutions"]],
    principles: ["participation", "transparency", "cooperation"],
    practices: ["explain-visually", "co-construction", "cross-silos"],
    phase: "emergence",
    duration: [30, 60],
    group: [3, 25],
    settings: everywhere,
    space: ["Tables et un mur d'affichage", "Tables and a display wall"],
    materials: [["Grandes feuilles, feutres", "Large sheets, markers"]],
    steps: [
      [5, "Lancer : « Si tout était possible… »", "Launch: 'If anything were possible…'"],
      [15, "Dessiner son outil idéal.", "Draw one's ideal tool."],
      [15, "Présenter et relever fonctions et valeurs.", "Present and note features and values."],
    ],
    variants: [["En binômes de structures différentes.", "In pairs from different organisations."]],
    tips: [
      [
        "Comparer ensuite au panorama des outils existants.",
        "Then compare with the panorama of existing tools.",
      ],
    ],
    traps: [
      [
        "Ramener trop tôt aux contraintes techniques.",
        "Bringing technical constraints back too soon.",
      ],
    ],
  }),
];
