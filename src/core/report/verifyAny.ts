import { verifyWorkbook, type VerifyOptions, type WorkbookVerification } from '../approve/verify';
import { hasReportData } from './hiddenData';
import { verifyReport } from './verifyReport';

/**
 * Verifies whatever workbook a person opened, in every door: a report workbook is checked again from the stamp records
 * it carries (never its printed 核验有效); any other workbook from its own stamps sheet.
 */
export function verifyAnyWorkbook(
  wb: Parameters<typeof verifyWorkbook>[0],
  opts: VerifyOptions = {},
): Promise<WorkbookVerification> {
  return hasReportData(wb) ? verifyReport(wb, opts) : verifyWorkbook(wb, opts);
}
