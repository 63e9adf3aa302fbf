import { fromBase64Url, sha256Hex, verifyBytes, fingerprint } from '../crypto';
import { displayText } from '../cell';
import type { WorkbookSnapshot } from '../port';
import { cellAt } from '../port';
import { parseRange } from '../a1';
import { canonicalBytes, contentDigest, type CanonicalContent } from './canonical';
import { diffContent, type CellChange } from './diff';
import { approvedContent, locateForms, type StampableForm } from './locate';
import { signedBytes, stampBody, type Stamp } from './stamp';
import { readStampStore, type StampStore, type StoreProblem } from './store';
import { VISIBLE_MARK } from './visible';

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
  | 'key_untrusted'
  | 'signer_unknown';

export interface StampProblem {
  code: StampProblemCode;
  /** For content_changed: the cells that differ from what was approved, when the approved content is on file. */
  changes?: CellChange[];
  /** For content_changed without a readable approved copy. */
  unknownCells?: boolean;
  /** For order_violation: the role expected at this place. */
  expected?: string;
  /** For key problems: the fingerprint seen before / the other name. */
  other?: string;
}

export interface StampCheck {
  stamp: Stamp;
  /** Position in this form's chain (all rounds), 0-based. */
  index: number;
  round: number;
  /** In the current round (counts for the chain); false for history sent back by 退回修改. */
  active: boolean;
  ok: boolean;
  problems: StampProblem[];
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

export type FormProblemCode = 'visible_without_stamp' | 'visible_mismatch';

export interface FormVerification {
  anchor: string | null;
  sheet: string;
  form: string;
  title: string;
  instance?: string;
  digest: string;
  steps: StepView[];
  stamps: StampCheck[];
  /** The role that signs next, when the chain is not complete. */
  next?: string;
  complete: boolean;
  ok: boolean;
  problems: Array<{ code: FormProblemCode; role: string; cell: string }>;
}

export interface WorkbookVerification {
  forms: FormVerification[];
  /** Stamps whose form cannot be found any more (sheet or its defined name deleted). */
  orphans: Stamp[];
  store: StoreProblem[];
  stampCount: number;
  /** Every stamp valid, the stamps sheet intact and nothing orphaned. */
  ok: boolean;
}

export interface TrustedKey {
  name: string;
  fingerprint: string;
}

export interface VerifyOptions {
  /** Known signers: a stamp by a name not listed, or with another key, is flagged. */
  trusted?: TrustedKey[];
}

export async function verifyWorkbook(wb: WorkbookSnapshot, opts: VerifyOptions = {}): Promise<WorkbookVerification> {
  const store = readStampStore(wb);
  const forms = locateForms(wb);
  const keyProblems = await keyConsistency(store.stamps, opts.trusted);
  const results: FormVerification[] = [];
  const claimed = new Set<Stamp>();
  for (const f of forms) {
    const mine = store.stamps.filter((s) => f.anchor !== null && s.anchor === f.anchor);
    mine.forEach((s) => claimed.add(s));
    results.push(await verifyForm(wb, f, mine, store, keyProblems));
  }
  const orphans = store.stamps.filter((s) => !claimed.has(s));
  return {
    forms: results,
    orphans,
    store: store.problems,
    stampCount: store.stamps.length,
    ok: results.every((r) => r.ok) && !orphans.length && !store.problems.length,
  };
}

export async function verifyForm(
  wb: WorkbookSnapshot,
  f: StampableForm,
  stamps: Stamp[],
  store: StampStore,
  keyProblems: Map<Stamp, StampProblem[]> = new Map(),
): Promise<FormVerification> {
  const current = approvedContent(f);
  const digest = await contentDigest(current);
  const roles = f.def.signoff.map((s) => s.role);
  const checks: StampCheck[] = [];
  let round = 0;
  let posInRound = 0;
  let prevSig: string | null = null;
  for (let i = 0; i < stamps.length; i++) {
    const s = stamps[i];
    const problems: StampProblem[] = [...(keyProblems.get(s) ?? [])];
    if (!(await verifyBytes(s.key, safeB64(s.sig), signedBytes(stampBody(s)))))
      problems.push({ code: 'signature_invalid' });
    if ((await fingerprint(s.key)) !== s.fingerprint) problems.push({ code: 'fingerprint_mismatch' });
    const expectedPrev = prevSig === null ? null : await sha256Hex(safeB64(prevSig));
    if (s.prev !== expectedPrev) problems.push({ code: 'chain_broken' });
    if (s.form !== f.def.id) problems.push({ code: 'form_mismatch' });
    if (roles[posInRound] !== s.role) problems.push({ code: 'order_violation', expected: roles[posInRound] ?? '' });
    checks.push({ stamp: s, index: i, round, active: false, ok: false, problems });
    prevSig = s.sig;
    posInRound++;
    if (s.opinion === '退回修改') {
      round++;
      posInRound = 0;
    }
  }
  for (const c of checks) c.active = c.round === round;

  // The current round approves what the sheet holds now; a broken stamp voids every later one.
  let broken = false;
  for (const c of checks) {
    if (c.active && c.stamp.digest !== digest)
      c.problems.push({ code: 'content_changed', ...(await changedCells(c.stamp, current, store.contents, f)) });
    if (c.active && broken && !c.problems.length) c.problems.push({ code: 'after_broken' });
    c.ok = !c.problems.length;
    if (!c.ok) broken = true;
  }

  const active = checks.filter((c) => c.active);
  const lastReturn = [...checks].reverse().find((c) => c.stamp.opinion === '退回修改');
  const steps: StepView[] = f.def.signoff.map((step, j) => {
    const c = active[j];
    const base = { role: step.role, who: step.who, label: step.label, seal: step.seal };
    if (c) return { ...base, state: c.ok ? 'signed' : 'invalid', stamp: c.stamp };
    if (lastReturn && lastReturn.stamp.role === step.role && !active.length)
      return { ...base, state: 'returned', stamp: lastReturn.stamp };
    return { ...base, state: 'pending' };
  });
  const next = active.length < roles.length ? roles[active.length] : undefined;
  const problems = visibleProblems(
    wb,
    f,
    active.map((c) => c.stamp),
  );
  return {
    anchor: f.anchor,
    sheet: f.found.sheet,
    form: f.def.id,
    title: f.def.title,
    ...(f.found.instance ? { instance: f.found.instance } : {}),
    digest,
    steps,
    stamps: checks,
    next,
    complete: !next && active.length > 0 && checks.every((c) => c.ok),
    ok: checks.every((c) => c.ok) && !problems.some((p) => p.code === 'visible_without_stamp'),
    problems,
  };
}

async function changedCells(
  stamp: Stamp,
  current: CanonicalContent,
  contents: ReadonlyMap<string, CanonicalContent>,
  f: StampableForm,
): Promise<Pick<StampProblem, 'changes' | 'unknownCells'>> {
  const approved = contents.get(stamp.digest);
  // The approved copy is not signed itself: it is trusted only if it hashes to the signed digest.
  if (!approved || (await sha256Hex(canonicalBytes(approved))) !== stamp.digest) return { unknownCells: true };
  return { changes: diffContent(approved, current, f.found) };
}

/** Same name with another key, one key under two names, or a key the trust list does not know. */
async function keyConsistency(stamps: Stamp[], trusted?: TrustedKey[]): Promise<Map<Stamp, StampProblem[]>> {
  const out = new Map<Stamp, StampProblem[]>();
  const add = (s: Stamp, p: StampProblem) => out.set(s, [...(out.get(s) ?? []), p]);
  const firstKey = new Map<string, string>();
  const firstName = new Map<string, string>();
  for (const s of stamps) {
    const known = firstKey.get(s.signer);
    if (known === undefined) firstKey.set(s.signer, s.fingerprint);
    else if (known !== s.fingerprint) add(s, { code: 'signer_key_changed', other: known });
    const name = firstName.get(s.fingerprint);
    if (name === undefined) firstName.set(s.fingerprint, s.signer);
    else if (name !== s.signer) add(s, { code: 'key_shared', other: name });
    if (trusted) {
      const t = trusted.filter((k) => k.name === s.signer);
      if (!t.length) add(s, { code: 'signer_unknown' });
      else if (!t.some((k) => k.fingerprint === s.fingerprint)) add(s, { code: 'key_untrusted' });
    }
  }
  return out;
}

/**
 * The printed sign-off block against the stamps: a visible stamp with no record behind it means a record
 * was removed (or typed by hand); a record whose visible text names someone else was edited.
 */
function visibleProblems(wb: WorkbookSnapshot, f: StampableForm, active: Stamp[]): FormVerification['problems'] {
  const sheet = wb.sheets.find((s) => s.name === f.found.sheet);
  if (!sheet) return [];
  const out: FormVerification['problems'] = [];
  for (const [role, at] of Object.entries(f.found.signoff)) {
    const box = parseRange(at.valueCell);
    const text = displayText(cellAt(sheet, box.top, box.left));
    const stamp = active.find((s) => s.role === role);
    if (!stamp && text.includes(VISIBLE_MARK) && !text.startsWith('退回修改'))
      out.push({ code: 'visible_without_stamp', role, cell: at.valueCell });
    if (stamp && !text.includes(`${VISIBLE_MARK}${stamp.signer}`))
      out.push({ code: 'visible_mismatch', role, cell: at.valueCell });
  }
  return out;
}

function safeB64(s: string): Uint8Array {
  try {
    return fromBase64Url(s);
  } catch {
    return new Uint8Array();
  }
}
