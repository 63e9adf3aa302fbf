import { fingerprint, fromBase64Url, sha256Hex, verifyBytes } from '../crypto';
import type { Form } from '../forms/schema';
import { checkIdentity, isSelfStep } from './identity';
import { sameName, type Roster } from './roster';
import { repeatedSigners } from './signers';
import { signedBytes, stampBody, type Stamp } from './stamp';
import type { FormVerification, StampCheck, StampProblem, StepView } from './verify';

export function safeB64(s: string): Uint8Array {
  try {
    return fromBase64Url(s);
  } catch {
    return new Uint8Array();
  }
}

export interface ChainResult {
  checks: StampCheck[];
  active: StampCheck[];
  view: Pick<FormVerification, 'steps' | 'stamps' | 'next' | 'complete'>;
}

/**
 * One form's chain of stamps, wherever the stamps come from (the workbook's stamps sheet, or a report that carries
 * them): signatures, links, order, rounds, one person on two steps, identity by the roster, and the content —
 * `contentProblem` says whether an active stamp still matches what it approved (null) or what changed.
 */
export async function checkChain(
  stamps: Stamp[],
  def: Form,
  unit: string | null,
  opts: { keyProblems?: Map<Stamp, StampProblem[]>; roster?: Roster; person?: string | null },
  contentProblem: (stamp: Stamp) => Promise<Omit<StampProblem, 'code'> | null>,
): Promise<ChainResult> {
  const roles = def.signoff.map((s) => s.role);
  const checks: StampCheck[] = [];
  let round = 0;
  let posInRound = 0;
  let prevSig: string | null = null;
  for (let i = 0; i < stamps.length; i++) {
    const s = stamps[i];
    const problems: StampProblem[] = [...(opts.keyProblems?.get(s) ?? [])];
    if (!(await verifyBytes(s.key, safeB64(s.sig), signedBytes(stampBody(s)))))
      problems.push({ code: 'signature_invalid' });
    if ((await fingerprint(s.key)) !== s.fingerprint) problems.push({ code: 'fingerprint_mismatch' });
    const expectedPrev = prevSig === null ? null : await sha256Hex(safeB64(prevSig));
    if (s.prev !== expectedPrev) problems.push({ code: 'chain_broken' });
    if (s.form !== def.id) problems.push({ code: 'form_mismatch' });
    if (roles[posInRound] !== s.role) problems.push({ code: 'order_violation', expected: roles[posInRound] ?? '' });
    const step = def.signoff.find((x) => x.role === s.role);
    // 本人 signs as the person the form is for, not as anyone else.
    if (isSelfStep(step) && opts.person && !sameName(opts.person, s.signer))
      problems.push({ code: 'self_not_form_person', other: opts.person });
    const identity = checkIdentity(opts.roster, s, step, unit);
    checks.push({ stamp: s, index: i, round, active: false, ok: false, problems, notes: [], identity });
    prevSig = s.sig;
    posInRound++;
    if (s.opinion === '退回修改') {
      round++;
      posInRound = 0;
    }
  }
  for (const c of checks) c.active = c.round === round;
  const active = checks.filter((c) => c.active);
  repeatedSigners(active, def);
  // The current round approves what the form holds now; a broken stamp voids every later one.
  let broken = false;
  for (const c of checks) {
    if (c.active) {
      const changed = await contentProblem(c.stamp);
      if (changed) c.problems.push({ code: 'content_changed', ...changed });
      if (broken && !c.problems.length) c.problems.push({ code: 'after_broken' });
    }
    c.ok = !c.problems.length;
    if (!c.ok) broken = true;
  }
  const lastReturn = [...checks].reverse().find((c) => c.stamp.opinion === '退回修改');
  const steps: StepView[] = def.signoff.map((step, j) => {
    const c = active[j];
    const base = { role: step.role, who: step.who, label: step.label, seal: step.seal };
    if (c) return { ...base, state: c.ok ? 'signed' : 'invalid', stamp: c.stamp };
    if (lastReturn && lastReturn.stamp.role === step.role && !active.length)
      return { ...base, state: 'returned', stamp: lastReturn.stamp };
    return { ...base, state: 'pending' };
  });
  const next = active.length < roles.length ? roles[active.length] : undefined;
  return {
    checks,
    active,
    view: {
      steps,
      stamps: checks,
      next,
      complete: !next && active.length > 0 && checks.every((c) => c.ok),
    },
  };
}
