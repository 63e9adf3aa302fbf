import { gradeWorkbook } from '../grade/gradeWorkbook';
import type { Pack } from '../forms/pack';
import type { WorkbookSnapshot } from '../port';
import type { RecognisedForm, Recognition } from '../recognise/types';
import { recogniseLianfangSheets } from './fallbackRecognise';
import type { ReportRow, ReportStamp, ReportUnit } from './model';

/*
 * The report's seams onto the other capabilities. Each is one small function, so wiring in the
 * real recogniser, validator, grader and stamp verifier is a one-line change here.
 */

/** Forms found in a workbook. TODO(integrate): recogniseWorkbook from src/core/recognise. */
export function recogniseForReport(wb: WorkbookSnapshot, pack: Pack): Recognition {
  return recogniseLianfangSheets(wb, pack);
}

/** The validation summary of a workbook. TODO(integrate): validateWorkbook from src/core/validate. */
export function validateForReport(
  _wb: WorkbookSnapshot,
  _recognition: Recognition,
  _pack: Pack,
): ReportUnit['validation'] {
  return { checked: false, errors: 0, warnings: 0, issues: [] };
}

/** The stamps on a form with their verification. TODO(integrate): src/core/approve. */
export function stampsForReport(_wb: WorkbookSnapshot, _form: RecognisedForm, _pack: Pack): ReportStamp[] {
  return [];
}

export interface RowLevel {
  level: string | null;
  levelSource: ReportRow['levelSource'];
  monitor?: string;
}

/**
 * Each body row's level through the grading engine (gradeWorkbook: the workbook's own scheme settings,
 * an entered level stands, a blank one is computed from the factor scores), keyed by `${sheet}!${row}`.
 */
export function gradeForReport(wb: WorkbookSnapshot, recognition: Recognition, pack: Pack): Map<string, RowLevel> {
  const result = gradeWorkbook(wb, recognition, { pack, notes: false });
  const out = new Map<string, RowLevel>();
  for (const g of result.rows)
    out.set(`${g.sheet}!${g.row}`, {
      level: g.levelName ?? null,
      levelSource: g.levelName === undefined ? 'none' : g.status === 'filled' ? 'computed' : 'entered',
      ...(g.monitor ? { monitor: g.monitor } : {}),
    });
  return out;
}
