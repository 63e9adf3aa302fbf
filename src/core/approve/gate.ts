import type { Form } from '../forms/schema';
import type { RecognisedForm } from '../recognise/types';

/** Validation findings that decide whether a form may be stamped. */
export interface GateFinding {
  code: string;
  cell?: string;
}
export interface GateResult {
  errors: GateFinding[];
  warnings: GateFinding[];
}

/**
 * The one place stamping asks validation. Until src/core/validate lands it finds nothing; the doors may
 * pass their own result to planSign meanwhile.
 */
export function validationGate(_form: RecognisedForm, _def: Form): GateResult {
  return { errors: [], warnings: [] };
}
