import { isBlank } from '../cell';
import type { WorkbookVerification } from '../approve/verify';
import type { Pack } from '../forms/pack';
import type { Form } from '../forms/schema';
import type { RecognisedForm } from '../recognise/types';

/** One filled form in a unit's workbook, as the committee needs it to tell what was handed in. */
export interface FormHandedIn {
  form: string;
  sheet: string;
  /** The person or department a per-person form is for. */
  instance?: string;
  /** Rows the unit filled (rows the plan prints itself, B5's 十有 items, count only once something is entered). */
  rows: number;
  /** Its sign-off chain, where the form has one. */
  signoff?: {
    /** Every step signed, every stamp valid. */
    complete: boolean;
    /** Who signs next, when not complete. */
    next?: string;
    /** No stamp is broken. */
    ok: boolean;
  };
}

/** Rows the unit filled in: for forms that print rows of their own, a row counts once a column they leave empty is filled. */
function filledRows(form: Form, rf: RecognisedForm): number {
  if (!form.presetRows.length) return rf.rows.length;
  const printed = new Set(form.presetRows.flatMap((r) => Object.keys(r)));
  return rf.rows.filter((r) => Object.entries(r.cells).some(([k, v]) => !printed.has(k) && !isBlank(v))).length;
}

/**
 * Every form of the pack a unit's workbook holds, with its filled rows and the state of its sign-off chain.
 * A form lianfang cannot anchor a stamp to (a hand-typed sheet never stamped) has an incomplete chain.
 */
export function formsHandedIn(
  pack: Pack,
  forms: readonly RecognisedForm[],
  verification: WorkbookVerification | undefined,
): FormHandedIn[] {
  const out: FormHandedIn[] = [];
  for (const rf of forms) {
    const def = pack.forms.find((f) => f.id === rf.form);
    if (!def || rf.pack !== pack.id) continue;
    const entry: FormHandedIn = {
      form: rf.form,
      sheet: rf.sheet,
      ...(rf.instance ? { instance: rf.instance } : {}),
      rows: filledRows(def, rf),
    };
    if (def.signoff.length) {
      const v = verification?.forms.find((f) => f.sheet === rf.sheet && f.form === rf.form);
      entry.signoff = v
        ? { complete: v.complete, ...(v.next ? { next: v.next } : {}), ok: v.ok }
        : { complete: false, next: def.signoff[0].role, ok: true };
    }
    out.push(entry);
  }
  return out;
}
