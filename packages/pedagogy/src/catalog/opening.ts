import { define, everywhere, inRoom, roomOrHybrid } from "./define";

/** Activities that open a session: arrive, meet, agree on how to work. */
export const opening = [
  define({
    id: "meteo-arrivee",
    name: ["Météo d'arrivée", "Arrival weather"],
    summary: [
      "Chacun dit en une image météo comment il arrive aujourd'hui, sans débat.",
      "Everyone says, as a weather image, how they arrive today, without debate.",
    ],
    purposes: [
      ["Prendre la température du groupe", "Take the group's temperature"],
      ["Donner la parole à tous dès le début", "Give everyone a voice from the start"],
    ],
    principles: ["participation", "transparency"],
    practices: ["visible-learning", "participant-choice"],
    phase: "opening",
    duration: [5, 15],
    group: [2, 25],
    settings: everywhere,
    space: ["En cercle, ou caméras allumées", "In a circle, or cameras on"],
    materials: [["Pictogrammes météo (facultatif)", "Weather icons (optional)"]],
    steps: [
      [1, "Annoncer la consigne et donner l'exemple.", "Give the instruction and an example."],
      [8, "Chacun donne sa météo en une phrase.", "Everyone gives their weather in one sentence."],
      [1, "Remercier sans commenter.", "Thank everyone without comment."],
    ],
    variants: [
      [
        "À distance : chacun pose un émoji dans le chat.",
        "Remote: everyone posts an emoji in the chat.",
      ],
    ],
    tips: [
      [
        "L'animateur commence, pour montrer qu'on peut dire « orageux ».",
        "The facilitator goes first, to show that 'stormy' is fine.",
      ],
    ],
    traps: [["Laisser les tours s'allonger en récits.", "Letting turns grow into stories."]],
  }),
  define({
    id: "tour-de-table",
    name: ["Tour de table", "Round of introductions"],
    summary: [
      "Chacun se présente à tour de rôle en répondant à deux ou trois questions choisies.",
      "Each person in turn introduces themselves by answering two or three chosen questions.",
    ],
    purposes: [["Savoir qui est là et pourquoi", "Know who is here and why"]],
    principles: ["participation", "cooperation"],
    practices: ["participant-choice", "cross-silos"],
    phase: "opening",
    duration: [10, 30],
    group: [2, 20],
    settings: everywhere,
    space: ["En cercle, tout le monde se voit", "In a circle where everyone sees everyone"],
    materials: [["Questions affichées", "Questions on display"]],
    steps: [
      [
        2,
        "Afficher les questions (structure, rôle, attente).",
        "Show the questions (organisation, role, expectation).",
      ],
      [15, "Chacun répond en une minute maximum.", "Everyone answers in one minute at most."],
      [3, "Relever à voix haute les points communs.", "Name the common points aloud."],
    ],
    variants: [
      [
        "Tour « pop-corn » : on parle quand on est prêt.",
        "Popcorn round: people speak when ready.",
      ],
    ],
    tips: [["Un bâton de parole aide à tenir le temps.", "A talking stick helps keep time."]],
    traps: [
      [
        "Les premiers donnent la longueur : cadrer tôt.",
        "The first speakers set the length: frame it early.",
      ],
    ],
  }),
  define({
    id: "bingo-humain",
    name: ["Bingo humain", "Human bingo"],
    summary: [
      "Chacun circule avec une grille de traits à trouver chez les autres (« utilise un wiki », « a déjà animé un atelier »).",
      "People walk around with a grid of traits to find in others ('uses a wiki', 'has run a workshop').",
    ],
    purposes: [["Faire connaissance en mouvement", "Meet each other while moving"]],
    principles: ["cooperation", "participation"],
    practices: ["cross-silos"],
    phase: "opening",
    duration: [10, 20],
    group: [8, 40],
    settings: inRoom,
    space: ["Une salle où circuler", "A room to walk around"],
    materials: [
      ["Une grille imprimée par personne", "One printed grid per person"],
      ["Stylos", "Pens"],
    ],
    steps: [
      [2, "Distribuer les grilles et expliquer la règle.", "Hand out grids and explain the rule."],
      [
        10,
        "Chacun cherche une personne différente par case.",
        "Each looks for a different person per square.",
      ],
      [3, "Partager les découvertes surprenantes.", "Share surprising discoveries."],
    ],
    variants: [
      [
        "Grille construite par les participants la veille.",
        "Grid built by participants the day before.",
      ],
    ],
    tips: [
      [
        "Mettre dans la grille des compétences utiles au projet.",
        "Put skills useful to the project in the grid.",
      ],
    ],
    traps: [["Des cases qui exposent la vie privée.", "Squares that expose private life."]],
  }),
  define({
    id: "sociometrie",
    name: ["Sociométrie en ligne", "Standing sociometry"],
    summary: [
      "Les participants se placent le long d'une ligne ou dans l'espace selon leur réponse à une question.",
      "Participants stand along a line or in the room according to their answer to a question.",
    ],
    purposes: [
      ["Rendre visible la diversité du groupe", "Make the group's diversity visible"],
      ["Constituer des groupes hétérogènes", "Form mixed groups"],
    ],
    principles: ["transparency", "participation"],
    practices: ["explain-visually", "participant-choice"],
    phase: "opening",
    duration: [10, 20],
    group: [6, 60],
    settings: roomOrHybrid,
    space: ["Une salle dégagée", "A cleared room"],
    materials: [["Ruban adhésif au sol", "Tape on the floor"]],
    steps: [
      [
        2,
        "Tracer la ligne et poser la première question.",
        "Mark the line and ask the first question.",
      ],
      [
        10,
        "Trois ou quatre questions, les gens se déplacent et échangent avec leurs voisins.",
        "Three or four questions; people move and talk with neighbours.",
      ],
      [3, "Lire ensemble ce que montre le groupe.", "Read together what the group shows."],
    ],
    variants: [
      [
        "Hybride : un tableau blanc en ligne où chacun pose son avatar.",
        "Hybrid: an online whiteboard where everyone places their avatar.",
      ],
    ],
    tips: [
      [
        "Commencer par une question légère (distance parcourue ce matin).",
        "Start with a light question (distance travelled this morning).",
      ],
    ],
    traps: [
      [
        "Une question qui classe les gens par compétence et les met mal à l'aise.",
        "A question ranking people by skill that embarrasses them.",
      ],
    ],
  }),
  define({
    id: "attentes-et-craintes",
    name: ["Attentes et craintes", "Hopes and fears"],
    summary: [
      "Chacun écrit ce qu'il espère et ce qu'il redoute de la session ; le groupe les regroupe et les garde affichés.",
      "Everyone writes what they hope for and fear from the session; the group clusters them and keeps them on display.",
    ],
    purposes: [["Ajuster le programme aux besoins", "Adjust the programme to needs"]],
    principles: ["participation", "transparency"],
    practices: ["co-construction", "visible-learning"],
    phase: "opening",
    duration: [15, 30],
    group: [3, 30],
    settings: everywhere,
    space: ["Un mur ou un tableau partagé", "A wall or a shared board"],
    materials: [["Post-it de deux couleurs", "Sticky notes in two colours"]],
    steps: [
      [
        5,
        "Écrire en silence une attente et une crainte par post-it.",
        "Silently write one hope and one fear per note.",
      ],
      [8, "Afficher et regrouper par thème.", "Post and cluster by theme."],
      [
        5,
        "Dire ce que le programme prend en compte et ce qu'il laisse.",
        "Say what the programme will and will not address.",
      ],
    ],
    variants: [["À distance, sur un tableau blanc en ligne.", "Remote, on an online whiteboard."]],
    tips: [["Revenir au mur en clôture pour vérifier.", "Return to the wall at closing to check."]],
    traps: [["Promettre de tout traiter.", "Promising to address everything."]],
  }),
  define({
    id: "carte-des-presents",
    name: ["Carte des présents", "Map of who is here"],
    summary: [
      "Chacun épingle sa structure sur une carte et la relie aux structures avec lesquelles elle travaille déjà.",
      "Everyone pins their organisation on a map and links it to those it already works with.",
    ],
    purposes: [["Voir le réseau existant", "See the existing network"]],
    principles: ["cooperation", "transparency"],
    practices: ["partnerships", "explain-visually"],
    phase: "opening",
    duration: [10, 25],
    group: [4, 40],
    settings: everywhere,
    space: ["Un mur ou une carte en ligne", "A wall or an online map"],
    materials: [
      ["Carte du territoire", "Map of the area"],
      ["Fil ou feutres", "String or markers"],
    ],
    steps: [
      [3, "Présenter la carte et la légende.", "Present the map and its key."],
      [10, "Chacun épingle et trace ses liens.", "Everyone pins and draws their links."],
      [5, "Observer ensemble les pôles et les manques.", "Look together at hubs and gaps."],
    ],
    variants: [
      [
        "Carte mentale des compétences plutôt que géographique.",
        "A map of skills rather than places.",
      ],
    ],
    tips: [["Photographier la carte pour l'intranet.", "Photograph the map for the intranet."]],
    traps: [
      [
        "Laisser les absents invisibles : les ajouter en pointillé.",
        "Leaving absent partners invisible: add them dotted.",
      ],
    ],
  }),
  define({
    id: "photolangage",
    name: ["Photolangage", "Photo-language"],
    summary: [
      "Chacun choisit une photo qui répond à une question et explique son choix ; les images facilitent une parole personnelle.",
      "Everyone picks a photo answering a question and explains why; images make personal speech easier.",
    ],
    purposes: [["Faire émerger les représentations", "Surface how people see a topic"]],
    principles: ["participation", "transparency"],
    practices: ["explain-visually", "participant-choice"],
    phase: "opening",
    duration: [20, 45],
    group: [4, 16],
    settings: everywhere,
    space: ["Une table où étaler les photos", "A table to spread the photos"],
    materials: [["40 à 60 photos variées", "40 to 60 varied photos"]],
    steps: [
      [
        3,
        "Poser la question (« Pour moi, le numérique dans l'asso, c'est… »).",
        "Ask the question ('For me, digital tools in our organisation are…').",
      ],
      [7, "Choisir une photo en silence.", "Pick a photo in silence."],
      [
        20,
        "Chacun montre sa photo et explique ; les autres peuvent poser une question.",
        "Each shows their photo and explains; others may ask one question.",
      ],
      [5, "Relever les thèmes communs.", "Name the common themes."],
    ],
    variants: [
      [
        "À distance : une planche d'images numérotées partagée à l'écran.",
        "Remote: a numbered image board shared on screen.",
      ],
    ],
    tips: [
      [
        "Des photos sous licence libre peuvent être réutilisées par tous.",
        "Freely licensed photos can be reused by anyone.",
      ],
    ],
    traps: [
      ["Interpréter l'image de quelqu'un à sa place.", "Interpreting someone's image for them."],
    ],
    by: [
      "Méthode créée par Alain Baptiste, Claire Belisle et leurs collègues (Lyon, années 1960)",
      "Method created by Alain Baptiste, Claire Belisle and colleagues (Lyon, 1960s)",
    ],
  }),
  define({
    id: "objet-totem",
    name: ["Objet totem", "Totem object"],
    summary: [
      "Chacun apporte un objet qui représente sa relation au numérique ou au collectif et le présente.",
      "Everyone brings an object representing their relation to digital tools or to the collective and presents it.",
    ],
    purposes: [["Créer du lien par le récit", "Build ties through stories"]],
    principles: ["participation"],
    practices: ["participant-choice"],
    phase: "opening",
    duration: [15, 40],
    group: [3, 15],
    settings: inRoom,
    space: ["Un cercle et une table centrale", "A circle and a central table"],
    materials: [["Les objets apportés", "The objects brought"]],
    steps: [
      [
        2,
        "Rappeler la consigne envoyée avec l'invitation.",
        "Recall the instruction sent with the invitation.",
      ],
      [
        20,
        "Chacun pose son objet au centre et le raconte.",
        "Each places their object in the centre and tells its story.",
      ],
      [
        3,
        "Nommer ce que les objets disent du groupe.",
        "Name what the objects say about the group.",
      ],
    ],
    variants: [
      [
        "Sans préparation : un objet pris dans son sac.",
        "Without preparation: an object from one's bag.",
      ],
    ],
    tips: [
      ["Garder les objets au centre toute la journée.", "Keep the objects in the centre all day."],
    ],
    traps: [
      [
        "Oublier de prévenir les participants à l'avance.",
        "Forgetting to tell participants in advance.",
      ],
    ],
  }),
  define({
    id: "contrat-de-groupe",
    name: ["Accords de groupe", "Group agreements"],
    summary: [
      "Le groupe écrit ensemble ses règles de fonctionnement pour la session (parole, téléphones, confidentialité) et les affiche.",
      "The group writes its own working agreements for the session (speaking, phones, confidentiality) and displays them.",
    ],
    purposes: [
      ["Sécuriser les échanges", "Make exchanges safe"],
      ["Partager le pouvoir sur le cadre", "Share power over the frame"],
    ],
    principles: ["participation", "transparency"],
    practices: ["co-construction", "visible-learning"],
    phase: "opening",
    duration: [10, 25],
    group: [3, 30],
    settings: everywhere,
    space: ["Un tableau visible de tous", "A board everyone can see"],
    materials: [["Paperboard ou document partagé", "Flipchart or shared document"]],
    steps: [
      [
        2,
        "Demander : « De quoi avez-vous besoin pour bien travailler ensemble ? »",
        "Ask: 'What do you need to work well together?'",
      ],
      [8, "Recueillir les propositions et les reformuler.", "Collect proposals and rephrase them."],
      [5, "Vérifier l'accord de chacun et afficher.", "Check everyone agrees and display it."],
    ],
    variants: [
      [
        "Partir de trois accords proposés, à amender.",
        "Start from three proposed agreements to amend.",
      ],
    ],
    tips: [["Désigner un gardien des accords.", "Name a keeper of the agreements."]],
    traps: [
      [
        "Des règles imposées sous couvert de co-construction.",
        "Imposed rules disguised as co-construction.",
      ],
    ],
  }),
  define({
    id: "syllabus-partage",
    name: ["Programme ouvert", "Open syllabus"],
    summary: [
      "L'animateur présente le programme, ses objectifs et ses ressources sous licence libre, et le groupe le modifie.",
      "The facilitator presents the programme, its goals and its freely licensed resources, and the group amends it.",
    ],
    purposes: [
      ["Rendre le parcours lisible", "Make the path readable"],
      ["Ajuster le programme", "Adjust the programme"],
    ],
    principles: ["transparency", "participation"],
    practices: ["visible-learning", "open-resources", "co-construction"],
    phase: "opening",
    duration: [10, 30],
    group: [2, 40],
    settings: everywhere,
    space: ["Programme affiché ou à l'écran", "Programme on the wall or on screen"],
    materials: [["Programme imprimé ou en ligne", "Printed or online programme"]],
    steps: [
      [5, "Présenter objectifs, déroulé et ressources.", "Present goals, flow and resources."],
      [
        7,
        "Chacun propose un ajout, un retrait ou un déplacement.",
        "Each proposes an addition, removal or move.",
      ],
      [3, "Acter les changements retenus.", "Record the changes agreed."],
    ],
    variants: [
      [
        "Programme sur un wiki que les participants éditent avant la session.",
        "Programme on a wiki that participants edit before the session.",
      ],
    ],
    tips: [
      [
        "Publier le programme modifié dans l'intranet le jour même.",
        "Publish the amended programme on the intranet the same day.",
      ],
    ],
    traps: [
      [
        "Demander des modifications sans marge pour les accueillir.",
        "Asking for changes with no room to accept them.",
      ],
    ],
  }),
  define({
    id: "portrait-chinois",
    name: ["Portrait chinois", "If I were…"],
    summary: [
      "Chacun complète « Si notre collectif était un outil, ce serait… » et explique son image.",
      "Everyone completes 'If our collective were a tool, it would be…' and explains their image.",
    ],
    purposes: [["Parler du collectif avec légèreté", "Talk about the collective lightly"]],
    principles: ["participation", "transparency"],
    practices: ["explain-visually", "participant-choice"],
    phase: "opening",
    duration: [10, 25],
    group: [3, 20],
    settings: everywhere,
    space: ["En cercle ou en visio", "In a circle or on video"],
    materials: [["Aucun", "None"]],
    steps: [
      [2, "Proposer deux ou trois amorces.", "Offer two or three prompts."],
      [3, "Chacun choisit et réfléchit.", "Everyone chooses and thinks."],
      [10, "Tour des réponses, une phrase chacun.", "Round of answers, one sentence each."],
    ],
    variants: [
      ["Dessiner la réponse plutôt que la dire.", "Draw the answer instead of saying it."],
    ],
    tips: [
      [
        "Noter les images fortes, elles reviendront.",
        "Note the strong images; they will come back.",
      ],
    ],
    traps: [["Rire d'une réponse sincère.", "Laughing at a sincere answer."]],
  }),
];
