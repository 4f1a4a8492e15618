import { define, everywhere, inRoom, roomOrHybrid } from "./define";

/** Activities that open up ideas, questions and points of view. */
export const divergence = [
  define({
    id: "1-2-4-all",
    name: ["1-2-4-tous", "1-2-4-All"],
    summary: [
      "Une question, une minute seul, puis à deux, puis à quatre, puis en grand groupe : toutes les voix comptent et les idées mûrissent.",
      "One question, a minute alone, then in pairs, then in fours, then all together: every voice counts and ideas mature.",
    ],
    purposes: [
      ["Produire beaucoup d'idées vite", "Generate many ideas fast"],
      ["Inclure les plus discrets", "Include the quietest"],
    ],
    principles: ["participation", "cooperation"],
    practices: ["participant-choice", "peer-feedback", "cross-silos"],
    phase: "divergence",
    duration: [12, 25],
    group: [4, 200],
    settings: everywhere,
    space: ["Chaises mobiles", "Movable chairs"],
    materials: [["Papier et stylos", "Paper and pens"]],
    steps: [
      [1, "Poser la question.", "Ask the question."],
      [1, "Réfléchir seul en silence.", "Think alone in silence."],
      [2, "Échanger à deux.", "Share in pairs."],
      [4, "À quatre, garder ce qui ressort.", "In fours, keep what stands out."],
      [
        5,
        "Chaque groupe partage une idée forte avec tous.",
        "Each group shares one strong idea with all.",
      ],
    ],
    variants: [["À distance, avec des salles de sous-groupes.", "Remote, with breakout rooms."]],
    tips: [
      [
        "Tenir les temps courts : l'énergie vient du rythme.",
        "Keep times short: energy comes from the pace.",
      ],
    ],
    traps: [["Sauter le temps seul.", "Skipping the time alone."]],
    by: [
      "Structure libérante de Henri Lipmanowicz et Keith McCandless",
      "A Liberating Structure by Henri Lipmanowicz and Keith McCandless",
    ],
  }),
  define({
    id: "brainstorming",
    name: ["Remue-méninges", "Brainstorming"],
    summary: [
      "Le groupe lance à voix haute le plus d'idées possible sur un sujet, sans les juger, puis les regarde ensemble.",
      "The group calls out as many ideas as possible on a topic, without judging them, then looks at them together.",
    ],
    purposes: [["Élargir les pistes", "Widen the options"]],
    principles: ["participation", "cooperation"],
    practices: ["participant-choice", "cross-silos"],
    phase: "divergence",
    duration: [10, 30],
    group: [3, 12],
    settings: everywhere,
    space: ["Un tableau visible de tous", "A board everyone sees"],
    materials: [["Post-it et feutres", "Sticky notes and markers"]],
    steps: [
      [
        2,
        "Formuler la question et rappeler : quantité, pas de critique.",
        "State the question and the rules: quantity, no critique.",
      ],
      [12, "Lancer et noter toutes les idées.", "Call out and write every idea."],
      [4, "Relire et repérer les idées surprenantes.", "Read back and spot surprising ideas."],
    ],
    variants: [
      [
        "Remue-méninges inversé : « Comment rater notre outil commun ? »",
        "Reverse brainstorming: 'How could we make our shared tool fail?'",
      ],
    ],
    tips: [
      ["Un scribe qui note tout, sans filtrer.", "A scribe who writes everything, unfiltered."],
    ],
    traps: [
      ["Les plus rapides occupent tout l'espace.", "The fastest speakers take all the room."],
    ],
    by: ["Popularisé par Alex Osborn (années 1950)", "Popularised by Alex Osborn (1950s)"],
  }),
  define({
    id: "brainwriting-6-3-5",
    name: ["Écriture d'idées 6-3-5", "6-3-5 brainwriting"],
    summary: [
      "Six personnes écrivent trois idées en cinq minutes, puis passent leur feuille au voisin qui les prolonge.",
      "Six people write three ideas in five minutes, then pass their sheet to a neighbour who builds on them.",
    ],
    purposes: [["Idées nombreuses sans domination orale", "Many ideas without vocal dominance"]],
    principles: ["participation", "cooperation"],
    practices: ["peer-feedback", "cross-silos"],
    phase: "divergence",
    duration: [20, 40],
    group: [3, 6],
    settings: everywhere,
    space: ["Une table par groupe de six", "One table per group of six"],
    materials: [["Grilles de trois colonnes", "Three-column sheets"]],
    steps: [
      [2, "Poser la question en haut de chaque feuille.", "Write the question atop each sheet."],
      [
        25,
        "Tours de cinq minutes : trois idées, puis on passe la feuille.",
        "Five-minute rounds: three ideas, then pass the sheet.",
      ],
      [
        5,
        "Chacun surligne sur sa feuille finale les idées qu'il garderait.",
        "Each highlights on their final sheet the ideas they would keep.",
      ],
    ],
    variants: [
      [
        "À distance, dans un tableur partagé avec une colonne par personne.",
        "Remote, in a shared spreadsheet with a column per person.",
      ],
    ],
    tips: [["Autoriser les dessins.", "Allow drawings."]],
    traps: [["Tours trop longs : l'ennui s'installe.", "Rounds too long: boredom sets in."]],
    by: ["Méthode de Bernd Rohrbach (1968)", "Method by Bernd Rohrbach (1968)"],
  }),
  define({
    id: "world-cafe",
    name: ["World café", "World café"],
    summary: [
      "Des tables de quatre ou cinq discutent une question ; à chaque tour, tous changent de table sauf un hôte qui résume : les idées circulent et se croisent.",
      "Tables of four or five discuss a question; each round everyone moves except a host who summarises, so ideas travel and cross-pollinate.",
    ],
    purposes: [["Croiser les points de vue de tout un groupe", "Cross the views of a whole group"]],
    principles: ["cooperation", "participation"],
    practices: ["cross-silos", "partnerships", "participant-choice"],
    phase: "divergence",
    duration: [45, 120],
    group: [12, 150],
    settings: roomOrHybrid,
    space: ["Petites tables façon café", "Small café-style tables"],
    materials: [
      ["Nappes en papier", "Paper tablecloths"],
      ["Feutres", "Markers"],
    ],
    steps: [
      [
        5,
        "Accueillir, présenter les questions et l'étiquette du café.",
        "Welcome, present the questions and café etiquette.",
      ],
      [
        20,
        "Premier tour : on écrit et dessine sur la nappe.",
        "First round: write and draw on the tablecloth.",
      ],
      [
        20,
        "Deuxième tour : l'hôte résume, les voyageurs apportent leurs idées.",
        "Second round: the host summarises, travellers bring ideas.",
      ],
      [
        20,
        "Troisième tour, sur une question qui approfondit.",
        "Third round, on a deepening question.",
      ],
      [15, "Récolte en grand groupe.", "Harvest with the whole group."],
    ],
    variants: [
      [
        "Hybride : une table en ligne par salle de sous-groupe.",
        "Hybrid: one online table per breakout room.",
      ],
    ],
    tips: [
      [
        "Des questions ouvertes qui comptent vraiment pour les gens.",
        "Open questions that genuinely matter to people.",
      ],
    ],
    traps: [
      ["Une récolte finale trop longue qui épuise.", "A final harvest so long it drains energy."],
    ],
    by: [
      "Créé par Juanita Brown et David Isaacs (1995)",
      "Created by Juanita Brown and David Isaacs (1995)",
    ],
  }),
  define({
    id: "open-space",
    name: ["Forum ouvert", "Open space"],
    summary: [
      "Les participants proposent eux-mêmes les sujets, les inscrivent dans une grille de créneaux et vont où ils apprennent et contribuent.",
      "Participants propose the topics themselves, put them in a grid of slots, and go where they learn and contribute.",
    ],
    purposes: [
      ["Laisser le groupe choisir ses sujets", "Let the group choose its topics"],
      ["Responsabiliser", "Build ownership"],
    ],
    principles: ["participation", "cooperation"],
    practices: ["participant-choice", "co-construction", "cross-silos"],
    phase: "divergence",
    duration: [90, 480],
    group: [10, 500],
    settings: roomOrHybrid,
    space: [
      "Un grand cercle et plusieurs espaces d'atelier",
      "A large circle and several breakout spaces",
    ],
    materials: [
      ["Mur de programme", "Agenda wall"],
      ["Feuilles de compte rendu", "Report sheets"],
    ],
    steps: [
      [
        20,
        "Ouverture en cercle : thème, principes, loi des deux pieds.",
        "Open in a circle: theme, principles, law of two feet.",
      ],
      [
        15,
        "Place du marché : chacun propose ses ateliers.",
        "Marketplace: people post their sessions.",
      ],
      [
        60,
        "Ateliers auto-organisés, comptes rendus affichés.",
        "Self-organised sessions, reports posted.",
      ],
      [15, "Cercle de clôture.", "Closing circle."],
    ],
    variants: [
      [
        "Mini forum ouvert en deux créneaux sur une demi-journée.",
        "Mini open space with two slots in a half-day.",
      ],
    ],
    tips: [
      [
        "Publier les comptes rendus dans l'intranet le soir même.",
        "Publish the reports on the intranet that evening.",
      ],
    ],
    traps: [["Un thème trop flou ou sans enjeu.", "A theme too vague or without stakes."]],
    by: [
      "Méthode formalisée par Harrison Owen (années 1980)",
      "Method formalised by Harrison Owen (1980s)",
    ],
  }),
  define({
    id: "debat-mouvant",
    name: ["Débat mouvant", "Moving debate"],
    summary: [
      "Face à une affirmation tranchée, chacun se place du côté « d'accord » ou « pas d'accord » et argumente ; on peut changer de côté si on est convaincu.",
      "Facing a sharp statement, people stand on the 'agree' or 'disagree' side and argue; anyone convinced may change sides.",
    ],
    purposes: [
      ["Faire émerger les arguments", "Bring out arguments"],
      ["Rendre visibles les désaccords", "Make disagreements visible"],
    ],
    principles: ["participation", "transparency"],
    practices: ["participant-choice", "peer-feedback", "visible-learning"],
    phase: "divergence",
    duration: [20, 45],
    group: [8, 40],
    settings: inRoom,
    space: ["Une salle coupée en deux par une ligne", "A room split in two by a line"],
    materials: [["Affirmations préparées", "Prepared statements"]],
    steps: [
      [
        2,
        "Énoncer l'affirmation (« Un outil libre est toujours plus coopératif »).",
        "Read the statement ('A free software tool is always more cooperative').",
      ],
      [1, "Chacun choisit son camp, sans milieu.", "Everyone picks a side, no middle."],
      [
        15,
        "Les camps argumentent à tour de rôle ; les convaincus traversent.",
        "Sides argue in turn; the convinced cross over.",
      ],
      [5, "Relever les arguments et les nuances.", "Note arguments and nuances."],
    ],
    variants: [
      ["Plusieurs affirmations courtes à la suite.", "Several short statements in a row."],
    ],
    tips: [
      [
        "Une affirmation volontairement provocante fait bouger.",
        "A deliberately provocative statement gets people moving.",
      ],
    ],
    traps: [
      [
        "Laisser l'échange tourner au combat de personnes.",
        "Letting it become a fight between people.",
      ],
    ],
    by: ["Technique d'éducation populaire", "A popular-education technique"],
  }),
  define({
    id: "porteur-de-parole",
    name: ["Porteur de parole", "Speech bearer"],
    summary: [
      "Dans un lieu public, une question écrite en grand interpelle les passants ; on recueille leurs réponses et on les affiche sur place.",
      "In a public place, a big written question catches passers-by; their answers are collected and displayed on the spot.",
    ],
    purposes: [
      ["Recueillir la parole des publics", "Collect the public's words"],
      ["Ouvrir le collectif vers l'extérieur", "Open the collective outwards"],
    ],
    principles: ["cooperation", "participation", "transparency"],
    practices: ["partnerships", "peer-feedback", "visible-learning"],
    phase: "divergence",
    duration: [60, 180],
    group: [4, 20],
    settings: inRoom,
    space: ["Un marché, un hall, une rue", "A market, a hall, a street"],
    materials: [
      ["Grands panneaux", "Large boards"],
      ["Pinces à linge et fil", "Clothes pegs and string"],
    ],
    steps: [
      [
        15,
        "Choisir la question et répartir les rôles (accroche, écoute, écriture).",
        "Choose the question and share roles (approach, listening, writing).",
      ],
      [
        60,
        "Aller vers les passants, écouter, écrire leurs phrases et les suspendre.",
        "Approach passers-by, listen, write their sentences and hang them.",
      ],
      [15, "Débriefer entre porteurs.", "Debrief among bearers."],
    ],
    variants: [
      ["Dans le hall d'une association partenaire.", "In the hall of a partner organisation."],
    ],
    tips: [
      ["Une question qui parle au quotidien des gens.", "A question about people's daily life."],
    ],
    traps: [
      ["Chercher à convaincre au lieu d'écouter.", "Trying to convince instead of listening."],
    ],
    by: [
      "Démarche d'éducation populaire (Pavé, Boutique d'écriture)",
      "Popular-education approach (Pavé, Boutique d'écriture)",
    ],
  }),
  define({
    id: "carte-heuristique",
    name: ["Carte heuristique collective", "Collective mind map"],
    summary: [
      "Le groupe construit une carte en branches autour d'un sujet central, pour voir d'un coup d'œil un sujet et ses liens.",
      "The group builds a branching map around a central topic, to see a topic and its links at a glance.",
    ],
    purposes: [
      ["Structurer un sujet", "Structure a topic"],
      ["Garder une trace visuelle", "Keep a visual record"],
    ],
    principles: ["transparency", "cooperation"],
    practices: ["explain-visually", "visible-learning", "open-resources", "cross-silos"],
    phase: "divergence",
    duration: [15, 45],
    group: [2, 15],
    settings: everywhere,
    space: [
      "Grand mur ou logiciel de carte mentale libre",
      "Large wall or free mind-mapping software",
    ],
    materials: [["Paperboard ou logiciel libre", "Flipchart or free software"]],
    steps: [
      [
        3,
        "Écrire le sujet au centre et les premières branches.",
        "Write the topic in the centre and first branches.",
      ],
      [15, "Chacun ajoute branches et sous-branches.", "Everyone adds branches and sub-branches."],
      [7, "Relire, relier, colorer les priorités.", "Read, link, colour the priorities."],
    ],
    variants: [
      [
        "Carte préparée par l'animateur comme support d'exposé.",
        "A map prepared by the facilitator as a lecture aid.",
      ],
    ],
    tips: [
      [
        "Un mot par branche, des images dès que possible.",
        "One word per branch, images whenever possible.",
      ],
    ],
    traps: [["Une carte si dense qu'elle ne se lit plus.", "A map so dense it cannot be read."]],
    by: ["Forme popularisée par Tony Buzan", "Form popularised by Tony Buzan"],
  }),
  define({
    id: "speed-boat",
    name: ["Bateau de vitesse", "Speed boat"],
    summary: [
      "Sur le dessin d'un bateau, le groupe place les ancres qui le freinent, le vent qui le pousse, et l'île qu'il vise.",
      "On a drawing of a boat, the group places the anchors holding it back, the wind pushing it, and the island it aims for.",
    ],
    purposes: [["Identifier freins et leviers", "Identify brakes and levers"]],
    principles: ["transparency", "cooperation", "participation"],
    practices: ["explain-visually", "project-based", "peer-feedback"],
    phase: "divergence",
    duration: [30, 60],
    group: [3, 20],
    settings: everywhere,
    space: ["Un grand dessin au mur ou en ligne", "A big drawing on the wall or online"],
    materials: [["Post-it", "Sticky notes"]],
    steps: [
      [
        5,
        "Dessiner le bateau, l'île, les ancres, le vent.",
        "Draw the boat, island, anchors and wind.",
      ],
      [10, "Chacun écrit ancres et vents.", "Everyone writes anchors and winds."],
      [10, "Placer, regrouper, lire.", "Place, cluster, read."],
      [10, "Choisir les deux ancres à lever en priorité.", "Choose the two anchors to lift first."],
    ],
    variants: [["Ajouter les récifs : les risques à venir.", "Add reefs: risks ahead."]],
    tips: [
      [
        "Idéal pour le bilan d'un mini-chantier d'un mois.",
        "Ideal to review a one-month work cycle.",
      ],
    ],
    traps: [
      [
        "Ne lister que des ancres : équilibrer avec le vent.",
        "Listing only anchors: balance with the wind.",
      ],
    ],
    by: ["Jeu de Luke Hohmann (Innovation Games)", "Game by Luke Hohmann (Innovation Games)"],
  }),
  define({
    id: "six-chapeaux",
    name: ["Six chapeaux", "Six hats"],
    summary: [
      "Le groupe examine une idée en portant tour à tour six manières de penser : faits, émotions, risques, atouts, créativité, organisation.",
      "The group examines an idea wearing in turn six ways of thinking: facts, feelings, risks, benefits, creativity, process.",
    ],
    purposes: [["Examiner une idée sous tous ses angles", "Examine an idea from every angle"]],
    principles: ["cooperation", "participation"],
    practices: ["cross-silos", "peer-feedback"],
    phase: "divergence",
    duration: [30, 60],
    group: [3, 12],
    settings: everywhere,
    space: ["Un tableau en six colonnes", "A board in six columns"],
    materials: [["Six cartons de couleur", "Six coloured cards"]],
    steps: [
      [5, "Présenter l'idée et les six couleurs.", "Present the idea and the six colours."],
      [
        30,
        "Cinq minutes par chapeau, tout le monde le même.",
        "Five minutes per hat, everyone wearing the same one.",
      ],
      [5, "Synthèse par le chapeau de l'organisation.", "Wrap up with the process hat."],
    ],
    variants: [
      ["Trois chapeaux seulement pour une réunion courte.", "Only three hats for a short meeting."],
    ],
    tips: [["Commencer par les faits calme le débat.", "Starting with facts calms the debate."]],
    traps: [
      [
        "Assigner un chapeau à une personne : elle s'y enferme.",
        "Assigning one hat per person locks them in.",
      ],
    ],
    by: ["Méthode d'Edward de Bono (1985)", "Method by Edward de Bono (1985)"],
  }),
  define({
    id: "interview-croisee",
    name: ["Interviews croisées", "Paired interviews"],
    summary: [
      "Par deux, chacun interviewe l'autre sur ses pratiques avec une grille, puis le présente au groupe.",
      "In pairs, each interviews the other about their practices with a grid, then introduces them to the group.",
    ],
    purposes: [
      ["Découvrir les pratiques des autres structures", "Discover other organisations' practices"],
    ],
    principles: ["cooperation", "participation"],
    practices: ["cross-silos", "peer-feedback"],
    phase: "divergence",
    duration: [20, 45],
    group: [4, 30],
    settings: everywhere,
    space: ["Coins calmes pour les binômes", "Quiet corners for pairs"],
    materials: [["Grille d'entretien", "Interview grid"]],
    steps: [
      [
        2,
        "Former des binômes de structures différentes.",
        "Form pairs from different organisations.",
      ],
      [16, "Huit minutes d'interview dans chaque sens.", "Eight minutes of interview each way."],
      [
        12,
        "Chacun présente son binôme en une minute.",
        "Each introduces their partner in one minute.",
      ],
    ],
    variants: [
      [
        "À trois, avec un observateur qui prend des notes.",
        "In threes, with an observer taking notes.",
      ],
    ],
    tips: [
      [
        "Des questions sur ce qui marche, pas seulement sur les problèmes.",
        "Questions on what works, not only problems.",
      ],
    ],
    traps: [
      [
        "Le présentateur déforme les propos : faire valider.",
        "The presenter distorts: have it checked.",
      ],
    ],
  }),
  define({
    id: "visite-apprenante",
    name: ["Visite apprenante", "Learning visit"],
    summary: [
      "Le groupe visite une structure voisine qui utilise déjà des outils partagés et l'interroge sur ce qui a marché ou non.",
      "The group visits a neighbouring organisation already using shared tools and asks what worked and what did not.",
    ],
    purposes: [
      ["S'inspirer d'expériences voisines", "Learn from nearby experience"],
      ["Créer des partenariats", "Build partnerships"],
    ],
    principles: ["cooperation", "transparency"],
    practices: ["partnerships", "cross-silos", "visible-learning"],
    phase: "divergence",
    duration: [90, 240],
    group: [3, 20],
    settings: inRoom,
    space: ["Les locaux de la structure visitée", "The host organisation's premises"],
    materials: [
      ["Grille d'observation", "Observation grid"],
      ["Appareil photo", "Camera"],
    ],
    steps: [
      [15, "Préparer les questions par binômes.", "Prepare questions in pairs."],
      [90, "Visite et échanges avec les hôtes.", "Visit and exchanges with hosts."],
      [30, "Débriefing : ce que l'on garde pour nous.", "Debrief: what we keep for ourselves."],
    ],
    variants: [
      [
        "Visite en ligne : les hôtes partagent leur écran.",
        "Online visit: hosts share their screen.",
      ],
    ],
    tips: [
      [
        "Offrir en retour un compte rendu sous licence libre.",
        "Give back a freely licensed report.",
      ],
    ],
    traps: [
      [
        "Une visite vitrine où personne ne parle des échecs.",
        "A showcase visit where nobody mentions failures.",
      ],
    ],
  }),
  define({
    id: "panorama-des-outils",
    name: ["Panorama des outils", "Tool panorama"],
    summary: [
      "Des stands présentent chacun une famille d'outils libres (agenda, documents, wiki, messagerie) ; les participants tournent et notent leurs impressions.",
      "Stations each show a family of free tools (calendar, documents, wiki, messaging); participants rotate and note their impressions.",
    ],
    purposes: [["Donner une vue d'ensemble des possibles", "Give an overview of options"]],
    principles: ["transparency", "participation"],
    practices: ["explain-visually", "open-resources", "participant-choice"],
    phase: "divergence",
    duration: [45, 120],
    group: [4, 30],
    settings: roomOrHybrid,
    space: ["Quatre à six stands avec écran", "Four to six stations with a screen"],
    materials: [
      ["Ordinateurs connectés", "Connected computers"],
      ["Fiches outils", "Tool cards"],
    ],
    steps: [
      [
        10,
        "Présenter les familles d'outils et la fiche d'impressions.",
        "Present the tool families and the impression sheet.",
      ],
      [
        45,
        "Rotation sur les stands, 10 à 15 minutes chacun.",
        "Rotate through stations, 10 to 15 minutes each.",
      ],
      [15, "Mise en commun des coups de cœur et des doutes.", "Share favourites and doubts."],
    ],
    variants: [
      ["Les pionniers tiennent eux-mêmes les stands.", "Pioneers run the stations themselves."],
    ],
    tips: [
      [
        "Publier les fiches outils sous licence libre.",
        "Publish the tool cards under a free licence.",
      ],
    ],
    traps: [
      [
        "Transformer le panorama en démonstration commerciale.",
        "Turning the panorama into a sales demo.",
      ],
    ],
  }),
  define({
    id: "demo-flash",
    name: ["Démo flash", "Flash demo"],
    summary: [
      "Un participant partage son écran et montre en cinq minutes un usage concret d'un outil, puis répond aux questions.",
      "A participant shares their screen and shows a concrete use of a tool in five minutes, then takes questions.",
    ],
    purposes: [
      ["Apprendre entre pairs", "Learn from peers"],
      ["Voir un usage réel", "See real use"],
    ],
    principles: ["transparency", "participation"],
    practices: ["explain-visually", "peer-feedback", "visible-learning"],
    phase: "divergence",
    duration: [10, 20],
    group: [2, 40],
    settings: everywhere,
    space: ["Un écran partagé", "A shared screen"],
    materials: [["Outil en ligne", "An online tool"]],
    steps: [
      [5, "Démonstration d'un cas concret.", "Demonstrate one concrete case."],
      [6, "Questions et essais en direct.", "Questions and live tries."],
      [2, "Noter la ressource dans l'intranet.", "Record the resource on the intranet."],
    ],
    variants: [
      [
        "Enregistrer la démo en courte vidéo pour les absents.",
        "Record the demo as a short video for absentees.",
      ],
    ],
    tips: [
      [
        "Montrer les erreurs aussi : c'est là qu'on apprend.",
        "Show errors too: that is where learning happens.",
      ],
    ],
    traps: [["Une démo qui tourne au cours magistral.", "A demo that turns into a lecture."]],
  }),
  define({
    id: "veille-partagee",
    name: ["Veille partagée", "Shared watch"],
    summary: [
      "Chacun apporte une ressource trouvée (article, tutoriel, vidéo), la résume en une minute et la range dans la bibliothèque commune.",
      "Everyone brings a resource they found (article, tutorial, video), sums it up in a minute and files it in the common library.",
    ],
    purposes: [["Nourrir une base de ressources ouverte", "Feed an open resource base"]],
    principles: ["transparency", "cooperation"],
    practices: ["open-resources", "partnerships", "visible-learning"],
    phase: "divergence",
    duration: [15, 40],
    group: [2, 25],
    settings: everywhere,
    space: ["Écran partagé", "Shared screen"],
    materials: [
      ["Bibliothèque partagée (extension Pionniers)", "Shared library (Pionniers extension)"],
    ],
    steps: [
      [
        2,
        "Rappeler les étiquettes et la licence des ressources.",
        "Recall the tags and the resources' licence.",
      ],
      [
        15,
        "Chacun présente sa ressource en une minute.",
        "Each presents their resource in a minute.",
      ],
      [3, "Étiqueter et ranger ensemble.", "Tag and file together."],
    ],
    variants: [
      [
        "Chacun prépare sa ressource avant la réunion mensuelle.",
        "Everyone prepares before the monthly meeting.",
      ],
    ],
    tips: [["Privilégier les ressources sous licence libre.", "Favour freely licensed resources."]],
    traps: [["Accumuler sans jamais relire.", "Hoarding without ever rereading."]],
  }),
  define({
    id: "pecha-kucha",
    name: ["Pecha kucha", "Pecha kucha"],
    summary: [
      "Chaque présentateur montre 20 images qui défilent seules toutes les 20 secondes : un format court, visuel et rythmé.",
      "Each presenter shows 20 images that advance on their own every 20 seconds: a short, visual and lively format.",
    ],
    purposes: [["Partager des expériences de façon vivante", "Share experiences vividly"]],
    principles: ["transparency", "participation"],
    practices: ["explain-visually", "visible-learning", "participant-choice"],
    phase: "divergence",
    duration: [20, 60],
    group: [5, 100],
    settings: everywhere,
    space: ["Projection", "A projector"],
    materials: [["Diaporamas préparés", "Prepared slide decks"]],
    steps: [
      [2, "Rappeler le format.", "Recall the format."],
      [21, "Trois présentations de 6 minutes 40.", "Three presentations of 6 minutes 40."],
      [10, "Questions du public.", "Questions from the audience."],
    ],
    variants: [
      ["Format court : 10 images de 20 secondes.", "Short format: 10 images of 20 seconds."],
    ],
    tips: [["Des images, presque pas de texte.", "Images, almost no text."]],
    traps: [
      [
        "Un présentateur qui n'a pas répété et se fait dépasser.",
        "An unrehearsed presenter left behind by the slides.",
      ],
    ],
    by: [
      "Format créé par Astrid Klein et Mark Dytham (Tokyo, 2003)",
      "Format created by Astrid Klein and Mark Dytham (Tokyo, 2003)",
    ],
  }),
  define({
    id: "questions-en-rafale",
    name: ["Questions en rafale", "Question burst"],
    summary: [
      "Pendant quelques minutes, le groupe ne produit que des questions sur un sujet, puis choisit celles qui méritent d'être explorées.",
      "For a few minutes the group produces only questions about a topic, then picks those worth exploring.",
    ],
    purposes: [
      [
        "Reformuler le problème avant de chercher des réponses",
        "Reframe the problem before seeking answers",
      ],
    ],
    principles: ["participation", "cooperation"],
    practices: ["participant-choice", "project-based"],
    phase: "divergence",
    duration: [15, 30],
    group: [3, 20],
    settings: everywhere,
    space: ["Un tableau", "A board"],
    materials: [["Post-it", "Sticky notes"]],
    steps: [
      [
        2,
        "Présenter le sujet et la règle : que des questions.",
        "Present the topic and the rule: questions only.",
      ],
      [
        8,
        "Écrire toutes les questions, sans y répondre.",
        "Write every question without answering.",
      ],
      [6, "Choisir les trois questions à explorer.", "Pick the three questions to explore."],
    ],
    variants: [
      ["Transformer les questions fermées en ouvertes.", "Turn closed questions into open ones."],
    ],
    tips: [
      [
        "Le scribe reformule toute affirmation en question.",
        "The scribe turns any statement into a question.",
      ],
    ],
    traps: [["Répondre aux questions au fil de l'eau.", "Answering questions as they come."]],
    by: [
      "Inspiré de la technique de formulation de questions de Dan Rothstein et Luz Santana",
      "Inspired by the Question Formulation Technique of Dan Rothstein and Luz Santana",
    ],
  }),
  define({
    id: "carte-empathie",
    name: ["Carte d'empathie", "Empathy map"],
    summary: [
      "Le groupe se met à la place d'un utilisateur d'un outil : ce qu'il voit, entend, pense, ressent, fait, ses peines et ses gains.",
      "The group steps into a tool user's shoes: what they see, hear, think, feel and do, their pains and gains.",
    ],
    purposes: [["Centrer le choix d'outil sur les usagers", "Centre tool choice on users"]],
    principles: ["cooperation", "transparency"],
    practices: ["project-based", "explain-visually", "cross-silos"],
    phase: "divergence",
    duration: [20, 45],
    group: [2, 8],
    settings: everywhere,
    space: ["Un grand visage dessiné en quartiers", "A big face drawn in quadrants"],
    materials: [["Post-it", "Sticky notes"]],
    steps: [
      [
        3,
        "Choisir l'utilisateur (bénévole, salariée, adhérent).",
        "Choose the user (volunteer, employee, member).",
      ],
      [15, "Remplir chaque quartier.", "Fill each quadrant."],
      [
        7,
        "Lire les peines et gains : qu'en déduire pour l'outil ?",
        "Read pains and gains: what follows for the tool?",
      ],
    ],
    variants: [
      [
        "Partir d'un entretien réel plutôt que d'hypothèses.",
        "Start from a real interview rather than guesses.",
      ],
    ],
    tips: [["Un groupe par type d'utilisateur.", "One group per user type."]],
    traps: [
      [
        "Projeter ses propres envies sur l'utilisateur.",
        "Projecting one's own wishes onto the user.",
      ],
    ],
    by: ["Outil créé par Dave Gray (XPLANE)", "Tool created by Dave Gray (XPLANE)"],
  }),
  define({
    id: "persona",
    name: ["Personas", "Personas"],
    summary: [
      "Le groupe invente des personnages réalistes d'utilisateurs, avec leurs contraintes, pour tester les choix d'outils à leur place.",
      "The group invents realistic user characters, with their constraints, to test tool choices on their behalf.",
    ],
    purposes: [
      [
        "Ne pas oublier les usagers éloignés du numérique",
        "Not forget users far from digital tools",
      ],
    ],
    principles: ["cooperation", "transparency"],
    practices: ["project-based", "explain-visually"],
    phase: "divergence",
    duration: [30, 60],
    group: [2, 16],
    settings: everywhere,
    space: ["Tables de travail", "Work tables"],
    materials: [["Fiches persona", "Persona sheets"]],
    steps: [
      [5, "Lister les types d'utilisateurs.", "List user types."],
      [
        20,
        "Par groupe, rédiger une fiche : nom, âge, rôle, équipement, besoins, craintes.",
        "In groups, write a sheet: name, age, role, devices, needs, fears.",
      ],
      [10, "Présenter les personas et les afficher.", "Present the personas and display them."],
    ],
    variants: [
      [
        "Un persona « anti-usager » qui refuse l'outil.",
        "An 'anti-user' persona who refuses the tool.",
      ],
    ],
    tips: [
      [
        "Garder les personas affichés pour les ateliers suivants.",
        "Keep personas on display for later workshops.",
      ],
    ],
    traps: [["Des caricatures plutôt que des personnes.", "Caricatures rather than people."]],
    by: ["Approche popularisée par Alan Cooper", "Approach popularised by Alan Cooper"],
  }),
  define({
    id: "recits-utilisateurs",
    name: ["Récits utilisateurs", "User stories"],
    summary: [
      "Chacun formule ses besoins sous la forme « En tant que…, je souhaite…, afin que… », puis le groupe les relit et les précise.",
      "Everyone writes their needs as 'As a…, I want…, so that…', then the group reviews and sharpens them.",
    ],
    purposes: [["Exprimer les usages attendus précisément", "State expected uses precisely"]],
    principles: ["participation", "cooperation"],
    practices: ["co-construction", "project-based", "peer-feedback"],
    phase: "divergence",
    duration: [30, 60],
    group: [2, 20],
    settings: everywhere,
    space: ["Un mur ou un tableau en ligne", "A wall or an online board"],
    materials: [["Cartes de récit", "Story cards"]],
    steps: [
      [5, "Montrer deux exemples réussis.", "Show two good examples."],
      [15, "Chacun écrit ses récits.", "Everyone writes their stories."],
      [
        15,
        "Relecture par deux : le bénéfice est-il clair ?",
        "Review in pairs: is the benefit clear?",
      ],
    ],
    variants: [
      [
        "Écrire les récits dans @pionniers/stories pour les prioriser ensuite.",
        "Write stories in @pionniers/stories to prioritise them later.",
      ],
    ],
    tips: [["Un récit = un usage, pas un outil.", "One story = one use, not one tool."]],
    traps: [
      ["Des récits qui nomment déjà la solution.", "Stories that already name the solution."],
    ],
    by: [
      "Forme issue des méthodes agiles (Connextra, Mike Cohn)",
      "Form from agile methods (Connextra, Mike Cohn)",
    ],
  }),
  define({
    id: "trio-de-conseil",
    name: ["Trio de conseil", "Troika consulting"],
    summary: [
      "Par trois, une personne expose un défi puis tourne le dos pendant que les deux autres en discutent ; elle revient dire ce qu'elle retient.",
      "In threes, one person presents a challenge then turns away while the other two discuss it; they come back to say what they take away.",
    ],
    purposes: [["S'entraider entre pairs", "Help each other as peers"]],
    principles: ["cooperation", "participation"],
    practices: ["peer-feedback", "cross-silos"],
    phase: "divergence",
    duration: [30, 45],
    group: [3, 60],
    settings: everywhere,
    space: ["Trois chaises par groupe", "Three chairs per group"],
    materials: [["Aucun", "None"]],
    steps: [
      [
        2,
        "Former des trios de structures différentes.",
        "Form trios from different organisations.",
      ],
      [
        30,
        "Trois tours de dix minutes : exposé, conseil dos tourné, retour.",
        "Three ten-minute rounds: present, advice with back turned, return.",
      ],
    ],
    variants: [
      [
        "À distance : le consultant coupe sa caméra pendant le conseil.",
        "Remote: the client turns their camera off during the advice.",
      ],
    ],
    tips: [["Tourner le dos libère les conseillers.", "Turning one's back frees the advisers."]],
    traps: [["Des conseils qui jugent la personne.", "Advice that judges the person."]],
    by: [
      "Structure libérante de Henri Lipmanowicz et Keith McCandless",
      "A Liberating Structure by Henri Lipmanowicz and Keith McCandless",
    ],
  }),
  define({
    id: "codeveloppement",
    name: ["Codéveloppement", "Co-development group"],
    summary: [
      "Un participant expose une situation réelle ; le groupe clarifie, puis chacun propose des pistes, et l'exposant choisit ce qu'il met en œuvre.",
      "One participant presents a real situation; the group clarifies, then each offers ideas, and the presenter chooses what to act on.",
    ],
    purposes: [
      ["Résoudre un problème concret ensemble", "Solve a concrete problem together"],
      ["Analyser ses pratiques", "Reflect on practice"],
    ],
    principles: ["cooperation", "participation"],
    practices: ["project-based", "peer-feedback", "participant-choice"],
    phase: "divergence",
    duration: [60, 90],
    group: [4, 8],
    settings: everywhere,
    space: ["Un cercle de chaises", "A circle of chairs"],
    materials: [["Minuteur", "Timer"]],
    steps: [
      [10, "L'exposant décrit la situation.", "The presenter describes the situation."],
      [15, "Questions de clarification seulement.", "Clarifying questions only."],
      [5, "L'exposant formule sa demande.", "The presenter states their request."],
      [20, "Suggestions des consultants.", "Consultants' suggestions."],
      [10, "Plan d'action de l'exposant.", "The presenter's action plan."],
      [5, "Ce que chacun apprend pour lui-même.", "What each learns for themselves."],
    ],
    variants: [
      ["Version express de 45 minutes en visio.", "A 45-minute express version on video."],
    ],
    tips: [["Faire tourner le rôle d'animateur.", "Rotate the facilitator role."]],
    traps: [
      ["Donner des conseils pendant la clarification.", "Giving advice during clarification."],
    ],
    by: [
      "Méthode d'Adrien Payette et Claude Champagne (1997)",
      "Method by Adrien Payette and Claude Champagne (1997)",
    ],
  }),
];
