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
