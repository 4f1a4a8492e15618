/** Stable codes of a {@link SyncProblem}. */
export type SyncProblemCode =
  | "offline"
  | "unauthorized"
  | "not-found"
  | "rate-limited"
  | "rejected"
  | "change-refused"
  | "clock"
  | "server"
  | "invalid-response"
  | "local";

/** Why a sync failed, for the status display: a code, a message in French and English. */
export interface SyncProblem {
  code: SyncProblemCode;
  /** What happened and what to do, French first. */
  message: { fr: string; en: string };
  /** HTTP status, when the hub answered. */
  status?: number;
  /** The hub's or library's own error code and message (for logs and bug reports). */
  detail?: string;
  /** Whether retrying later may help (network, rate limit, server error). */
  retryable: boolean;
  /** For `rate-limited`: the hub's `Retry-After`, in ms. */
  retryAfterMs?: number;
}

const MESSAGES: Record<SyncProblemCode, { fr: string; en: string }> = {
  offline: {
    fr: "Le hub est injoignable (hors ligne ?). Vos modifications sont gardées et partiront au prochain essai.",
    en: "The hub cannot be reached (offline?). Your changes are kept and will be sent on the next try.",
  },
  unauthorized: {
    fr: "Le hub ne reconnaît plus votre accès (révoqué ?). Demandez une nouvelle invitation à un·e admin de l'espace.",
    en: "The hub no longer accepts your access (revoked?). Ask a space admin for a new invite.",
  },
  "not-found": {
    fr: "Cet espace n'existe pas sur ce hub, ou vous n'en êtes pas membre. Vérifiez l'adresse du hub et l'invitation.",
    en: "This space does not exist on this hub, or you are not a member. Check the hub address and the invite.",
  },
  "rate-limited": {
    fr: "Le hub demande de ralentir. La synchronisation reprendra d'elle-même dans un instant.",
    en: "The hub asks to slow down. Sync will resume by itself shortly.",
  },
  rejected: {
    fr: "Le hub a refusé l'envoi. Mettez l'extension à jour ; si cela continue, signalez-le avec le détail ci-dessous. La réception continue.",
    en: "The hub refused the upload. Update the extension; if it goes on, report it with the detail below. Receiving goes on.",
  },
  "change-refused": {
    fr: "Le hub a refusé une modification (invalide ou trop grande) : elle est mise de côté et reste sur cet appareil ; tout le reste se synchronise. Si cela se répète, signalez-le avec le détail ci-dessous.",
    en: "The hub refused a change (invalid or too large): it is set aside and stays on this device; everything else syncs. If this happens again, report it with the detail below.",
  },
  clock: {
    fr: "L'horloge de cet appareil est fausse (en avance de plus de 24 h) : le hub a refusé les modifications datées du futur, mises de côté. Réglez la date et l'heure de l'appareil.",
    en: "This device's clock is wrong (more than 24 h ahead): the hub refused the changes dated in the future, set aside. Set this device's date and time right.",
  },
  server: {
    fr: "Le hub a rencontré une erreur. Nouvel essai automatique ; prévenez la personne qui l'héberge si cela dure.",
    en: "The hub ran into an error. Retrying automatically; tell whoever hosts it if this lasts.",
  },
  "invalid-response": {
    fr: "Le hub a répondu de façon inattendue. Vérifiez l'adresse du hub (est-ce bien un hub Pionniers ?).",
    en: "The hub answered unexpectedly. Check the hub address (is it a Pionniers hub?).",
  },
  local: {
    fr: "La bibliothèque locale a refusé des modifications reçues (l'horloge de cet appareil est-elle à l'heure ?).",
    en: "The local library refused changes it received (is this device's clock right?).",
  },
};

/** A note for the status display, not a failure: what happened, in French and English. */
export interface SyncNotice {
  /** `hub-restored`: the hub was restored from a backup; everything was sent and received again. */
  code: "hub-restored";
  message: { fr: string; en: string };
  /** When it was noticed (ms since epoch). */
  at: number;
}

/**
 * The note shown once a hub restored from a backup was noticed.
 *
 * @param at when (ms since epoch)
 * @returns the notice
 * @example
 * ```ts
 * hubRestoredNotice(Date.now()).message.en; // "The hub was restored from a backup: …"
 * ```
 */
export function hubRestoredNotice(at: number): SyncNotice {
  return {
    code: "hub-restored",
    message: {
      fr: "Le hub a été restauré depuis une sauvegarde : cet appareil lui a renvoyé toutes ses modifications et a tout reçu à nouveau. Rien n'est perdu de ce qu'il contenait.",
      en: "The hub was restored from a backup: this device sent it all its changes again and received everything anew. Nothing it held is lost.",
    },
    at,
  };
}

/**
 * Builds a {@link SyncProblem} with its bilingual message.
 *
 * @param code the problem's code
 * @param extra status, detail, retry hint
 * @returns the problem
 * @example
 * ```ts
 * syncProblem("offline").message.fr; // "Le hub est injoignable (hors ligne ?). …"
 * ```
 */
export function syncProblem(
  code: SyncProblemCode,
  extra: { status?: number; detail?: string; retryAfterMs?: number } = {},
): SyncProblem {
  const retryable = code === "offline" || code === "rate-limited" || code === "server";
  return { code, message: MESSAGES[code], retryable, ...extra };
}

/** Maps a hub's HTTP error status to a problem code. */
export function problemForStatus(status: number): SyncProblemCode {
  if (status === 401) return "unauthorized";
  if (status === 404) return "not-found";
  if (status === 429) return "rate-limited";
  if (status >= 500 || status === 408) return "server";
  return "rejected";
}
