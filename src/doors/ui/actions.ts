import { LianfangError } from '../../core/errors';
import type { Pack } from '../../core/forms/pack';
import { gradeWorkbook, type GradeResult } from '../../core/grade/gradeWorkbook';
import type { WorkbookSnapshot } from '../../core/port';
import { recogniseWorkbook } from '../../core/recognise';
import { recogniseForRollup, rollupWorkbook, type RollupResult } from '../../core/rollup/rollupWorkbook';
import { highlightOps, markIssuesOps, validateWorkbookAsync, type ValidationReport } from '../../core/validate';
import type { Host } from './host';
import { errorText } from './t';
import type { StepId, StepState } from './StepList';
import type { TaskControls } from './useTask';

/** The workflow's steps as calls on a Host: each reads the workbook, asks the core, applies what it returns. */

export async function validateStep(host: Host, pack: Pack, c: TaskControls): Promise<ValidationReport> {
  const snap = await host.read(c.signal);
  const report = await validateWorkbookAsync(snap, {
    pack: pack.id,
    signal: c.signal,
    onProgress: (done, total) => c.progress(total ? done / total : 1),
  });
  // In Excel the bad cells are highlighted in place; a file also gets a 校验报告 sheet to carry with it.
  await host.apply(host.kind === 'excel' ? highlightOps(report) : markIssuesOps(report), c.signal);
  return report;
}

export interface GradeOutcome {
  grade: GradeResult;
  rollup: RollupResult;
}

export async function gradeStep(host: Host, pack: Pack, c: TaskControls): Promise<GradeOutcome> {
  const snap = await host.read(c.signal);
  const grade = gradeWorkbook(snap, recogniseWorkbook(snap, { pack: pack.id }), { pack });
  c.progress(0.4);
  await host.apply(grade.ops, c.signal);
  const graded = await host.read(c.signal);
  c.progress(0.7);
  const rollup = rollupWorkbook(graded, recogniseForRollup(graded, pack.id), { pack });
  try {
    await host.apply(rollup.ops, c.signal);
  } catch (e) {
    // The levels are in the workbook by now: the message says so, never that nothing was written.
    if (!grade.ops.length) throw e;
    throw new LianfangError('grade_written_rollup_failed', { filled: grade.counts.filled, reason: errorText(e) });
  }
  c.progress(1);
  return { grade, rollup };
}

export interface WorkflowResults {
  validate?: ValidationReport;
  grade?: GradeOutcome;
  signed?: boolean;
  reported?: boolean;
}

/** Where the user stands, from what the workbook holds and what was run in this session. */
export function stepStates(
  snap: WorkbookSnapshot | null,
  pack: Pack | undefined,
  r: WorkflowResults,
  canReport: boolean,
): Record<StepId, StepState> {
  const forms = snap && pack ? recogniseWorkbook(snap, { pack: pack.id }).forms : [];
  const rows = forms.reduce((n, f) => n + f.rows.length, 0);
  const v = r.validate;
  const g = r.grade;
  return {
    pack: pack ? 'done' : 'todo',
    insert: forms.length ? 'done' : 'todo',
    fill: rows ? 'done' : 'todo',
    validate: !v ? 'todo' : v.stats.errors ? 'error' : v.stats.warnings ? 'warning' : 'done',
    grade: !g ? 'todo' : g.grade.counts.needsReason ? 'warning' : 'done',
    sign: r.signed ? 'done' : 'todo',
    report: !canReport ? 'unavailable' : r.reported ? 'done' : 'todo',
  };
}
