import { verifyBytes, fingerprint } from '../crypto';
import type { WorkbookSnapshot } from '../port';
import { contentOf, digestOf, type ApprovedContent, type C14nVersion } from './content';
import { diffApproved, type CellChange } from './diff';
import { formUnit, personOfHeader, type IdentityCheck, type IdentityProblem } from './identity';
import { locateForms, type StampableForm } from './locate';
import { removedStamps, type RemovedStamps } from './manifest';
import type { Roster } from './roster';
import type { RosterSource } from './rosterStore';
import { checkSignoffBlock, type SignoffFinding } from './signoffBlock';
import { signedBytes, stampBody, type Stamp } from './stamp';
import { readStampStore, type StampStore, type StoreProblem } from './store';
import { keyConsistency } from './signers';
import { checkChain, safeB64 } from './chain';

export type StampProblemCode =
  | 'signature_invalid'
  | 'fingerprint_mismatch'
  | 'chain_broken'
  | 'content_changed'
  | 'after_broken'
  | 'order_violation'
  | 'form_mismatch'
  | 'signer_key_changed'
  | 'key_shared'
  | 'signer_repeated'
  | 'self_not_form_person';

export interface StampProblem {
  code: StampProblemCode;
  /** For content_changed: what differs from what was approved, when the approved content is on file. */
  changes?: CellChange[];
  /** For content_changed without a readable approved copy. */
  unknownCells?: boolean;
  /** For order_violation: the role expected at this place. */
  expected?: string;
  /** For key problems: the fingerprint seen before / the other name; for signer_repeated: the other step. */
  other?: string;
}

/** Findings that do not void a stamp but are always reported (one person on two steps, with the reason given). */
export interface StampNote {
  code: 'signer_repeated_reason';
  other: string;
  reason: string;
}

export interface StampCheck {
  stamp: Stamp;
  /** Position in this form's chain (all rounds), 0-based. */
  index: number;
  round: number;
  /** In the current round (counts for the chain); false for history sent back by 退回修改. */
  active: boolean;
  /** Signature, chain, order and content hold (the record is what was signed, and nothing changed since). */
  ok: boolean;
  problems: StampProblem[];
  notes: StampNote[];
  /** Whose key it is, by the roster (unchecked without one). */
  identity: IdentityCheck;
}

export type StepState = 'pending' | 'signed' | 'returned' | 'invalid';
export interface StepView {
  role: string;
  who: string;
  label: string;
  seal: boolean;
  state: StepState;
  stamp?: Stamp;
}

export type FormProblemCode =
  | SignoffFinding['code']
  | 'formula_in_content'
  | 'report_stamps_not_carried'
  | 'report_data_differs'
  | 'report_sheet_missing'
  | 'report_printed_differs'
  | 'report_printed_missing'
  | 'report_claims_valid';
export interface FormProblem {
  code: FormProblemCode;
  role?: string;
  cell?: string;
  expected?: string;
  now?: string;
  cells?: string[];
}

export interface FormVerification {
  anchor: string | null;
  sheet: string;
  form: string;
  title: string;
  instance?: string;
  /** The unit the form is filled for (its 单位名称), which the roster checks the signers against. */
  unit: string | null;
  steps: StepView[];
  stamps: StampCheck[];
  /** The role that signs next, when the chain is not complete. */
  next?: string;
  complete: boolean;
  /** Every stamp intact and the printed sign-off block as the stamps say (identity aside). */
  ok: boolean;
  problems: FormProblem[];
}

export interface RosterInfo {
  issuer: string;
  fingerprint: string;
  issued: string;
  source: RosterSource;
}

export interface WorkbookVerification {
  forms: FormVerification[];
  /** Stamps whose form cannot be found any more (sheet or its defined name deleted). */
  orphans: Stamp[];
  /** Forms with fewer stamps than a later stamp attests (the signed manifest). */
  removed: RemovedStamps[];
  store: StoreProblem[];
  stampCount: number;
  /** The roster identities were checked against; absent: identities not checked (签章人身份未核验). */
  roster?: RosterInfo;
  /** Every stamp intact, the stamps sheet intact, nothing orphaned or removed. */
  intact: boolean;
  /** Every stamp's signer on the roster for that step and unit (false without a roster). */
  trusted: boolean;
  /** intact, and trusted when a roster was given: what a door may call 核验有效 only when `roster` is set. */
  ok: boolean;
  /** Verified from the stamp records a report workbook carries (verify on a report). */
  report?: true;
}

export interface VerifyOptions {
  /** The signers' roster (名单): without one, every output says the identities were not checked. */
  roster?: Roster;
  rosterSource?: RosterInfo['source'];
}

/**
 * What the roster adds to an intact chain: trusted only when a roster vouches for every stamp, and a workbook
 * whose stamps the roster does not vouch for is not ok. Shared by workbooks and by the reports that carry stamps.
 */
