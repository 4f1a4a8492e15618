// @pionniers/pedagogy — the curated public face. The built-in catalog is NOT imported here:
// it lives behind "@pionniers/pedagogy/catalog", so composing with your own catalog costs
// nothing more.
export type { Agenda, Slot, SlotKind } from "./agenda";
export { type AgendaRequest, composeAgenda } from "./compose-agenda";
export {
  type CatalogIssue,
  isPedagogyError,
  PedagogyError,
  type PedagogyErrorCode,
} from "./errors";
export { type ActivityQuery, findActivities } from "./find-activities";
export {
  type Activity,
  type Catalog,
  type Lang,
  labels,
  type Phase,
  type Practice,
  type Principle,
  phases,
  practices,
  principles,
  type Range,
  type Setting,
  type Step,
  settings,
  type Text,
} from "./model";
export { renderHtml, renderMarkdown } from "./render";
export { moveSlot, removeSlot, resizeSlot, retimeAgenda } from "./retime";
export { ActivitySchema, CatalogSchema } from "./schema";
export type { Template, TemplateSession } from "./templates";
export { catalogIssues, mergeCatalogs, validateCatalog } from "./validate-catalog";
