import type { CellValue } from '../../cell';
import { findPack } from '../../packs';
import type { WorkbookSnapshot } from '../../port';
import { recogniseWorkbook } from '../../recognise/recognise';
import type { Check, FormContext, Issue } from '../types';

/** Test helper: a sheet typed as rows, for check tests. */
export const sheet = (name: string, rows: CellValue[][], merges: string[] = []) => ({
  name,
  visibility: 'visible' as const,
  rows,
  merges,
});

/** Test helper: recognises the sheets under `pack` and runs one check over them, as the runner would. */
export function runCheck(
  check: Check,
  pack: string,
  sheets: ReturnType<typeof sheet>[],
  opts: { talkThreshold?: number; overrides?: Record<string, string> } = {},
): Issue[] {
  const wb: WorkbookSnapshot = { sheets, names: [] };
  const p = findPack(pack)!;
  const r = recogniseWorkbook(wb, { pack, overrides: opts.overrides });
  const settings = { talkThreshold: opts.talkThreshold ?? 60 };
  const forms: FormContext[] = r.forms.map((rf) => {
    const form = p.forms.find((f) => f.id === rf.form)!;
    const present = form.columns
      .filter((c) => rf.columns[c.key] !== undefined)
      .map((col) => ({ col, at: rf.columns[col.key] }));
    return { pack: p, form, rf, present, settings, sheet: sheets.find((s) => s.name === rf.sheet) };
  });
  if (check.scope === 'workbook') return check.run({ pack: p, forms, settings });
  if (check.scope === 'form') return forms.flatMap((f) => check.run(f));
  return forms.flatMap((f) => f.rf.rows.flatMap((row, i) => check.run(f, row, i)));
}

/** code@cell for compact assertions. */
export const where = (issues: Issue[]) => issues.map((i) => `${i.code}@${i.cell}`);
