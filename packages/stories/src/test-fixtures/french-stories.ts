// French stories written for these tests: real needs of small associations (a collective of
// five: a théâtre, a food co-op, a sports club, a tenants' association, a repair café).
// Several are messy on purpose — no accents, typos, inclusive writing, curly apostrophes,
// non-breaking spaces, line breaks — as pioneers really type them.

export interface FrenchCase {
  readonly text: string;
  readonly role: string;
  readonly means: string;
  readonly ends?: string;
}

export const frenchStories: readonly FrenchCase[] = [
  {
    text: "En tant que trésorière, je souhaite que les adhérents puissent payer leur cotisation en ligne afin de ne plus courir après les chèques.",
    role: "trésorière",
    means: "les adhérents puissent payer leur cotisation en ligne",
    ends: "ne plus courir après les chèques",
  },
  {
    text: "En tant que bénévole·s de l’accueil, nous souhaitons un agenda partagé des permanences pour que personne ne se retrouve seul le samedi.",
    role: "bénévole·s de l’accueil",
    means: "un agenda partagé des permanences",
    ends: "personne ne se retrouve seul le samedi",
  },
  {
    text: "En tant qu’adhérent·e, je veux m’inscrire aux ateliers de réparation depuis mon téléphone",
    role: "adhérent·e",
    means: "m’inscrire aux ateliers de réparation depuis mon téléphone",
  },
  {
    text: "en tant que benevole je veux voir les creneaux libres afin de m'inscrire sans appeler la coordinatrice",
    role: "benevole",
    means: "voir les creneaux libres",
    ends: "m'inscrire sans appeler la coordinatrice",
  },
  {
    text: "En\u00a0tant\u00a0que membre du bureau, j’aimerais\u00a0retrouver tous les comptes rendus de CA au même endroit, afin qu’on arrête de chercher dans nos mails.",
    role: "membre du bureau",
    means: "retrouver tous les comptes rendus de CA au même endroit",
    ends: "on arrête de chercher dans nos mails",
  },
  {
    text: "En tant que coordinatrice de l'hébergement commun,\nje dois pouvoir réserver la salle partagée pour une autre association\nde sorte que les deux agendas restent à jour.",
    role: "coordinatrice de l'hébergement commun",
    means: "réserver la salle partagée pour une autre association",
    ends: "les deux agendas restent à jour",
  },
  {
    text: "EN TANT QUE PRÉSIDENT, JE VOUDRAIS UN TABLEAU DES ADHÉSIONS PAR ASSOCIATION POUR PRÉPARER L’AG.",
    role: "PRÉSIDENT",
    means: "UN TABLEAU DES ADHÉSIONS PAR ASSOCIATION POUR PRÉPARER L’AG",
  },
  {
    text: "En tant que salarié·e à mi-temps, je peux consulter le planning des bénévoles, pour organiser les distributions du jeudi !",
    role: "salarié·e à mi-temps",
    means: "consulter le planning des bénévoles",
    ends: "organiser les distributions du jeudi",
  },
  {
    text: "  En tant que locataire, je souhaiterai être prévenu par SMS des réunions de l'amicale  ",
    role: "locataire",
    means: "être prévenu par SMS des réunions de l'amicale",
  },
  {
    text: "En tant que responsable des bénévoles je souhaite que les nouveaux reçoivent un livret d'accueil afin qu'ils sachent à qui s'adresser.",
    role: "responsable des bénévoles",
    means: "les nouveaux reçoivent un livret d'accueil",
    ends: "ils sachent à qui s'adresser",
  },
  {
    text: "En tant qu'animateur·rice, j'ai besoin d'une liste des enfants inscrits par séance afin d'appeler les familles absentes.",
    role: "animateur·rice",
    means: "une liste des enfants inscrits par séance",
    ends: "appeler les familles absentes",
  },
  {
    text: "« En tant que secrétaire, je ne veux pas ressaisir les adhésions papier dans le tableur, afin de gagner une soirée par mois. »",
    role: "secrétaire",
    means: "ressaisir les adhésions papier dans le tableur",
    ends: "gagner une soirée par mois",
  },
  {
    text: "En tant que pionnier·ère du collectif, je veux partager les fiches outils avec les 4 autres assos afin que chacune ne refasse pas les mêmes essais",
    role: "pionnier·ère du collectif",
    means: "partager les fiches outils avec les 4 autres assos",
    ends: "chacune ne refasse pas les mêmes essais",
  },
  {
    text: "En tant que bénévole de la ressourcerie, je veux connaître le stock d’objets à réparer, dans le but d’organiser les ateliers du mois.",
    role: "bénévole de la ressourcerie",
    means: "connaître le stock d’objets à réparer",
    ends: "organiser les ateliers du mois",
  },
];

/** French sentences that are not stories, with the error code the parser should give. */
export const frenchNonStories: readonly { readonly text: string; readonly code: string }[] = [
  { text: "", code: "empty-text" },
  { text: "   \n ", code: "empty-text" },
  { text: "Je veux un agenda partagé pour les bénévoles.", code: "no-role" },
  { text: "Un agenda partagé, vite !", code: "no-role" },
  { text: "En tant que trésorière, un tableau des cotisations.", code: "no-means" },
  { text: "En tant que , je souhaite un agenda partagé.", code: "no-role" },
  { text: "En tant que bénévole, je souhaite.", code: "no-means" },
];
