import type { Issue, Severity, ValidationReport } from './types';

export interface SheetIssues {
  sheet: string;
  counts: Record<Severity, number>;
  /** Issues of the sheet by severity, each in sheet order (row, then column). */
  bySeverity: Record<Severity, Issue[]>;
}

/** Issues grouped by sheet (workbook order) and severity, with counts: what the pane, the page and the CLI list. */
export function groupIssues(report: Pick<ValidationReport, 'issues'>): SheetIssues[] {
  const out = new Map<string, SheetIssues>();
  for (const i of report.issues) {
    let g = out.get(i.sheet);
    if (!g) {
      g = {
        sheet: i.sheet,
        counts: { error: 0, warning: 0, notice: 0 },
        bySeverity: { error: [], warning: [], notice: [] },
      };
      out.set(i.sheet, g);
    }
    g.counts[i.severity]++;
    g.bySeverity[i.severity].push(i);
  }
  return [...out.values()];
}
