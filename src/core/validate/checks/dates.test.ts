import { dates } from './dates';
import { runCheck, sheet, where } from './testing';

it('reads typed dates and serials with a notice, and refuses others (D3 日期)', () => {
  const s = sheet('承诺', [
    ['承诺人', '日期'],
    ['甲', { date: '2024-05-25' }],
    ['乙', '2024年5月25日'],
    ['丙', 45437],
    ['丁', '五月'],
    ['戊', '2024年2月30日'],
  ]);
  const issues = runCheck(dates, 'school-2010', [s], { overrides: { 承诺: 'D3' } });
  expect(where(issues)).toEqual(['date_normalised@B3', 'date_normalised@B4', 'date_invalid@B5', 'date_invalid@B6']);
  expect(issues[0].fix).toMatchObject({ values: [[{ date: '2024-05-25' }]] });
});

it('a pledge typed as text: an impossible date is found at its line, with no fix that would erase the label', () => {
  const s = sheet('承诺书', [
    ['廉政承诺书'],
    ['我承诺：……'],
    ['承诺人：张三'],
    ['日期：2010年2月30日'],
    ['签订：2010年3月1日'],
  ]);
  const issues = runCheck(dates, 'school-2010', [s]);
  expect(where(issues)).toEqual(['date_invalid@A4']);
  expect(issues[0].fix).toBeUndefined();
  // A right date typed as text in a pledge is left alone (no 「改为日期格式」 notice).
  const ok = { ...s, rows: s.rows.map((r) => [String(r[0]).replace('2月30日', '3月1日')]) };
  expect(runCheck(dates, 'school-2010', [ok])).toEqual([]);
});
