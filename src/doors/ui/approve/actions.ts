import {
  locateForms,
  planSign,
  type Opinion,
  type SignPlan,
  type Signer,
  type VerifyOptions,
  type WorkbookVerification,
} from '../../../core/approve';
import { LianfangError } from '../../../core/errors';
import { verifyAnyWorkbook } from '../../../core/report/verifyAny';
import type { Host } from '../host';

/**
 * What the 签章 panel's props are made of, over any Host (task pane: office-js; page: ExcelJS in the browser).
 * The panel itself never calls a host.
 */
export async function verifyHost(host: Host, opts?: VerifyOptions): Promise<WorkbookVerification> {
  return verifyAnyWorkbook(await host.read(), opts);
}

export interface SignInput {
  /** The form's sheet name (as in FormVerification.sheet). */
  sheet: string;
  role: string;
  opinion: Opinion;
  text?: string;
  acceptWarnings?: boolean;
  /** The unit's seal image (PNG, base64) for a 公章 step. */
  sealPng?: string;
}

/** Reads the workbook, plans the stamp (order, validation, chain), signs with the signer's key, applies it. */
export async function signOnHost(host: Host, signer: Signer, input: SignInput): Promise<SignPlan> {
  const wb = await host.read();
  const form = locateForms(wb).find((f) => f.found.sheet === input.sheet);
  if (!form) throw new LianfangError('form_not_found', { form: input.sheet, known: '' });
  const plan = await planSign({
    wb,
    form,
    role: input.role,
    opinion: input.opinion,
    text: input.text,
    signer,
    acceptWarnings: input.acceptWarnings,
    sealPng: input.sealPng,
  });
  await host.apply(plan.ops);
  return plan;
}
