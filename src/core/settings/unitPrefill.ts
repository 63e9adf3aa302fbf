import type { Pack, SampleInstance } from '../forms/pack';

/** Header fields that name the unit: 单位名称(盖章), 填报单位, 单位 … */
const isUnitField = (h: { label: string; seal: boolean; aliases: string[] }) =>
  h.seal || [h.label, ...h.aliases].some((l) => /^(填报)?单位(名称)?/.test(l));

/**
 * Blank instances of the pack's forms with the unit's name in their unit header field, for planInsert: new tables
 * start with 单位名称 filled from the workbook's unit settings. Forms without such a field are left out (blank).
 */
export function unitHeaderInstances(pack: Pack, unitName: string): SampleInstance[] {
  const name = unitName.trim();
  if (!name) return [];
  return pack.forms.flatMap((form) => {
    const fields = form.header.filter(isUnitField);
    if (!fields.length) return [];
    return [{ form: form.id, header: Object.fromEntries(fields.map((h) => [h.key, name])), rows: [] }];
  });
}
