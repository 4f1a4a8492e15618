// @pionniers/library/sync — the hub sync client: push/pull over the hub's HTTP protocol,
// injected fetch and timers, no DOM and no browser.* APIs.
export type { BackoffOptions } from "./backoff.ts";
export { backoffDelay } from "./backoff.ts";
export type {
  HubResult,
  SpaceMember,
  SyncClient,
  SyncClientOptions,
  SyncReport,
  SyncState,
  SyncStatus,
  Timers,
} from "./client.ts";
export { createSyncClient } from "./client.ts";
export type { FetchLike } from "./http.ts";
export type { JoinedSpace } from "./join.ts";
export { joinSpace } from "./join.ts";
export type { SyncNotice, SyncProblem, SyncProblemCode } from "./problem.ts";
export { hubRestoredNotice, syncProblem } from "./problem.ts";
