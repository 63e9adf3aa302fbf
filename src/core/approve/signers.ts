import type { Form } from '../forms/schema';
import { sameName } from './roster';
import type { Stamp } from './stamp';
import type { StampCheck, StampProblem } from './verify';

/** Same name with another key, or one key under two names, anywhere in the workbook. */
export async function keyConsistency(stamps: Stamp[]): Promise<Map<Stamp, StampProblem[]>> {
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
  }
  return out;
}

/** The earlier step of this round signed by the same key or the same name, if any. */
export function sameSignerBefore(
  round: readonly Stamp[],
  signer: { name: string; fingerprint: string },
  role: string,
): Stamp | undefined {
  return round.find(
    (s) => s.role !== role && (s.fingerprint === signer.fingerprint || sameName(s.signer, signer.name)),
  );
}

/**
 * One person on two steps of one chain defeats the chain (the "one key signed 本人, 部门负责人 …"). It is
 * always reported: as a note with the reason the signer gave when signing, as a problem when none was given.
 */
export function repeatedSigners(active: StampCheck[], def: Form): void {
  const who = (role: string) => def.signoff.find((s) => s.role === role)?.who ?? role;
  for (let i = 0; i < active.length; i++) {
    const s = active[i].stamp;
    const earlier = sameSignerBefore(
      active.slice(0, i).map((c) => c.stamp),
      { name: s.signer, fingerprint: s.fingerprint },
      s.role,
    );
    if (!earlier) continue;
    const reason = s.v === 2 ? s.reason : undefined;
    if (reason) active[i].notes.push({ code: 'signer_repeated_reason', other: who(earlier.role), reason });
    else active[i].problems.push({ code: 'signer_repeated', other: who(earlier.role) });
  }
}
