import { LibraryError } from "../errors.ts";
import { baseUrl, type FetchLike, hubRequest, SyncFailure } from "./http.ts";
import type { SyncProblem } from "./problem.ts";

/** What joining a space gives: keep `token` secret, it is shown only once. */
export interface JoinedSpace {
  hubUrl: string;
  space: { id: string; name: string };
  member: { id: string; name: string; role: "admin" | "member" | "observer" };
  token: string;
}

/**
 * Joins a hub space with a single-use invite code: the hub answers the member's access token.
 *
 * @param options hub URL, invite code, the name other members will see, optional fetch
 * @returns `{ ok: true, joined }`, or `{ ok: false, error }` with a bilingual message
 *   (an unknown, used or expired code is `rejected`)
 * @example
 * ```ts
 * const r = await joinSpace({ hubUrl: "https://hub.example.org", code, name: "Ana (La Ruche)" });
 * if (r.ok) createSyncClient({ library, hubUrl: r.joined.hubUrl, space: r.joined.space.id, token: r.joined.token });
 * ```
 */
export async function joinSpace(options: {
  hubUrl: string;
  code: string;
  name: string;
  fetch?: FetchLike;
}): Promise<{ ok: true; joined: JoinedSpace } | { ok: false; error: SyncProblem }> {
  const hub = baseUrl(options.hubUrl);
  const code = options.code.trim();
  if (code === "") throw new LibraryError("invalid-document", "paste the invite code", "code");
  const fetchFn: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  try {
    const body = (await hubRequest(fetchFn, `${hub}/v1/join`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code, name: options.name }),
    })) as Omit<JoinedSpace, "hubUrl">;
    return {
      ok: true,
      joined: { hubUrl: hub, space: body.space, member: body.member, token: body.token },
    };
  } catch (error) {
    if (error instanceof SyncFailure) return { ok: false, error: error.problem };
    throw error;
  }
}
