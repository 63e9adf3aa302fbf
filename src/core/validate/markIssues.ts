import { displayText, type CellValue } from '../cell';
import { message } from '../messages';
import type { Op } from '../ops';
import { REPORT_SHEET } from '../recognise/recognise';
import type { Issue, Severity, ValidationReport } from './types';

/** The tag on every highlight rule validation adds; clearHighlights with it removes exactly those. */
export const HIGHLIGHT_TAG = 'lianfang-validate';

/** Soft fills by severity (black text stays readable). */
export const SEVERITY_FILLS: Record<Severity, string> = { error: 'FFFF9999', warning: 'FFFFE08A', notice: 'FFCCE5FF' };

/** Cells per highlight rule: keeps each rule's range list short enough for every host. */
const CELLS_PER_RULE = 400;

/**
 * Highlights the cells with issues, worst severity per cell, through tagged conditional-format rules: the cells'
 * own formatting is never written, so `clearHighlightOps()` restores it exactly (the task pane's second click).
 */
export function highlightOps(report: ValidationReport): Op[] {
  const worst = new Map<string, Map<string, Severity>>();
  const rank = { error: 0, warning: 1, notice: 2 } as const;
  for (const i of report.issues) {
    if (!i.sheet) continue;
    const cells = worst.get(i.sheet) ?? worst.set(i.sheet, new Map()).get(i.sheet)!;
    const had = cells.get(i.cell);
    if (!had || rank[i.severity] < rank[had]) cells.set(i.cell, i.severity);
  }
  const ops: Op[] = clearHighlightOps();
  for (const [sheet, cells] of worst)
    for (const severity of ['notice', 'warning', 'error'] as const) {
      const list = [...cells].filter(([, s]) => s === severity).map(([c]) => c);
      for (let i = 0; i < list.length; i += CELLS_PER_RULE)
        ops.push({
          kind: 'highlight',
          sheet,
          cells: list.slice(i, i + CELLS_PER_RULE),
          fill: SEVERITY_FILLS[severity],
          tag: HIGHLIGHT_TAG,
        });
    }
  return ops;
}

/** Removes validation's highlights from every sheet, leaving the user's own formatting as it was. */
export const clearHighlightOps = (): Op[] => [{ kind: 'clearHighlights', tag: HIGHLIGHT_TAG }];

/**
 * For the page's downloaded copy: the bad cells highlighted and a 校验报告 sheet listing every issue.
 * Re-running on a marked copy replaces both (the old report sheet is deleted, old highlights cleared).
 */
export function markIssuesOps(report: ValidationReport): Op[] {
  const ops = highlightOps(report);
  if (report.reportSheetPresent) ops.push({ kind: 'deleteSheet', sheet: REPORT_SHEET });
  const headings = message('validate_report_headings').split('|');
  const rows: CellValue[][] = [
    [message('validate_report_title')],
    [
      message('validate_report_summary', {
        pack: report.pack ?? '—',
        rows: report.stats.rows,
        errors: report.stats.errors,
        warnings: report.stats.warnings,
        notices: report.stats.notices,
      }),
    ],
    headings,
    ...report.issues.map((i: Issue, n): CellValue[] => [
      n + 1,
      i.sheet,
      i.cell,
      message(`severity_${i.severity}`),
      i.message,
      displayText(i.value),
      i.code,
    ]),
  ];
  const width = headings.length;
  const grid = rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
  ops.push(
    { kind: 'addSheet', sheet: REPORT_SHEET, tabColor: 'FFC00000' },
    { kind: 'setValues', sheet: REPORT_SHEET, at: 'A1', values: grid },
    { kind: 'style', sheet: REPORT_SHEET, range: 'A1', style: { bold: true, size: 14 } },
    { kind: 'style', sheet: REPORT_SHEET, range: `A3:G3`, style: { bold: true, fill: 'FFD9D9D9', border: 'thin' } },
    { kind: 'columnWidths', sheet: REPORT_SHEET, widths: [6, 16, 8, 6, 70, 20, 22] },
    { kind: 'freeze', sheet: REPORT_SHEET, rows: 3, columns: 0 },
  );
  if (report.issues.length)
    ops.push({
      kind: 'style',
      sheet: REPORT_SHEET,
      range: `E4:E${report.issues.length + 3}`,
      style: { wrap: true, v: 'top' },
    });
  return ops;
}
