import type { Catalog } from "../model";
import { closing } from "./closing";
import { convergence } from "./convergence";
import { decision } from "./decision";
import { divergence } from "./divergence";
import { emergence } from "./emergence";
import { opening } from "./opening";

// The proposal's session formats name built-in activities: they travel with the catalog.
export { composeTemplate, type Template, type TemplateSession, templates } from "../templates";
export { activityIds, type BuiltInActivityId } from "./ids";

/**
 * The built-in catalog: activities written by the Pionniers project, in French and English,
 * under CC BY-SA 4.0 (attribute "Pionniers contributors" and share alike). Importing this
 * entry is the only way to pay for its size.
 *
 * @example
 * ```ts
 * import { catalog } from "@pionniers/pedagogy/catalog";
 * catalog.find((a) => a.id === "world-cafe")?.name.fr; // "World café"
 * ```
 */
export const catalog: Catalog = [
  ...opening,
  ...divergence,
  ...emergence,
  ...convergence,
  ...decision,
  ...closing,
];
