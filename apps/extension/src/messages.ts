// Every message between the popup, the library page and the background: one map from message
// type to request and response, one union derived from it, one typed `send`. The background
// implements them all in one handler map (entrypoints/background/handlers.ts), which the type
// `Handlers` forces to be complete.
import type { Clip, Theme } from "@pionniers/library";
import type { PageCapture } from "./entrypoints/content/capture.ts";
import type { Settings } from "./features/settings.ts";
import type { Platform } from "./platform/platform.ts";

/** Clip the whole page, the selection, or a link of the page. */
export type ClipMode = "page" | "selection" | "link";

/** A clip as lists show it: everything but the (long) readable text. */
export type ClipSummary = Omit<Clip, "text"> & { hasText: boolean };

/** Someone's earlier clip of the same (normalised) URL. */
export interface DuplicateInfo {
  id: string;
  title?: string;
  createdBy?: string;
  pioneerName?: string;
  association?: string;
  createdAt?: string;
  deleted?: boolean;
}

/** What a clip request answers: the new clip, or the earlier ones of the same URL. */
export type ClipResult =
  | { status: "saved"; clip: ClipSummary; duplicates: DuplicateInfo[] }
  | { status: "duplicate"; capture: PageCapture; duplicates: DuplicateInfo[] };

/** A story of the collective as the popup lists it. */
export interface StoryView {
  id: string;
  title: string;
  text: string;
}

/** Hints from `@pionniers/stories` on a story being written. */
export interface StoryHint {
  fr: string;
  en: string;
  severity?: string;
}

/** Filters of the library page; all optional, combined with AND. */
export interface ClipFilter {
  text?: string;
  themeId?: string;
  storyId?: string;
  tag?: string;
  pioneer?: string;
  association?: string;
  from?: string;
  to?: string;
  visibility?: "private" | "shared";
  trash?: boolean;
  offset?: number;
  limit?: number;
}

/** Export formats. */
export type ExportFormat = "bundle" | "netscape" | "csv" | "markdown";
/** Import formats. */
export type ImportFormat = "bundle" | "netscape";

/** Editable fields of a clip. */
export interface ClipPatch {
  title?: string;
  note?: string;
  private?: boolean;
  tags?: string[];
  themeIds?: string[];
  storyIds?: string[];
}

/** The library collections the toolbox pages keep their documents in; they sync like clips. */
export type ToolboxCollection = "stories" | "chantiers" | "assessments" | "missions";

/**
 * A document of a toolbox collection: a title to list it by and its JSON data — a story
 * record, a chantier, an assessment, the mission (see features/toolbox/records.ts).
 */
export interface ToolboxDoc {
  id: string;
  title?: string;
  data: unknown;
}

/** Messages of the toolbox pages (backlog, maturity), answered by features/toolbox/handlers.ts. */
export interface ToolboxApi {
  /** The live documents of a collection. */
  toolboxList: { req: { collection: ToolboxCollection }; res: ToolboxDoc[] };
  /** Writes documents (new ones get an id), after checking their data; all or nothing. */
  toolboxPut: {
    req: { collection: ToolboxCollection; docs: ToolboxDoc[] };
    res: { ids: string[] };
  };
  /** Moves documents to the trash (the trash syncs). */
  toolboxRemove: {
    req: { collection: ToolboxCollection; ids: string[] };
    res: { removed: number };
  };
}

/** A space this browser has joined, as the sync panel shows it (never the token). */
export interface SyncSpaceView {
  /** `hubUrl#spaceId`: how the panel names it in messages. */
  key: string;
  hubUrl: string;
  space: { id: string; name: string };
  member: { id: string; name: string; role: "admin" | "member" | "observer" };
}

/** Why a sync or a hub call failed, in French and English, with its stable code. */
export interface SyncErrorView {
  code: string;
  fr: string;
  en: string;
  detail?: string;
}

/** The sync status for the panel: the active space, its status, the other joined spaces. */
export interface SyncView {
  active: SyncSpaceView | null;
  spaces: SyncSpaceView[];
  state: "off" | "idle" | "syncing" | "error";
  lastSyncAt: number | null;
  pending: number | null;
  error: SyncErrorView | null;
  nextRetryAt: number | null;
  readOnly: boolean;
  /** Edits the hub refused, kept in this library but not sent, and why (until acknowledged). */
  setAside: SyncSetAsideView | null;
  /** Something worth knowing that needs nothing done (the hub was restored and resynced). */
  notice: { fr: string; en: string; at: number } | null;
}

/** Edits the hub refused: how many, why, since when. */
export interface SyncSetAsideView {
  count: number;
  reason: SyncErrorView;
  at: number;
}

/** A member as the admin panel lists them. */
export interface SyncMemberView {
  id: string;
  name: string;
  role: "admin" | "member" | "observer";
  revoked: boolean;
}

/** What a hub call answers: its value, or why it failed (to show, not to throw). */
export type SyncResult<T> = { ok: true; value: T } | { ok: false; error: SyncErrorView };

