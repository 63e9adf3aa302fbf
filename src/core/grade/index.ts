export {
  computeLevel,
  describeRule,
  requiredFactors,
  type ComputedLevel,
  type ComputeOutcome,
  type FactorValues,
} from './compute';
export { readFactors } from './factors';
export { matchLevel, levelNames } from './levels';
export {
  gradeWorkbook,
  type GradeOptions,
  type GradeResult,
  type RowGrade,
  type RowGradeStatus,
} from './gradeWorkbook';
export { GradingSchemeSchema, type GradingScheme, type GradingSchemeInput, type GradingRule } from './scheme';
export { defaultThresholdRule, LEVEL_FILLS } from './defaults';
