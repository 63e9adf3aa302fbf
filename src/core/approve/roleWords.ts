import { PACKS } from '../packs';
import { sameName } from './roster';

/**
 * Every word the packs print for each sign-off role: puyang's 部门负责人 and heshui's 科室负责人 are one step
 * (deptHead), as 主管领导 and 分管领导 are (leader). A county committee issues one roster for several plans and a
 * signer types the word their own plan uses: either word names the step.
 */
let words: Map<string, string[]> | undefined;

export function roleWords(role: string): readonly string[] {
  if (!words) {
    words = new Map();
    for (const p of PACKS)
      for (const f of p.forms)
        for (const s of f.signoff) {
          const list = words.get(s.role) ?? words.set(s.role, []).get(s.role)!;
          for (const w of [s.who, s.label]) if (!list.includes(w)) list.push(w);
        }
  }
  return words.get(role) ?? [];
}

/** Whether `word` (a roster's 环节, a --role) names the step of role id `role`, in any plan's words. */
export const namesRole = (word: string, role: string): boolean =>
  word.trim() === role || roleWords(role).some((w) => sameName(w, word));
