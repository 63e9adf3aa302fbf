export {
  rollupWorkbook,
  rollupSheets,
  recogniseForRollup,
  unitName,
  ROLLUP_NAME_PREFIX,
  SUMMARY_SHEET,
  type RollupOptions,
  type RollupResult,
} from './rollupWorkbook';
export { riskSources, riskRows, DIMENSIONS, type RiskRow, type RiskSource } from './riskRows';
export { countFormula, criterionLiteral, criterionMatches } from './countifs';
export { sortRows } from './publishedSheets';
export { SheetWriter } from './sheetWriter';
