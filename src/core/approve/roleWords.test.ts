import { findPack } from '../packs';
import { checkIdentity } from './identity';
import type { Roster } from './roster';
import { resolveStep } from './sign';
import type { Stamp } from './stamp';

const heshuiB1 = findPack('heshui-2012')!.forms.find((f) => f.id === 'B1')!;
const FP = 'a'.repeat(64);

/** A roster of one person, as a county committee types it for all its plans. */
const roster = (roles: string[], units: string[]) =>
  ({ entries: [{ name: '王科长', fingerprint: FP, units, roles }] }) as unknown as Roster;
const stamp = { signer: '王科长', fingerprint: FP } as Stamp;

describe('one step, each plan its own word for it', () => {
  it('sign --role takes another plan’s word for a step of this form (部门负责人 → heshui’s 科室负责人)', () => {
    expect(resolveStep(heshuiB1, '部门负责人').who).toBe('科室负责人');
    expect(resolveStep(heshuiB1, '主管领导').who).toBe('分管领导');
    expect(resolveStep(heshuiB1, '科室负责人').role).toBe('deptHead');
    expect(() => resolveStep(heshuiB1, '检查人')).toThrow(expect.objectContaining({ code: 'unknown_role' }));
  });

  it('a roster naming 部门负责人 vouches for a heshui 科室负责人 stamp; 本人 does not', () => {
    const step = heshuiB1.signoff.find((s) => s.role === 'deptHead')!;
    expect(checkIdentity(roster(['部门负责人'], ['合水县财政局']), stamp, step, '合水县财政局').status).toBe('trusted');
    const self = checkIdentity(roster(['本人'], ['合水县财政局']), stamp, step, '合水县财政局');
    expect(self.problems.map((p) => p.code)).toEqual(['role_not_in_roster']);
  });

  it('a roster unit typed with its (盖章) is the unit the form names', () => {
    const step = heshuiB1.signoff.find((s) => s.role === 'deptHead')!;
    const r = roster(['科室负责人'], ['合水县财政局（盖章）']);
    expect(checkIdentity(r, stamp, step, '合水县财政局').status).toBe('trusted');
    expect(checkIdentity(r, stamp, step, '合水县教育局').problems.map((p) => p.code)).toEqual(['unit_not_in_roster']);
  });
});
