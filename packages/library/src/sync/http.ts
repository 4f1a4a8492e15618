import { LibraryError } from "../errors.ts";
import { problemForStatus, type SyncProblem, syncProblem } from "./problem.ts";

/** The `fetch` the sync client uses (the platform's, or one injected by tests). */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** Thrown inside the client to carry a {@link SyncProblem} up to `syncNow`. */
export class SyncFailure {
  /**
   * @param problem what to show
   * @param hubCode the hub's error code (`invalid-change`, `stamp-from-future`…), if it said
   * @param path where in the request the hub found it (`changes[3].stamp`), if it said
   */
  constructor(
    readonly problem: SyncProblem,
    readonly hubCode?: string,
    readonly path?: string,
  ) {}
}

/** Sends one request to the hub; resolves the parsed JSON body, or throws a {@link SyncFailure}. */
export async function hubRequest(
  fetchFn: FetchLike,
  url: string,
  init: RequestInit,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchFn(url, init);
  } catch (error) {
    throw new SyncFailure(syncProblem("offline", { detail: String(error).slice(0, 200) }));
  }
  let body: unknown;
  try {
    body = response.status === 204 ? null : await response.json();
  } catch {
    throw new SyncFailure(
      syncProblem(response.ok ? "invalid-response" : problemForStatus(response.status), {
        status: response.status,
        detail: "body is not JSON",
      }),
    );
  }
  if (!response.ok) {
    const error = (body as { error?: { code?: unknown; message?: unknown; path?: unknown } } | null)
      ?.error;
    // `code: message`, e.g. "read-only: [hub] observers read but do not write — …".
    const detail =
      typeof error?.code === "string" && typeof error.message === "string"
        ? `${error.code}: ${error.message}`
        : `HTTP ${response.status}`;
    const retryAfter = Number(response.headers.get("retry-after"));
    throw new SyncFailure(
      syncProblem(problemForStatus(response.status), {
        status: response.status,
        detail,
        ...(Number.isFinite(retryAfter) && retryAfter > 0
          ? { retryAfterMs: retryAfter * 1000 }
          : {}),
      }),
      typeof error?.code === "string" ? error.code : undefined,
      typeof error?.path === "string" ? error.path : undefined,
    );
  }
  return body;
}

/** `hubUrl` without trailing slashes, checked to be http(s). */
export function baseUrl(hubUrl: string): string {
  if (!/^https?:\/\/[^/]/i.test(hubUrl)) {
    throw new LibraryError(
      "invalid-url",
      "not an http(s) URL — e.g. https://hub.example.org",
      "hubUrl",
    );
  }
  return hubUrl.replace(/\/+$/, "");
}
