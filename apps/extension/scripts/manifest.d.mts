/** The manifest every browser shares. */
export function baseManifest(version: string): Record<string, unknown>;
/** Chrome's manifest: a service worker. */
export function chromeManifest(version: string): Record<string, unknown>;
/** Firefox's manifest: an event page and gecko settings. */
export function firefoxManifest(version: string): Record<string, unknown>;
