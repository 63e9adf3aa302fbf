import { DEFAULT_TALK_THRESHOLD } from '../forms/planRules';
import { append } from '../append';
import { LianfangError, isLianfangError } from '../errors';
import type { Pack } from '../forms/pack';
import { findPack } from '../packs';
import { message } from '../messages';
import type { WorkbookSnapshot } from '../port';
import { recogniseWorkbook, REPORT_SHEET, type RecogniseOptions } from '../recognise/recognise';
import type { Recognition } from '../recognise/types';
import { CHECKS } from './checks';
import { issueAt } from './issue';
import { recognitionIssues } from './recognitionIssues';
import { schemeInForce } from '../settings/schemeSettings';
import { columnNumber } from '../a1';
import type { FormContext, Issue, ValidateSettings, ValidationReport } from './types';

export interface ValidateOptions extends RecogniseOptions {
  /** D5 廉政谈话 threshold (default 60). */
  talkThreshold?: number;
  /** Rows checked between two progress reports / yields to the UI (default 2000). */
  chunkRows?: number;
  /** Called after each chunk: rows checked so far of all rows. */
  onProgress?: (done: number, total: number) => void;
  /** Stops the work between chunks (validateWorkbookAsync only); it then rejects with code `validation_cancelled`. */
  signal?: AbortSignal;
}

const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 } as const;

/**
 * The whole validation as steps: each yield is a chunk done, so the async runner can report progress, give the
 * UI a moment and stop when cancelled, while the sync runner just runs it through.
 */
function* steps(wb: WorkbookSnapshot, opts: ValidateOptions, out: { report?: ValidationReport }): Generator<number> {
  const recognition = recogniseWorkbook(wb, opts);
  const issues: Issue[] = [];
  const pack = withSchemeInForce(wb, recognition.pack ? findPack(recognition.pack) : undefined, issues);
  const settings: ValidateSettings = { talkThreshold: opts.talkThreshold ?? DEFAULT_TALK_THRESHOLD };
  const chunk = Math.max(100, opts.chunkRows ?? 2000);
  const contexts: FormContext[] = [];
  if (pack)
    for (const rf of recognition.forms) {
      const form = pack.forms.find((f) => f.id === rf.form)!;
      const present = form.columns
        .filter((c) => rf.columns[c.key] !== undefined)
        .map((col) => ({ col, at: rf.columns[col.key] }));
      contexts.push({ pack, form, rf, present, settings, sheet: wb.sheets.find((s) => s.name === rf.sheet) });
    }
  const total = contexts.reduce((n, c) => n + c.rf.rows.length, 0);
  opts.onProgress?.(0, total);
  yield 0;
  let done = 0;
  let sinceYield = 0;
  const rowChecks = CHECKS.filter((c) => c.scope === 'row');
  for (const ctx of contexts) {
    const rows = ctx.rf.rows;
    for (let i = 0; i < rows.length; i++) {
      for (let k = 0; k < rowChecks.length; k++) {
        const found = rowChecks[k].run(ctx, rows[i], i);
        for (let j = 0; j < found.length; j++) issues.push(found[j]);
      }
      done++;
      if (++sinceYield >= chunk) {
        sinceYield = 0;
        opts.onProgress?.(done, total);
        yield done;
      }
    }
    for (const check of CHECKS) if (check.scope === 'form') append(issues, check.run(ctx));
  }
  append(issues, recognitionIssues(wb, recognition));
  if (pack)
    for (const check of CHECKS)
      if (check.scope === 'workbook') append(issues, check.run({ pack, forms: contexts, settings }));
  if (!contexts.length) {
    const first = wb.sheets.find((s) => s.visibility === 'visible');
    issues.push(
      issueAt('no_forms_found', 'error', { sheet: first?.name ?? '', row: 1, column: 1 }, null, {
        candidates: (recognition.packCandidates ?? []).join('、'),
      }),
    );
  }
  opts.onProgress?.(total, total);
  out.report = report(wb, recognition, contexts, sortIssues(wb, issues));
}

/**
 * The pack with the grading scheme in force: the unit's settings sheet where it has one, so validation computes
 * the levels that grading gives. A settings sheet that cannot be read is an error at its cell, and the plan's own
 * scheme is used meanwhile.
 */
function withSchemeInForce(wb: WorkbookSnapshot, pack: Pack | undefined, issues: Issue[]): Pack | undefined {
  if (!pack) return pack;
  try {
    const { scheme, source } = schemeInForce(pack.id, pack.grading, wb);
    return source.kind === 'pack' ? pack : { ...pack, grading: scheme };
  } catch (e) {
    if (!isLianfangError(e)) throw e;
    const p = e.params ?? {};
    const m = /^([A-Z]+)(\d*)$/.exec(String(p.cell ?? ''));
    const where = { sheet: String(p.sheet ?? ''), row: m?.[2] ? Number(m[2]) : 1, column: m ? columnNumber(m[1]) : 1 };
    issues.push(issueAt(e.code, 'error', where, (p.value as string | undefined) ?? null, p));
    return pack;
  }
}

/** Validates a workbook in one go (CLI, tests, small workbooks). */
export function validateWorkbook(wb: WorkbookSnapshot, opts: ValidateOptions = {}): ValidationReport {
  const out: { report?: ValidationReport } = {};
  for (const _ of steps(wb, opts, out));
  return out.report!;
}

/** Validates in chunks, yielding to the event loop between them: progress via onProgress, cancel via signal. */
export async function validateWorkbookAsync(
  wb: WorkbookSnapshot,
  opts: ValidateOptions = {},
): Promise<ValidationReport> {
  const out: { report?: ValidationReport } = {};
  const cancelled = () => new LianfangError('validation_cancelled');
  if (opts.signal?.aborted) throw cancelled();
  for (const _ of steps(wb, opts, out)) {
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (opts.signal?.aborted) throw cancelled();
  }
  return out.report!;
}

function sortIssues(wb: WorkbookSnapshot, issues: Issue[]): Issue[] {
  const order = new Map(wb.sheets.map((s, i) => [s.name, i]));
  return issues.sort(
    (a, b) =>
      (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) ||
      a.row - b.row ||
      a.column - b.column ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}

function report(wb: WorkbookSnapshot, r: Recognition, contexts: FormContext[], issues: Issue[]): ValidationReport {
  const titled = new Set(issues.filter((i) => i.code === 'sheet_titled_unread').map((i) => i.sheet));
  const count = (s: Issue['severity']) => issues.filter((i) => i.severity === s).length;
  const errors = count('error');
  return {
    valid: errors === 0 && contexts.length > 0,
    pack: r.pack ?? null,
    ...(r.packCandidates ? { packCandidates: r.packCandidates } : {}),
    ...(r.betterPack ? { betterPack: r.betterPack } : {}),
    forms: contexts.map(({ form, rf }) => ({
      form: rf.form,
      title: form.title,
      sheet: rf.sheet,
      rows: rf.rows.length,
      how: rf.how,
      ...(rf.instance ? { instance: rf.instance } : {}),
    })),
    skipped: r.skipped.map((s) => ({
      ...s,
      message: message(titled.has(s.sheet) ? 'skipped_titled' : `skipped_${s.reason}`, {
        sheet: s.sheet,
        candidates: (s.candidates ?? []).join('、'),
      }),
    })),
    stats: {
      errors,
      warnings: count('warning'),
      notices: count('notice'),
      rows: contexts.reduce((n, c) => n + c.rf.rows.length, 0),
    },
    issues,
    reportSheetPresent: wb.sheets.some((s) => s.name === REPORT_SHEET),
  };
}
