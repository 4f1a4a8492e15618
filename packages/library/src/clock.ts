import { LibraryError } from "./errors.ts";

/**
 * A hybrid-logical-clock stamp: `WWWWWWWWWWWWW-CCCC-replica` — wall-clock milliseconds (13
 * digits), a counter (4 digits) and the replica id. Plain string comparison orders stamps
 * causally, then by time, then by replica, so `a > b` means "a is newer".
 */
export type Stamp = string;

/** A hybrid logical clock for one replica, made by {@link createClock}. */
export interface Clock {
  /** The replica this clock stamps for. */
  readonly replicaId: string;
  /** The last stamp issued or received. */
  readonly last: Stamp;
  /** Issues a new stamp, greater than every stamp issued or received before. */
  next(): Stamp;
  /**
   * Advances the clock past a remote stamp, so that the next local stamp is newer.
   * Throws a `stamp-from-future` {@link LibraryError} when the stamp is more than the allowed
   * drift (24 h) ahead of the local wall clock, and an `invalid-change` one when it is no stamp.
   */
  receive(stamp: Stamp): void;
}

/** Options of {@link createClock}. */
export interface ClockOptions {
  /** How far ahead of the local wall clock a received stamp may be, in ms (default 24 h). */
  maxDriftMs?: number;
  /** A stamp this replica issued in an earlier session, so stamps stay monotonic. */
  last?: Stamp;
}

/** Default maximum drift: 24 hours. */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;
const MAX_COUNTER = 9999;
const MAX_WALL = 9_999_999_999_999;

/** Replica ids: 1 to 64 letters, digits, `_` or `-`. */
export const REPLICA_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** Stamps as written by {@link createClock}. */
export const STAMP_PATTERN = /^\d{13}-\d{4}-[A-Za-z0-9_-]{1,64}$/;

/**
 * Formats a stamp from its parts.
 *
 * @param wall wall-clock milliseconds
 * @param counter logical counter (0–9999)
 * @param replicaId replica id
 * @returns the sortable stamp string
 * @example
 * ```ts
 * formatStamp(1732822345123, 0, "laptop"); // "1732822345123-0000-laptop"
 * ```
 */
export function formatStamp(wall: number, counter: number, replicaId: string): Stamp {
  return `${String(wall).padStart(13, "0")}-${String(counter).padStart(4, "0")}-${replicaId}`;
}

/**
 * Reads a stamp's parts, or throws an `invalid-change` {@link LibraryError}.
 *
 * @param stamp a stamp string
 * @returns wall-clock ms, counter and replica id
 * @example
 * ```ts
 * parseStamp("1732822345123-0002-laptop"); // { wall: 1732822345123, counter: 2, replicaId: "laptop" }
 * ```
 */
export function parseStamp(stamp: Stamp): { wall: number; counter: number; replicaId: string } {
  if (typeof stamp !== "string" || !STAMP_PATTERN.test(stamp)) {
    throw new LibraryError(
      "invalid-change",
      `not a stamp: ${JSON.stringify(String(stamp).slice(0, 80))} — expected "WWWWWWWWWWWWW-CCCC-replica"`,
      "stamp",
    );
  }
  return {
    wall: Number(stamp.slice(0, 13)),
    counter: Number(stamp.slice(14, 18)),
    replicaId: stamp.slice(19),
  };
}

/**
 * Creates a hybrid logical clock: stamps are strings that sort in causal-then-time order and
 * stay monotonic even when the wall clock goes backwards.
 *
 * @param replicaId this replica's id (1–64 of `A-Z a-z 0-9 _ -`)
 * @param now the wall clock in ms (default `Date.now`; inject one in tests)
 * @param options maximum accepted drift, last stamp of an earlier session
 * @returns the clock
 * @example
 * ```ts
 * const clock = createClock("laptop");
 * const a = clock.next();
 * clock.receive("1732822345123-0000-phone");
 * const b = clock.next(); // b > a and b > the phone's stamp
 * ```
 */
export function createClock(
  replicaId: string,
  now: () => number = Date.now,
  options: ClockOptions = {},
): Clock {
  if (typeof replicaId !== "string" || !REPLICA_ID_PATTERN.test(replicaId)) {
    throw new LibraryError(
      "invalid-id",
      `replica id ${JSON.stringify(String(replicaId).slice(0, 80))} must be 1–64 letters, digits, "_" or "-"`,
      "replicaId",
    );
  }
  const maxDrift = options.maxDriftMs ?? MAX_DRIFT_MS;
  let wall = 0;
  let counter = 0;
  if (options.last !== undefined) {
    const p = parseStamp(options.last);
    wall = p.wall;
    counter = p.counter;
  }
  const bump = (): void => {
    if (counter >= MAX_COUNTER) {
      wall += 1;
      counter = 0;
    } else counter += 1;
  };
  return {
    replicaId,
    get last() {
      return formatStamp(wall, counter, replicaId);
    },
    next() {
      const physical = Math.min(Math.floor(now()), MAX_WALL);
      if (physical > wall) {
        wall = physical;
        counter = 0;
      } else bump();
      return formatStamp(wall, counter, replicaId);
    },
    receive(stamp) {
      const remote = parseStamp(stamp);
      const physical = Math.min(Math.floor(now()), MAX_WALL);
      if (remote.wall > physical + maxDrift) {
        const hours = ((remote.wall - physical) / 3_600_000).toFixed(1);
        throw new LibraryError(
          "stamp-from-future",
          `stamp ${stamp} is ${hours} h ahead of this replica's clock (limit ${maxDrift / 3_600_000} h) — fix the sender's clock, then send again`,
          "stamp",
        );
      }
      if (physical > wall && physical > remote.wall) {
        wall = physical;
        counter = 0;
      } else if (remote.wall > wall) {
        wall = remote.wall;
        counter = remote.counter;
        bump();
      } else if (remote.wall === wall) {
        counter = Math.max(counter, remote.counter);
        bump();
      } else bump();
    },
  };
}
