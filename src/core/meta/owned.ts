import type { WorkbookSnapshot } from '../port';

/**
 * Sheets lianfang writes for itself are never forms, wherever they appear: hidden data (every name starting
 * with _lianfang: identification, stamps, report data, unit settings), the 校验报告 and lianfang设置 sheets,
 * generated rollups (anchored by LF_ROLLUP_ defined names, so they are known even after a rename) and the 说明 and
 * flowchart sheets (LF_OWN_ names).
 * One list here, so recognition skips them for every caller instead of each caller remembering to.
 */
export const HIDDEN_SHEET_PREFIX = '_lianfang';
export const VALIDATION_REPORT_SHEET = '校验报告';
export const SETTINGS_SHEET = 'lianfang设置';
export const ROLLUP_NAME_PREFIX = 'LF_ROLLUP_';
/** Sheets lianfang draws beside the forms and keeps across rollups: the 说明 and the flowcharts. */
export const OWN_NAME_PREFIX = 'LF_OWN_';

export function ownedSheets(wb: WorkbookSnapshot): Set<string> {
  const own = new Set<string>();
  for (const s of wb.sheets)
    if (s.name.startsWith(HIDDEN_SHEET_PREFIX) || s.name === VALIDATION_REPORT_SHEET || s.name === SETTINGS_SHEET)
      own.add(s.name);
  for (const n of wb.names)
    if ((n.name.startsWith(ROLLUP_NAME_PREFIX) || n.name.startsWith(OWN_NAME_PREFIX)) && n.sheet) own.add(n.sheet);
  return own;
}
