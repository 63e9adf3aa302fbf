import type { Op } from '../ops';
import type { Issue, ValidationReport } from './types';

/**
 * The fixes validation is sure of (canonical spellings, numbers stored as text, typed dates), as one batch of ops:
 * a 一键规范 button applies them. `pick` narrows them (by sheet, code or severity).
 */
export function fixOps(report: Pick<ValidationReport, 'issues'>, pick: (i: Issue) => boolean = () => true): Op[] {
  const seen = new Set<string>();
  const ops: Op[] = [];
  for (const i of report.issues) {
    if (!i.fix || !pick(i)) continue;
    const at = `${i.sheet}!${i.cell}`;
    if (seen.has(at)) continue;
    seen.add(at);
    ops.push(i.fix);
  }
  return ops;
}
