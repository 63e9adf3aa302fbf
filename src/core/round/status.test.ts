import type { Consolidation, UnitReport } from '../consolidate/consolidate';
import { findPack } from '../packs';
import type { FormHandedIn } from './handedIn';
import { roundStatus } from './status';

const puyang = findPack('puyang-2012')!;

const unit = (name: string, forms: FormHandedIn[]): UnitReport => ({
  file: `${name}.xlsx`,
  unit: name,
  pack: puyang.id,
  counts: {},
  total: 0,
  unlevelled: 0,
  forms,
});
const form = (id: string, rows: number, signoff?: FormHandedIn['signoff'], instance?: string): FormHandedIn => ({
  form: id,
  sheet: `${id}${instance ?? ''}`,
  rows,
  ...(instance ? { instance } : {}),
  ...(signoff ? { signoff } : {}),
});
const sealed = { complete: true, ok: true };
const c = (units: UnitReport[]): Consolidation => ({
  pack: puyang.id,
  levels: [],
  categories: [],
  units,
  missing: [],
  unexpected: [],
  duplicates: [],
  unreadable: [],
  noUnit: [],
  total: {},
  grandTotal: 0,
  unlevelled: 0,
});

describe('who is late in a round (puyang: A2 by 5月25日, A1+A2 by 6月28日, sealed A3 by 8月26日)', () => {
  const units = [
    unit('甲局', [form('A1', 3, sealed), form('A2', 2, sealed), form('A3', 3, sealed, '张三')]),
    // A3 of 李四 stamped by 本人 and 部门负责人 only; 王五's A3 has a stamp that no longer verifies.
    unit('乙局', [
      form('A1', 3, sealed),
      form('A2', 2, sealed),
      form('A3', 3, { complete: false, next: 'leader', ok: true }, '李四'),
      form('A3', 2, { complete: false, next: 'deptHead', ok: false }, '王五'),
    ]),
    // A2 inserted but left empty: not handed in.
    unit('丙局', [form('A1', 3), form('A2', 0)]),
  ];

  it('as of 9月1日: every shortfall named, days counted from each date', () => {
    const st = roundStatus(c(units), { pack: puyang, year: 2025 }, '2025-09-01', ['甲局', '乙局', '丙局', '丁局']);
    expect(st.chase.map((x) => [x.unit, x.deadline, x.missing, x.daysOverdue])).toEqual([
      ['丙局', 'powers', '缺A2《职权运行目录》', 99],
      ['丁局', 'powers', '缺A2《职权运行目录》', 99],
      ['丙局', 'publish', '缺A2《职权运行目录》', 65],
      ['丁局', 'publish', '缺A1《岗位职责目录》；缺A2《职权运行目录》', 65],
      [
        '乙局',
        'register',
        'A3《岗位廉政风险点登记表》（李四）签章未完成（待主管领导签）；A3《岗位廉政风险点登记表》（王五）签章失效，须重新签章',
        6,
      ],
      ['丙局', 'register', '缺A3《岗位廉政风险点登记表》', 6],
      ['丁局', 'register', '缺A3《岗位廉政风险点登记表》', 6],
    ]);
    expect(st.units.find((u) => u.unit === '甲局')!.deadlines.every((d) => d.status === 'done')).toBe(true);
    expect(st.units.find((u) => u.unit === '丁局')!.file).toBeUndefined();
  });

  it('a unit whose file could not be read, or names no unit, is chased to send it again, not as if it sent nothing', () => {
    const withBad = c(units);
    withBad.unreadable = [{ file: '收件/2025年 丁局 自查表.xls', code: 'legacy_xls', reason: '是旧版 .xls 格式' }];
    withBad.noUnit = ['收件/戊区财政局-最新.xlsx'];
    withBad.missing = ['丁局', '戊区财政局'];
    const st = roundStatus(withBad, { pack: puyang, year: 2025 }, '2025-09-01', ['甲局', '丙局', '丁局', '戊区财政局']);
    const missing = (unit: string) => st.chase.filter((x) => x.unit === unit).map((x) => x.missing);
    expect(missing('丁局')).toHaveLength(3);
    for (const m of missing('丁局'))
      expect(m).toMatch(/^文件「收件\/2025年 丁局 自查表\.xls」似为本单位报送，但无法读取，须重新报送；缺A/);
    for (const m of missing('戊区财政局'))
      expect(m).toMatch(
        /^文件「收件\/戊区财政局-最新\.xlsx」似为本单位报送，但表中未填写单位名称，须填写后重新报送；缺A/,
      );
    // 丙局 handed in under its name: its shortfalls only.
    expect(missing('丙局').every((m) => m.startsWith('缺'))).toBe(true);
  });

  it('on the due day nothing is late yet; the day after it is one day late', () => {
    const on = roundStatus(c(units), { pack: puyang, year: 2025 }, '2025-08-26', ['乙局']);
    expect(on.chase).toEqual([]);
    expect(on.units[0].deadlines.find((d) => d.id === 'register')).toMatchObject({ status: 'pending', days: 0 });
    const after = roundStatus(c(units), { pack: puyang, year: 2025 }, '2025-08-27', ['乙局']);
    expect(after.chase.map((x) => x.daysOverdue)).toEqual([1]);
  });

  it('without a list of units, every unit that handed in is checked; an older copy of a unit is not', () => {
    const older = { ...unit('甲局', []), file: 'old.xlsx', duplicate: { newest: false, copies: 2 } };
    const st = roundStatus(c([...units, older]), { pack: puyang, year: 2025 }, '2025-09-01');
    expect(st.units.map((u) => u.unit)).toEqual(['甲局', '乙局', '丙局']);
    expect(st.units[0].deadlines.every((d) => d.status === 'done')).toBe(true);
  });
});
