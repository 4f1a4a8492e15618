import { define, everywhere, inRoom } from "./define";

/** Activities that close a session and evaluate it. */
export const closing = [
  define({
    id: "revue-par-les-pairs",
    name: ["Revue par les pairs", "Peer review"],
    summary: [
      "Chaque participant ou groupe présente sa production et reçoit de deux pairs un retour structuré : ce qui marche, une question, une suggestion.",
      "Each participant or group presents their output and gets structured feedback from two peers: what works, one question, one suggestion.",
    ],
    purposes: [
      ["Évaluer entre pairs", "Evaluate among peers"],
      ["Améliorer les productions", "Improve the outputs"],
    ],
    principles: ["participation", "transparency", "cooperation"],
    practices: ["peer-feedback", "visible-learning", "cross-silos"],
    phase: "closing",
    duration: [20, 60],
    group: [3, 30],
    settings: everywhere,
    space: ["Tables par trois", "Tables of three"],
    materials: [["Grille de retour", "Feedback grid"]],
    steps: [
      [3, "Présenter la grille de retour.", "Present the feedback grid."],
      [20, "Tours de présentation et de retours.", "Rounds of presentation and feedback."],
      [5, "Chacun note ce qu'il va changer.", "Each notes what they will change."],
    ],
    variants: [
      [
        "Évaluation de la formation elle-même par les participants.",
        "Participants evaluate the training itself.",
      ],
    ],
    tips: [
      [
        "Les retours portent sur la production, pas sur la personne.",
        "Feedback is about the output, not the person.",
      ],
    ],
    traps: [
      ["Des retours uniquement polis, donc inutiles.", "Only polite, hence useless, feedback."],
    ],
  }),
  define({
    id: "cible-evaluation",
    name: ["Cible d'évaluation", "Evaluation target"],
    summary: [
      "Sur une cible dessinée, chacun place une gommette par critère (contenu, rythme, ambiance, utilité) : plus près du centre, plus satisfait.",
      "On a drawn target, everyone places a dot per criterion (content, pace, atmosphere, usefulness): nearer the centre, more satisfied.",
    ],
    purposes: [["Évaluer à chaud et visiblement", "Evaluate on the spot, visibly"]],
    principles: ["participation", "transparency"],
    practices: ["peer-feedback", "explain-visually", "visible-learning"],
    phase: "closing",
    duration: [5, 20],
    group: [3, 60],
    settings: everywhere,
    space: ["Un paperboard", "A flipchart"],
    materials: [["Cible dessinée, gommettes", "Drawn target, dots"]],
    steps: [
      [2, "Présenter les critères.", "Present the criteria."],
      [5, "Chacun place ses gommettes.", "Everyone places their dots."],
      [5, "Lire la cible ensemble.", "Read the target together."],
    ],
    variants: [["Sur un tableau blanc en ligne.", "On an online whiteboard."]],
    tips: [
      [
        "Photographier et publier la cible avec le compte rendu.",
        "Photograph and publish it with the minutes.",
      ],
    ],
    traps: [
      ["Se justifier face aux gommettes éloignées.", "Justifying oneself against distant dots."],
    ],
  }),
  define({
    id: "plus-delta",
    name: ["Plus / delta", "Plus / delta"],
    summary: [
      "En deux colonnes, le groupe note ce qui a bien marché (+) et ce qu'il changerait la prochaine fois (Δ).",
      "In two columns, the group notes what worked (+) and what it would change next time (Δ).",
    ],
    purposes: [["Améliorer la prochaine session", "Improve the next session"]],
    principles: ["participation", "transparency"],
    practices: ["peer-feedback", "co-construction", "visible-learning"],
    phase: "closing",
    duration: [5, 20],
    group: [2, 40],
    settings: everywhere,
    space: ["Un tableau en deux colonnes", "A two-column board"],
    materials: [["Feutres ou document partagé", "Markers or shared document"]],
    steps: [
      [1, "Tracer les deux colonnes.", "Draw the two columns."],
      [7, "Chacun ajoute un plus et un delta.", "Everyone adds one plus and one delta."],
      [2, "Choisir un delta à appliquer.", "Pick one delta to apply."],
    ],
    variants: [["Ajouter une colonne « merci ».", "Add a 'thanks' column."]],
    tips: [
      [
        "Relire le delta au début de la session suivante.",
        "Read the delta at the next session's start.",
      ],
    ],
    traps: [["Des deltas qui visent des personnes.", "Deltas aimed at people."]],
  }),
  define({
    id: "mot-de-la-fin",
    name: ["Le mot de la fin", "Closing word"],
    summary: [
      "Chacun dit un mot ou une phrase courte sur ce qu'il emporte de la session.",
      "Everyone says one word or short sentence about what they take away from the session.",
    ],
    purposes: [["Clore ensemble", "Close together"]],
    principles: ["participation"],
    practices: ["participant-choice"],
    phase: "closing",
    duration: [3, 10],
    group: [2, 40],
    settings: everywhere,
    space: ["En cercle ou en visio", "In a circle or on video"],
    materials: [["Aucun", "None"]],
    steps: [
      [1, "Poser la question.", "Ask the question."],
      [4, "Tour rapide, sans commentaire.", "Quick round, no comment."],
    ],
    variants: [["Un geste au lieu d'un mot.", "A gesture instead of a word."]],
    tips: [["Finir par l'animateur.", "Let the facilitator go last."]],
    traps: [["Le transformer en deuxième débat.", "Turning it into a second debate."]],
  }),
  define({
    id: "lettre-a-soi-meme",
    name: ["Lettre à soi-même", "Letter to oneself"],
    summary: [
      "Chacun écrit une lettre à lui-même sur ce qu'il veut mettre en œuvre ; l'animateur la lui renvoie un mois plus tard.",
      "Everyone writes a letter to themselves about what they want to put in practice; the facilitator sends it back a month later.",
    ],
    purposes: [["Ancrer les engagements personnels", "Anchor personal commitments"]],
    principles: ["transparency", "participation"],
    practices: ["visible-learning", "participant-choice"],
    phase: "closing",
    duration: [10, 20],
    group: [1, 60],
    settings: everywhere,
    space: ["Calme", "Quiet"],
    materials: [
      ["Papier et enveloppes, ou courriel programmé", "Paper and envelopes, or a scheduled email"],
    ],
    steps: [
      [2, "Expliquer le principe et le délai.", "Explain the idea and the delay."],
      [10, "Écrire en silence.", "Write in silence."],
      [1, "Cacheter et adresser.", "Seal and address."],
    ],
    variants: [
      [
        "La relire en ouverture de la réunion mensuelle.",
        "Reread it at the start of the monthly meeting.",
      ],
    ],
    tips: [["Proposer trois questions guides.", "Offer three guiding questions."]],
    traps: [["Oublier de renvoyer les lettres.", "Forgetting to send the letters back."]],
  }),
  define({
    id: "carnet-de-bord",
    name: ["Carnet de bord réflexif", "Reflective logbook"],
    summary: [
      "En fin de session, chacun complète son carnet de bord : ce que j'ai appris, ce qui m'a surpris, ce que je vais essayer. Les extraits volontaires sont partagés.",
      "At the end of a session, everyone fills in their logbook: what I learnt, what surprised me, what I will try. Volunteered extracts are shared.",
    ],
    purposes: [
      ["Rendre visible le processus d'apprentissage", "Make the learning process visible"],
    ],
    principles: ["transparency", "participation"],
    practices: ["visible-learning", "participant-choice", "open-resources"],
    phase: "closing",
    duration: [10, 25],
    group: [1, 40],
    settings: everywhere,
    space: ["Calme", "Quiet"],
    materials: [
      ["Carnet papier ou page de wiki personnelle", "Paper notebook or personal wiki page"],
    ],
    steps: [
      [2, "Rappeler les trois questions.", "Recall the three questions."],
      [8, "Écrire seul.", "Write alone."],
      [5, "Partage volontaire d'un extrait.", "Volunteers share an extract."],
    ],
    variants: [
      [
        "Carnet collectif publié dans l'intranet.",
        "A collective logbook published on the intranet.",
      ],
    ],
    tips: [["Relire les carnets à mi-parcours.", "Reread the logbooks at mid-course."]],
    traps: [["Rendre le partage obligatoire.", "Making sharing mandatory."]],
  }),
  define({
    id: "quoi-et-alors-et-maintenant",
    name: ["Quoi ? Et alors ? Et maintenant ?", "What? So what? Now what?"],
    summary: [
      "Le groupe revient sur une expérience en trois temps : les faits observés, ce qu'ils signifient, ce que l'on fait ensuite.",
      "The group looks back on an experience in three stages: the facts observed, what they mean, what to do next.",
    ],
    purposes: [["Tirer les leçons d'un mini-chantier", "Draw lessons from a work cycle"]],
    principles: ["transparency", "cooperation", "participation"],
    practices: ["visible-learning", "project-based", "peer-feedback"],
    phase: "closing",
    duration: [20, 45],
    group: [3, 40],
    settings: everywhere,
    space: ["Trois colonnes", "Three columns"],
    materials: [["Tableau ou document partagé", "Board or shared document"]],
    steps: [
      [7, "Quoi : les faits, sans interprétation.", "What: the facts, no interpretation."],
      [8, "Et alors : sens, tendances, surprises.", "So what: meaning, patterns, surprises."],
      [8, "Et maintenant : la suite concrète.", "Now what: concrete next steps."],
    ],
    variants: [["Par deux, puis en grand groupe.", "In pairs, then all together."]],
    tips: [
      [
        "Tenir la frontière entre faits et interprétations.",
        "Keep facts and interpretations apart.",
      ],
    ],
    traps: [["Sauter directement au « et maintenant ».", "Jumping straight to 'now what'."]],
    by: [
      "Cycle réflexif de Terry Borton, repris par les structures libérantes",
      "Terry Borton's reflective cycle, taken up by Liberating Structures",
    ],
  }),
  define({
    id: "roti",
    name: ["Retour sur le temps investi", "Return on time invested"],
    summary: [
      "Chacun note de un à cinq doigts la valeur de la session au regard du temps passé, et les notes basses disent ce qui aurait mieux valu.",
      "Everyone rates from one to five fingers the session's value for the time spent, and low raters say what would have been better.",
    ],
    purposes: [["Évaluer en une minute", "Evaluate in a minute"]],
    principles: ["participation", "transparency"],
    practices: ["peer-feedback", "visible-learning"],
    phase: "closing",
    duration: [3, 10],
    group: [2, 60],
    settings: everywhere,
    space: ["Tout le monde se voit", "Everyone sees everyone"],
    materials: [["Aucun", "None"]],
    steps: [
      [1, "Expliquer l'échelle.", "Explain the scale."],
      [1, "Vote simultané.", "Vote all at once."],
      [3, "Les notes basses s'expriment.", "Low raters speak."],
    ],
    variants: [
      ["Histogramme au paperboard à la sortie.", "A histogram on the flipchart at the door."],
    ],
    tips: [
      ["Idéal pour la réunion mensuelle d'une heure.", "Ideal for the monthly one-hour meeting."],
    ],
    traps: [["Ignorer une série de notes basses.", "Ignoring a run of low scores."]],
  }),
  define({
    id: "plan-essaimage",
    name: ["Plan d'essaimage", "Spreading plan"],
    summary: [
      "Chaque pionnier prépare comment il partagera outils et pratiques dans sa structure : qui, quel usage, quel moment, quelle aide, et le présente aux autres.",
      "Each pioneer prepares how they will spread tools and practices in their organisation: who, which use, when, what help, and presents it to the others.",
    ],
    purposes: [
      ["Préparer la diffusion dans les structures", "Prepare spreading in the organisations"],
      ["Se soutenir entre pionniers", "Support each other as pioneers"],
    ],
    principles: ["cooperation", "participation", "transparency"],
    practices: ["partnerships", "peer-feedback", "open-resources", "project-based"],
    phase: "closing",
    duration: [30, 60],
    group: [2, 25],
    settings: inRoom.concat(["remote", "hybrid"]),
    space: ["Tables par structure", "Tables per organisation"],
    materials: [["Canevas d'essaimage", "Spreading canvas"]],
    steps: [
      [5, "Présenter le canevas.", "Present the canvas."],
      [15, "Chaque pionnier remplit son plan.", "Each pioneer fills their plan."],
      [15, "Présentations et conseils des pairs.", "Presentations and peer advice."],
    ],
    variants: [
      [
        "Binômes de soutien entre structures pour le mois suivant.",
        "Support pairs across organisations for the next month.",
      ],
    ],
    tips: [
      [
        "Publier les plans sous licence libre pour d'autres collectifs.",
        "Publish plans under a free licence for other collectives.",
      ],
    ],
    traps: [
      [
        "Un plan qui suppose que tout le monde adhère déjà.",
        "A plan assuming everyone already agrees.",
      ],
    ],
  }),
];
