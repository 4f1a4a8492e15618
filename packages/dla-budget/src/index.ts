export type { Avoid, EventKind, Move, ScheduledEvent, ScheduleOptions } from "./calendar.ts";
export type { CSVOptions } from "./csv.ts";
export { estimateToCSV, paymentsToCSV, scheduleToCSV } from "./csv.ts";
export type { DlaBudgetErrorCode } from "./errors.ts";
export { DlaBudgetError, isDlaBudgetError } from "./errors.ts";
export type { Estimate, EstimateLine } from "./estimate.ts";
export { estimate } from "./estimate.ts";
export type { FrenchHolidaysOptions, Holiday } from "./holidays.ts";
export { frenchHolidays } from "./holidays.ts";
export type { ICSOptions } from "./ics.ts";
export { toICS } from "./ics.ts";
export type {
  Bilingual,
  Duration,
  Expert,
  FinalReport,
  Instalment,
  Milestone,
  Mission,
  MonthlyRule,
  RemotePackage,
  Session,
  SessionKind,
  Slot,
  Vat,
} from "./mission.ts";
export type { Lang } from "./money.ts";
export { allocate, formatMoney, formatPercent } from "./money.ts";
export type { Payment } from "./payments.ts";
export { payments } from "./payments.ts";
export { proposalMission } from "./proposal.ts";
export { schedule } from "./schedule.ts";