export function rosterVerdict(all: Array<{ identity: { status: string } }>, intact: boolean, opts: VerifyOptions) {
  const trusted = !!opts.roster && all.length > 0 && all.every((c) => c.identity.status === 'trusted');
  return {
    ...(opts.roster
      ? {
          roster: {
            issuer: opts.roster.issuer.name,
            fingerprint: opts.roster.issuer.fingerprint,
            issued: opts.roster.issued,
            source: opts.rosterSource ?? 'file',
          },
        }
      : {}),
    intact,
    trusted,
    ok: intact && (!opts.roster || trusted || !all.length),
  };
}

export async function verifyWorkbook(wb: WorkbookSnapshot, opts: VerifyOptions = {}): Promise<WorkbookVerification> {
  const store = readStampStore(wb);
  const forms = locateForms(wb);
  const keyProblems = await keyConsistency(store.stamps);
  const results: FormVerification[] = [];
  const claimed = new Set<Stamp>();
  for (const f of forms) {
    const mine = store.stamps.filter((s) => f.anchor !== null && s.anchor === f.anchor);
    mine.forEach((s) => claimed.add(s));
    results.push(await verifyForm(wb, f, mine, store, { keyProblems, roster: opts.roster }));
  }
  const orphans = store.stamps.filter((s) => !claimed.has(s));
  const authentic: Stamp[] = [];
  for (const s of store.stamps) if (await authenticRecord(s)) authentic.push(s);
  const removed = removedStamps(authentic, store.stamps);
  const intact = results.every((r) => r.ok) && !orphans.length && !store.problems.length && !removed.length;
  return {
    forms: results,
    orphans,
    removed,
    store: store.problems,
    stampCount: store.stamps.length,
    ...rosterVerdict(
      results.flatMap((r) => r.stamps),
      intact,
      opts,
    ),
  };
}

/** The record is what its key signed (content and identity aside). */
async function authenticRecord(s: Stamp): Promise<boolean> {
  return (
    (await verifyBytes(s.key, safeB64(s.sig), signedBytes(stampBody(s)))) &&
    (await fingerprint(s.key)) === s.fingerprint
  );
}

export async function verifyForm(
  wb: WorkbookSnapshot,
  f: StampableForm,
  stamps: Stamp[],
  store: StampStore,
  opts: { keyProblems?: Map<Stamp, StampProblem[]>; roster?: Roster } = {},
): Promise<FormVerification> {
  const now = new Map<C14nVersion, { content: ApprovedContent; digest: string; formulas: string[] }>();
  const current = async (v: C14nVersion) => {
    if (!now.has(v)) {
      const c = contentOf(wb, f, v);
      now.set(v, { ...c, digest: await digestOf(c.content) });
    }
    return now.get(v)!;
  };
  const sheet = wb.sheets.find((s) => s.name === f.found.sheet);
  const unit = formUnit(f.def, f.found);
  const person = personOfHeader(f.def, (k) => f.found.header[k]?.value);
  const chain = await checkChain(stamps, f.def, unit, { ...opts, person }, async (stamp) => {
    const cur = await current(stamp.c14n);
    return stamp.digest === cur.digest ? null : changedCells(stamp, cur.content, store.contents, f, sheet?.formulas);
  });
  const problems: FormProblem[] = checkSignoffBlock(
    sheet,
    f,
    chain.checks.map((c) => c.stamp),
    chain.active.map((c) => c.stamp),
  );
  // A formula's cached value is what lianfang read, not necessarily what Excel prints after recalculating.
  if (chain.active.some((c) => c.stamp.v === 2)) {
    const { formulas } = await current('lianfang-c14n-2');
    if (formulas.length) problems.push({ code: 'formula_in_content', cells: formulas });
  }
  return {
    anchor: f.anchor,
    sheet: f.found.sheet,
    form: f.def.id,
    title: f.def.title,
    ...(f.found.instance ? { instance: f.found.instance } : {}),
    unit,
    ...chain.view,
    ok: chain.checks.every((c) => c.ok) && !problems.length,
    problems,
  };
}

async function changedCells(
  stamp: Stamp,
  current: ApprovedContent,
  contents: StampStore['contents'],
  f: StampableForm,
  formulas: Record<string, string> = {},
): Promise<Omit<StampProblem, 'code'>> {
  const approved = contents.get(stamp.digest);
  // The approved copy is not signed itself: it is trusted only if it hashes to the signed digest.
  if (!approved || approved.c14n !== stamp.c14n || (await digestOf(approved)) !== stamp.digest)
    return { unknownCells: true };
  // A cell made a formula after signing is named as one: its value may be a result never calculated (「」).
  const changes = diffApproved(approved, current, f.found).map((ch) =>
    ch.cell && formulas[ch.cell] !== undefined ? { ...ch, formula: formulas[ch.cell] } : ch,
  );
  return { changes };
}

export type { IdentityProblem };
