import { findPack } from '../../packs';
import { dates } from './dates';
import { runCheck, sheet, where } from './testing';

// No shipped form has a date column yet (D3 日期 is text): test against a pack copy whose D3 日期 is a date.
it('reads typed dates and serials with a notice, and refuses others', () => {
  const pack = findPack('school-2010')!;
  const d3 = pack.forms.find((f) => f.id === 'D3')!;
  const col = d3.columns.find((c) => c.key === 'date')!;
  const kind = col.kind;
  (col as { kind: string }).kind = 'date';
  try {
    const s = sheet('承诺', [
      ['承诺人', '日期'],
      ['甲', { date: '2024-05-25' }],
      ['乙', '2024年5月25日'],
      ['丙', 45437],
      ['丁', '五月'],
    ]);
    const issues = runCheck(dates, 'school-2010', [s], { overrides: { 承诺: 'D3' } });
    expect(where(issues)).toEqual(['date_normalised@B3', 'date_normalised@B4', 'date_invalid@B5']);
    expect(issues[0].fix).toMatchObject({ values: [[{ date: '2024-05-25' }]] });
  } finally {
    (col as { kind: string }).kind = kind;
  }
});
