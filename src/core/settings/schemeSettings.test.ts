import type { CellValue } from '../cell';
import { isLianfangError } from '../errors';
import { computeLevel } from '../grade/compute';
import { defaultThresholdRule } from '../grade/defaults';
import { GradingSchemeSchema } from '../grade/scheme';
import { message } from '../messages';
import { puyang2012 } from '../packs/puyang-2012/pack';
import type { WorkbookSnapshot } from '../port';
import { SETTINGS_SHEET, readSchemeSettings, schemeInForce, settingsSheetOps } from './schemeSettings';

const base = GradingSchemeSchema.parse({
  ...puyang2012.grading,
  factors: [...puyang2012.grading.factors, { key: 'discretion', label: '自由裁量权大小' }],
  rule: defaultThresholdRule(['discretion']),
});

/** The settings sheet as lianfang writes it, as a snapshot a user may then edit. */
function written(): CellValue[][] {
  const op = settingsSheetOps(base, false).find((o) => o.kind === 'setValues');
  if (op?.kind !== 'setValues') throw new Error('no values');
  return op.values.map((r) => [...r]);
}
const wb = (rows: CellValue[][]): WorkbookSnapshot => ({
  sheets: [{ name: SETTINGS_SHEET, visibility: 'visible', rows, merges: [] }],
  names: [],
});
const rowOf = (rows: CellValue[][], label: string) => rows.findIndex((r) => r[0] === label);
const errorText = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (isLianfangError(e)) return message(e.code, e.params);
    throw e;
  }
  throw new Error('no error');
};

it('a workbook without a settings sheet grades with the pack scheme', () => {
  const r = schemeInForce('puyang-2012', base, { sheets: [], names: [] });
  expect(r.source).toEqual({ kind: 'pack', pack: 'puyang-2012' });
});

it('reads back exactly the scheme it wrote', () => {
  const r = readSchemeSettings(wb(written()), base)!;
  expect(r.source).toEqual({ kind: 'settings', sheet: SETTINGS_SHEET });
  expect(r.scheme.rule).toEqual(base.rule);
});

it('a unit that lowers the top threshold to 12 gets 一级 for 3 × 4', () => {
  const rows = written();
  rows[rowOf(rows, '一级最低分')][1] = 12;
  const { scheme } = readSchemeSettings(wb(rows), base)!;
  const r = computeLevel(scheme, { probability: 3, impact: 4 });
  expect(r.ok && r.computed.text).toBe('发生概率 3 × 危害程度 4 = 12 ≥ 12 → 一级');
});

it.each(['１２', '12分', ' 12 '])('a threshold typed 「%s」 is 12', (typed) => {
  const rows = written();
  rows[rowOf(rows, '一级最低分')][1] = typed;
  const { scheme } = readSchemeSettings(wb(rows), base)!;
  const r = computeLevel(scheme, { probability: 3, impact: 4 });
  expect(r.ok && r.computed.level).toBe(0);
});

it('switching to 矩阵 grades by the matrix the unit typed', () => {
  const rows = written();
  rows[rowOf(rows, '规则')][1] = '矩阵';
  const first = rowOf(rows, '矩阵') + 2;
  rows[first][1] = '一级'; // 发生概率 1, 危害程度 1
  const { scheme } = readSchemeSettings(wb(rows), base)!;
  const r = computeLevel(scheme, { probability: 1, impact: 1 });
  expect(r.ok && r.computed.name).toBe('一级');
});

it('names the cell of an invalid setting', () => {
  const rows = written();
  const at = rowOf(rows, '二级最低分');
  rows[at][1] = '八';
  expect(errorText(() => readSchemeSettings(wb(rows), base))).toBe(
    `设置表「${SETTINGS_SHEET}」单元格 B${at + 1} 的值「八」无效：应为数字`,
  );
  const rows2 = written();
  const g = rowOf(rows2, '矩阵') + 3;
  rows2[g][3] = '四级';
  expect(errorText(() => readSchemeSettings(wb(rows2), base))).toContain(`单元格 D${g + 1} 的值「四级」无效`);
  const rows3 = written();
  rows3[rowOf(rows3, '上调一级')][1] = '权力很大';
  expect(errorText(() => readSchemeSettings(wb(rows3), base))).toContain('「权力很大」无效');
});

it('refuses a settings version it does not know', () => {
  const rows = written();
  rows[rowOf(rows, '版本')][1] = 9;
  expect(errorText(() => readSchemeSettings(wb(rows), base))).toContain('版本「9」不受支持');
});

it('the task pane override wins over the sheet', () => {
  const r = schemeInForce('puyang-2012', base, wb(written()), { ...base, rule: defaultThresholdRule() });
  expect(r.source).toEqual({ kind: 'override' });
  expect(r.scheme.rule.kind === 'thresholds' && r.scheme.rule.raiseWhen).toEqual([]);
});

