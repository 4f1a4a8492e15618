/** A member's role in a space. */
export type Role = "admin" | "member" | "observer";

/** All roles, strongest first. */
export const roles: readonly Role[] = ["admin", "member", "observer"];

/** One collective's shared space. */
export interface Space {
  id: string;
  name: string;
  /** Highest sequence number assigned in the space (0 when empty). */
  seq: number;
  createdAt: number;
  /**
   * Random, drawn anew when the hub is restored from a backup (`npm run hub -- restored`):
   * a client that held another epoch resends everything and pulls from the start.
   */
  epoch: string;
}

/** A pioneer (or a device of one) admitted to a space. */
export interface Member {
  id: string;
  spaceId: string;
  name: string;
  role: Role;
  createdAt: number;
  /** When the member was revoked (ms), or null while active. */
  revokedAt: number | null;
}

/** A member found by token, with its space's highest sequence number at that moment. */
export interface AuthenticatedMember extends Member {
  spaceSeq: number;
  /** Its space's epoch at that moment. */
  spaceEpoch: string;
}

/** An unused invite, as listed to admins (the code itself is never stored). */
export interface Invite {
  spaceId: string;
  role: Role;
  createdAt: number;
  expiresAt: number;
  createdBy: string | null;
}

/**
 * One field write to store: the key of the field row, its stamp and the change's JSON. The
 * service has validated it; the storage keeps, per key, the row with the greatest stamp.
 */
export interface FieldWrite {
  /** `collection/id` of the document. */
  docKey: string;
  field: string;
  /** The set element (its storage key: one holding NUL is stored JSON-quoted), or `""` for a scalar field. */
  element: string;
  stamp: string;
  /** The change as JSON text, sent back as is to pullers. */
  change: string;
  /** For the scalar field `private`: its boolean value. */
  privateValue?: boolean;
}

/** What a push did. */
export interface PushResult {
  /** Field rows written (new, or newer than the stored stamp). */
  applied: number;
  /** Writes refused because the document is another member's private one. */
  rejected: number;
  /** The space's highest sequence number after the push. */
  cursor: number;
}

/** One page of a pull. */
export interface PullPage {
  /** Changes as JSON text, in sequence order. */
  changes: string[];
  /** Pass it back as `since` to continue. */
  cursor: number;
  /** More rows are waiting after `cursor`. */
  more: boolean;
}

/**
 * Where the hub keeps spaces, members, invites and field rows. Two implementations (SQLite
 * and PostgreSQL, both under Kysely) pass one contract suite (`test/storage-contract.ts`).
 */
export interface HubStorage {
  readonly kind: "sqlite" | "postgres";
  /** Brings the schema up to date (idempotent; safe from several hubs at once). */
  migrate(): Promise<void>;
  createSpace(space: { id: string; name: string; createdAt: number }): Promise<Space>;
  getSpace(id: string): Promise<Space | undefined>;
  listSpaces(): Promise<Space[]>;
  /** Gives every space a new random epoch (after a restore); returns the spaces. */
  renewEpochs(): Promise<Space[]>;
  addMember(member: Omit<Member, "revokedAt">, tokenHash: string): Promise<Member>;
  /** The active (not revoked) member holding this token hash, with its space's sequence. */
  memberByToken(tokenHash: string): Promise<AuthenticatedMember | undefined>;
  getMember(spaceId: string, memberId: string): Promise<Member | undefined>;
  listMembers(spaceId: string): Promise<Member[]>;
  /** Changes an active member's role; false when there is no such active member. */
  setRole(spaceId: string, memberId: string, role: Role): Promise<boolean>;
  /** Revokes a member's token at once; false when there is no such active member. */
  revokeMember(spaceId: string, memberId: string, at: number): Promise<boolean>;
  createInvite(invite: Invite, codeHash: string): Promise<void>;
  listInvites(spaceId: string, now: number): Promise<Invite[]>;
  /**
   * Uses an invite and admits the member in one transaction: undefined when the code is
   * unknown, used or expired (an invite admits exactly one member).
   */
  redeemInvite(
    codeHash: string,
    now: number,
    member: { id: string; name: string; createdAt: number },
    tokenHash: string,
  ): Promise<Member | undefined>;
  /**
   * Stores writes under the space's lock: every written row gets a new sequence number, in
   * commit order, so a puller never sees sequence n+1 before n.
   */
  push(spaceId: string, memberId: string, writes: readonly FieldWrite[]): Promise<PushResult>;
  /** Field rows with sequence > `since`, oldest first, hiding other members' private documents. */
  pull(spaceId: string, memberId: string, since: number, limit: number): Promise<PullPage>;
  close(): Promise<void>;
}
