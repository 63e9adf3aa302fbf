/** The report workbook for the higher discipline committee (issue 7). */
export { buildReport, buildReportFromModel, type ReportOptions, type ReportPlan } from './buildReport';
export { collectUnits, reportModel, type ReportModelRequest, type ReportSource } from './collect';
export { CHUNK, REPORT_DATA_SHEET, hasReportData, readReportData, reportDataOps, splitChunks } from './hiddenData';
export * from './model';
export { COVER_SHEET } from './cover';
export { riskPoints, levelCounts, type RiskPoint } from './risks';
export { reportCounts, validationCounts, type ReportCounts } from './counts';
export { verifyReport, reportAnchors } from './verifyReport';
export { verifyAnyWorkbook } from './verifyAny';
