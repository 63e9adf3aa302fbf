import type { Deadline } from './deadlines';
import type { Pack } from './pack';

/**
 * What a deadline that asks for signed forms asks, in the plan's words: 签字、盖章 where a form's own sign-off
 * takes the unit's seal as the plan prints it (濮阳: 单位名称(盖章)), else 签字 (合水, 杭州, 学校, 铁路 print no seal;
 * the unit line lianfang adds to a form for consolidation is no seal the plan asks for). '' for one that asks neither.
 */
export function sealWords(pack: Pack, d: Deadline): '' | '签字' | '签字、盖章' {
  if (!d.sealed) return '';
  const sealedByPlan = d.forms.some((id) => {
    const form = pack.forms.find((f) => f.id === id);
    return form?.signoff.some((s) => s.seal && !form.header.find((h) => h.key === s.field)?.derived);
  });
  return sealedByPlan ? '签字、盖章' : '签字';
}