/** Messages of the sync panel, answered by features/sync.ts. */
export interface SyncApi {
  syncStatus: { req: Record<string, never>; res: SyncView };
  /** Joins a space with an invite code (the page asked for the hub's origin first). */
  syncJoin: { req: { hubUrl: string; code: string; name: string }; res: SyncResult<SyncView> };
  /** Syncs the active space now. */
  syncNow: { req: Record<string, never>; res: SyncView };
  /** Leaves the active space (the hub revokes this browser's token). */
  syncLeave: { req: Record<string, never>; res: SyncResult<SyncView> };
  /** Acknowledges the edits the hub refused: the panel stops showing them. */
  syncDismissSetAside: { req: Record<string, never>; res: SyncView };
  /** Makes another joined space the active one. */
  syncSwitch: { req: { key: string }; res: SyncView };
  /** Admins: the active space's members. */
  syncMembers: { req: Record<string, never>; res: SyncResult<SyncMemberView[]> };
  /** Admins: a single-use invite code. */
  syncInvite: {
    req: { role: "admin" | "member" | "observer" };
    res: SyncResult<{ code: string; hubUrl: string; expiresAt: string }>;
  };
  /** Admins: changes a member's role. */
  syncSetRole: {
    req: { memberId: string; role: "admin" | "member" | "observer" };
    res: SyncResult<SyncMemberView[]>;
  };
  /** Admins: revokes a member at once. */
  syncRevoke: { req: { memberId: string }; res: SyncResult<SyncMemberView[]> };
}

/** Every message: request and response. */
export interface Api extends ToolboxApi, SyncApi {
  /** Captures a tab (the popup's target, or the active tab) and saves it unless a duplicate. */
  clipTab: {
    req: { tabId?: number; mode: ClipMode; force?: boolean; linkUrl?: string };
    res: ClipResult;
  };
  /** Saves an already-captured page even though the URL is known. */
  clipCapture: { req: { capture: PageCapture }; res: ClipResult };
  getClip: { req: { id: string }; res: Clip | undefined };
  updateClip: { req: { ids: string[]; patch: ClipPatch }; res: { updated: number } };
  /** Adds tags, themes or stories to many clips (bulk tag, "add to the existing clip"). */
  addToClips: {
    req: { ids: string[]; field: "tags" | "themeIds" | "storyIds"; values: string[] };
    res: { updated: number };
  };
  trashClips: { req: { ids: string[] }; res: { updated: number } };
  restoreClips: { req: { ids: string[] }; res: { updated: number } };
  queryClips: { req: ClipFilter; res: { rows: ClipSummary[]; total: number; tookMs: number } };
  /** Facets for the filter menus. */
  facets: {
    req: Record<string, never>;
    res: { tags: string[]; pioneers: { id: string; name: string }[]; associations: string[] };
  };
  listThemes: { req: Record<string, never>; res: Theme[] };
  /** Creates a theme, or returns the one of the same name. */
  createTheme: { req: { name: string }; res: Theme };
  /**
   * Writes the welcome's example themes (features/example-themes.ts): identical on every
   * browser and older than any edit, so they never rename the collective's themes.
   */
  addExampleThemes: { req: { ids: string[] }; res: Theme[] };
  listStories: { req: Record<string, never>; res: StoryView[] };
  /** Parses and checks a story; saves it only when it parses and `save` is true. */
  checkStory: {
    req: { text: string; save: boolean };
    res: { ok: boolean; hints: StoryHint[]; story?: StoryView };
  };
  getSettings: { req: Record<string, never>; res: Settings };
  saveSettings: { req: { settings: Partial<Settings> }; res: Settings };
  exportLibrary: {
    req: { format: ExportFormat; ids?: string[] };
    res: { filename: string; mime: string; text: string };
  };
  importLibrary: {
    req: { format: ImportFormat; text: string };
    res: { added: number; updated: number; unchanged: number };
  };
}

/** The name of a message. */
export type MessageType = keyof Api;
/** Any message, as it travels. */
export type Message = { [K in MessageType]: { type: K; payload: Api[K]["req"] } }[MessageType];
/** What the background answers: never a thrown error across the boundary. */
export type Reply<K extends MessageType> =
  | { ok: true; value: Api[K]["res"] }
  | { ok: false; error: { code: string; message: string } };

/** The background's implementation of every message: the one handler map. */
export type BackgroundHandlers = {
  [K in MessageType]: (
    payload: Api[K]["req"],
    sender: { tabId?: number },
  ) => Promise<Api[K]["res"]>;
};
/** The clipper's part of the map (features/clipper.ts). */
export type Handlers = Omit<BackgroundHandlers, keyof ToolboxApi | keyof SyncApi>;
/** The sync panel's part of the map (features/sync.ts). */
export type SyncHandlers = Pick<BackgroundHandlers, keyof SyncApi>;
/** The toolbox pages' part of the map (features/toolbox/handlers.ts). */
export type ToolboxHandlers = Pick<BackgroundHandlers, keyof ToolboxApi>;

/** An error the background sent back, rethrown on the caller's side. */
export class ExtensionError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "ExtensionError";
    this.code = code;
  }
}

/**
 * Sends a typed message to the background.
 *
 * @param platform the browser
 * @param type the message name
 * @param payload its request
 * @returns the response; rejects with an {@link ExtensionError} when the handler failed
 * @example
 * ```ts
 * const { rows } = await send(platform, "queryClips", { text: "hébergement" });
 * ```
 */
export async function send<K extends MessageType>(
  platform: Platform,
  type: K,
  payload: Api[K]["req"],
): Promise<Api[K]["res"]> {
  const reply = (await platform.sendMessage({ type, payload })) as Reply<K> | undefined;
  if (!reply) throw new ExtensionError("no-reply", `[extension] no answer to ${type}`);
  if (!reply.ok) throw new ExtensionError(reply.error.code, reply.error.message);
  return reply.value;
}

/** Whether a value looks like a {@link Message} of a known type. */
export function isMessage(value: unknown, handlers: BackgroundHandlers): value is Message {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { type?: unknown }).type === "string" &&
    Object.hasOwn(handlers, (value as { type: string }).type)
  );
}
