export {
  consolidate,
  combineReports,
  unreadableOf,
  unitReport,
  unitKey,
  type Consolidation,
  type ConsolidateOptions,
  type UnitInput,
  type UnitReport,
  type Counts,
} from './consolidate';
export { consolidationOps } from './consolidationSheets';
export { programmeOf, standing, standingOf, type Belonging, type Programme, type Standing } from './programme';
