export { validateWorkbook, validateWorkbookAsync, type ValidateOptions } from './run';
export { markIssuesOps, highlightOps, clearHighlightOps, HIGHLIGHT_TAG, SEVERITY_FILLS } from './markIssues';
export { CHECKS } from './checks';
export { planRulesOf, type PlanRules } from './planRules';
export type { Issue, Severity, ValidationReport, Check, RowCheck, FormCheck, WorkbookCheck } from './types';
export { groupIssues, type SheetIssues } from './group';
export { REPORT_SHEET } from '../recognise/recognise';
export { fixOps } from './fixes';