it('a counting rule given as 规则JSON is checked and used', () => {
  const rows = written();
  const rule = {
    kind: 'criteria',
    criteria: [
      { factor: 'probability', atLeast: 4 },
      { factor: 'impact', atLeast: 4 },
      { factor: 'discretion', atLeast: 4 },
    ],
    bands: [
      { count: 2, level: 0 },
      { count: 0, level: 2 },
    ],
  };
  rows.push(['规则JSON', JSON.stringify(rule)]);
  const { scheme } = readSchemeSettings(wb(rows), base)!;
  const r = computeLevel(scheme, { probability: 4, impact: 5, discretion: 1 });
  expect(r.ok && r.computed.name).toBe('一级');
  rows[rows.length - 1][1] = JSON.stringify({ ...rule, bands: [{ count: 2, level: 7 }] });
  expect(errorText(() => readSchemeSettings(wb(rows), base))).toContain('无效');
});

it('writes which factors are scored, in the plan words, and reads them back under any spelling', () => {
  const rows = written();
  expect(rows[rowOf(rows, '计分因素')][1]).toBe('发生概率×危害程度');
  for (const typed of ['可能性 × 严重程度', '概率*危害', '发生概率、危害程度（1-5分）', '几率x后果严重程度']) {
    rows[rowOf(rows, '计分因素')][1] = typed;
    const { scheme } = readSchemeSettings(wb(rows), base)!;
    expect([typed, scheme.rule.kind === 'thresholds' && scheme.rule.of]).toEqual([typed, ['probability', 'impact']]);
  }
});

it('a third factor in the score is used, written back without a 5 × 5 matrix, and read back the same', () => {
  const rows = written();
  rows[rowOf(rows, '计分因素')][1] = '可能性×严重程度×自由裁量权';
  rows[rowOf(rows, '一级最低分')][1] = 40;
  rows[rowOf(rows, '二级最低分')][1] = 12;
  rows[rowOf(rows, '上调一级')][1] = '无';
  const { scheme } = readSchemeSettings(wb(rows), base)!;
  const r = computeLevel(scheme, { probability: 3, impact: 3, discretion: 5 });
  expect(r.ok && r.computed.text).toBe('发生概率 3 × 危害程度 3 × 自由裁量权大小 5 = 45 ≥ 40 → 一级');
  const again = settingsSheetOps(scheme, true).find((o) => o.kind === 'setValues');
  if (again?.kind !== 'setValues') throw new Error('no values');
  const rewritten = again.values.map((x) => [...x]);
  expect(rowOf(rewritten, '矩阵')).toBe(-1);
  expect(rewritten[rowOf(rewritten, '计分因素')][1]).toBe('发生概率×危害程度×自由裁量权大小');
  expect(readSchemeSettings(wb(rewritten), base)!.scheme.rule).toEqual(scheme.rule);
});

it('reads items as a clerk retypes them: spaces, full-width, colons, Ⅰ级, 最低分值, ≥ written >= or 达到', () => {
  const rows = written();
  rows[rowOf(rows, '一级最低分')][0] = 'Ⅰ级 最低分值：';
  rows[rowOf(rows, '二级最低分')][0] = '二级分值下限';
  rows[rowOf(rows, 'Ⅰ级 最低分值：')][1] = 12;
  rows[rowOf(rows, '计分方式')][0] = '计分方式：';
  rows[rowOf(rows, '计分方式：')][1] = '乘 积';
  rows[rowOf(rows, '上调一级')][0] = '上调一级（条件）';
  rows[rowOf(rows, '上调一级（条件）')][1] = '裁量权>=4 或 自由裁量权大小达到５分';
  const { scheme } = readSchemeSettings(wb(rows), base)!;
  expect(scheme.rule.kind === 'thresholds' && [scheme.rule.bands, scheme.rule.raiseWhen]).toEqual([
    [
      { min: 12, level: 0 },
      { min: 8, level: 1 },
      { min: 1, level: 2 },
    ],
    [
      { factor: 'discretion', atLeast: 4 },
      { factor: 'discretion', atLeast: 5 },
    ],
  ]);
  rows[rowOf(rows, '二级分值下限')][0] = '四级最低分';
  expect(errorText(() => readSchemeSettings(wb(rows), base))).toContain('「四级最低分」无效：没有这个等级');
  const rows2 = written();
  rows2[rowOf(rows2, '计分因素')][1] = '发生概率×权力大小';
  expect(errorText(() => readSchemeSettings(wb(rows2), base))).toContain('「发生概率×权力大小」无效');
});
