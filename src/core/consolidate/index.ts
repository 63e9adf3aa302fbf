export {
  consolidate,
  combineReports,
  unreadableOf,
  unitReport,
  type Consolidation,
  type ConsolidateOptions,
  type UnitInput,
  type UnitReport,
  type Counts,
} from './consolidate';
export { consolidationOps } from './consolidationSheets';
export { unitKey } from '../normalise/unit';
export { programmeOf, standing, standingOf, type Belonging, type Programme, type Standing } from './programme';
