import type { Form } from '../forms/schema';
import type { WorkbookSnapshot } from '../port';
import type { RecognisedForm } from '../recognise/types';
import { validateWorkbook } from '../validate/run';
import { STAMPS_SHEET } from './store';

/** Validation findings that decide whether a form may be stamped. */
export interface GateFinding {
  code: string;
  cell?: string;
  message?: string;
}
export interface GateResult {
  errors: GateFinding[];
  warnings: GateFinding[];
}

/**
 * The one place stamping asks validation: errors on the form's sheet forbid 同意, warnings need the
 * signer's confirmation. Notices do not count.
 */
export function validationGate(wb: WorkbookSnapshot, form: RecognisedForm, _def: Form): GateResult {
  const report = validateWorkbook(wb, { ownSheets: [STAMPS_SHEET] });
  const mine = report.issues.filter((i) => i.sheet === form.sheet);
  const pick = (sev: 'error' | 'warning') =>
    mine.filter((i) => i.severity === sev).map((i) => ({ code: i.code, cell: i.cell, message: i.message }));
  return { errors: pick('error'), warnings: pick('warning') };
}
