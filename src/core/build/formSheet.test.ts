import type { Pack } from '../forms/pack';
import { FormSchema, type FormInput } from '../forms/schema';
import { assessment, choice, field, level, longtext, percent, seq, step, text, yesno } from '../forms/columns';
import type { Op } from '../ops';
import { findPack } from '../packs';
import { buildFormSheet } from './formSheet';

const puyang = findPack('puyang-2012')!;
const hangzhou = findPack('hangzhou-2019')!;

const ofKind = <K extends Op['kind']>(ops: Op[], kind: K) =>
  ops.filter((o): o is Extract<Op, { kind: K }> => o.kind === kind);
const values = (ops: Op[]) => ofKind(ops, 'setValues')[0].values;

/** A small form touching every feature: header fields, level, choice, yes/no, percent, extras, sign-off. */
const TOY: FormInput = {
  id: 'Z1',
  title: '测试登记表',
  attachment: '附件9',
  kind: 'perPerson',
  header: [field('unit', '单位名称(盖章)', { seal: true }), field('name', '姓名')],
  columns: [
    seq(),
    longtext('point', '风险点', { width: 30 }),
    level('level', '风险等级'),
    choice('kind', '风险类别', ['甲', '乙']),
    yesno('done', '是否整改'),
    percent('score', '得分'),
    text('remark', '备注'),
    ...assessment([
      ['probability', '发生概率'],
      ['impact', '危害程度'],
    ]),
  ],
  signoff: [step('self', '本人', '本人签字'), step('unit', '单位', '单位意见', true)],
  footer: '备注:本表一式三份。',
  blankRows: 4,
};
const toy = FormSchema.parse(TOY);
const build = (pack: Pack = puyang, form = toy, rows?: Array<Record<string, string | number | null>>) =>
  buildFormSheet({ pack, form, sheet: 'S', anchor: 'LF_Z1_1', rows });

describe('buildFormSheet', () => {
  const { ops, layout } = build();

  it('starts by adding the sheet and writing all values in one block', () => {
    expect(ops[0]).toEqual({ kind: 'addSheet', sheet: 'S' });
    expect(ops[1].kind).toBe('setValues');
    expect(ofKind(ops, 'setValues')).toHaveLength(1);
    const v = values(ops);
    expect(v[0][0]).toBe('附件9');
    expect(v[layout.titleRow - 1][0]).toBe('测试登记表');
    expect(v[layout.headerRow - 1]).toEqual([
      '序号',
      '风险点',
      '风险等级',
      '风险类别',
      '是否整改',
      '得分',
      '备注',
      '发生概率',
      '危害程度',
      '调整理由',
    ]);
    expect(v[layout.footerRow! - 1][0]).toBe('备注:本表一式三份。');
    expect(v[layout.signoffRows.unit - 1][0]).toBe('单位意见');
    expect(String(v[layout.signoffRows.unit - 1][layout.signoffs.unit.value[0] - 1])).toContain('盖章');
  });

  it('prints the 备注 as the last line, after the sign-off blocks', () => {
    expect(layout.footerRow).toBe(layout.lastRow);
    expect(Math.max(...Object.values(layout.signoffRows))).toBe(layout.lastRow - 1);
  });

  it('prints the seal line above the grid unboxed (单位名称：(盖章)), the person’s fields boxed', () => {
    const v = values(ops);
    expect(v[layout.fieldRows.unit - 1][0]).toBe('单位名称：(盖章)');
    expect(layout.lineFields).toEqual(new Set(['unit']));
    const styles = ofKind(ops, 'style');
    const border = (r: number) => styles.some((o) => o.range.startsWith(`A${r}`) && o.style.border === 'thin');
    expect([border(layout.fieldRows.unit), border(layout.fieldRows.name)]).toEqual([false, true]);
  });

  it('draws a 颜色标识 under the title: one swatch per level in its fill, never a bare level name', () => {
    const v = values(ops);
    const row = v[layout.legendRow! - 1];
    expect(row.filter((x) => typeof x === 'string' && x.includes('色：'))).toEqual([
      '红色：一级',
      '黄色：二级',
      '蓝色：三级',
    ]);
    const fills = ofKind(ops, 'style')
      .filter((o) => o.range.endsWith(String(layout.legendRow)) && o.style.fill)
      .map((o) => o.style.fill);
    expect(fills).toEqual(puyang.grading.levels.map((l) => l.fill));
    expect(
      build(puyang, FormSchema.parse({ ...TOY, columns: [seq(), text('x', '事项')] })).layout.legendRow,
    ).toBeUndefined();
  });

  it('merges the title over the printed table only, and each header field / sign-off into label and value', () => {
    const merges = ofKind(ops, 'merge').map((m) => m.range);
    expect(merges).toContain(`A${layout.titleRow}:G${layout.titleRow}`);
    const { row: r, label, value } = layout.fields.name;
    expect(label[0]).toBe(1);
    if (label[1] > 1) expect(merges).toContain(`A${r}:${String.fromCharCode(64 + label[1])}${r}`);
    expect(merges).toContain(`${String.fromCharCode(64 + value[0])}${r}:G${r}`);
    expect(merges).toContain(`A${layout.footerRow}:G${layout.footerRow}`);
  });

  it('puts a dropdown on every enumerated column and limits on scores, over the body only', () => {
    const body = (col: string) => `${col}${layout.bodyStart}:${col}${layout.bodyEnd}`;
    const byRange = Object.fromEntries(ofKind(ops, 'validation').map((v) => [v.range, v.rule]));
    expect(byRange).toEqual({
      // 风险点 and 备注 have no limits: their cells only say whether they must be filled.
      [body('B')]: { type: 'any' },
      [body('G')]: { type: 'any' },
      [body('C')]: { type: 'list', values: ['一级', '二级', '三级'] },
      [body('D')]: { type: 'list', values: ['甲', '乙'] },
      [body('E')]: { type: 'list', values: ['是', '否'] },
      [body('F')]: { type: 'decimal', min: 0, max: 100 },
      [body('H')]: { type: 'whole', min: 1, max: 5 },
      [body('I')]: { type: 'whole', min: 1, max: 5 },
    });
  });

  it('says in every cell of the plan’s table whether it must be filled (the required-column policy)', () => {
    const body = (col: string) => `${col}${layout.bodyStart}:${col}${layout.bodyEnd}`;
    const prompts = Object.fromEntries(ofKind(ops, 'validation').map((v) => [v.range, v.prompt]));
    expect(prompts[body('B')]).toBe('必填。');
    expect(prompts[body('C')]).toBe('必填。');
    expect(prompts[body('G')]).toBe('选填。');
    // lianfang's own assessment columns keep their own prompt only.
    expect(prompts[body('H')]).toBe('请填写 1–5 的整数');
  });

  it('colours the row by level: one rule per level with the pack’s fill, anchored on the level column', () => {
    const fills = ofKind(ops, 'conditionalFill');
    expect(fills.map((f) => [f.formula, f.fill])).toEqual(
      puyang.grading.levels.map((l) => [`$C${layout.bodyStart}="${l.name}"`, l.fill]),
    );
    expect(new Set(fills.map((f) => f.range))).toEqual(new Set([`A${layout.bodyStart}:J${layout.bodyEnd}`]));
  });

  it('adds no colour rules to a form without a level', () => {
    expect(
      ofKind(
        buildFormSheet({ pack: puyang, form: puyang.forms[0], sheet: 'S', anchor: 'LF_A1_1' }).ops,
        'conditionalFill',
      ),
    ).toEqual([]);
  });

  it('freezes the header, prints A4 fit to width with title rows repeated, and leaves the extras out of the print area', () => {
    expect(ofKind(ops, 'freeze')).toEqual([{ kind: 'freeze', sheet: 'S', rows: layout.headerRow, columns: 0 }]);
    const [setup] = ofKind(ops, 'pageSetup');
    expect(setup.setup).toEqual({
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: true,
      titleRows: `${layout.titleRow}:${layout.headerRow}`,
      printArea: `A1:G${layout.lastRow}`,
      footer: '&C第 &P 页 共 &N 页',
    });
    expect(ofKind(ops, 'defineName')).toEqual([
      { kind: 'defineName', name: 'LF_Z1_1', sheet: 'S', range: `$A$${layout.titleRow}` },
    ]);
  });

  it('prints landscape when the plan’s table is wide, unless the form says otherwise', () => {
    const wide = FormSchema.parse({ ...TOY, columns: [...TOY.columns, longtext('more', '更多', { width: 60 })] });
    expect(ofKind(build(puyang, wide).ops, 'pageSetup')[0].setup.orientation).toBe('landscape');
    const upright = FormSchema.parse({ ...TOY, columns: wide.columns, orientation: 'portrait' });
    expect(ofKind(build(puyang, upright).ops, 'pageSetup')[0].setup.orientation).toBe('portrait');
  });

  it('keeps text that looks like a formula as text', () => {
    const v = values(build(puyang, toy, [{ point: '=HYPERLINK("x")', level: '一级' }]).ops);
    expect(v[layout.bodyStart - 1][1]).toBe('=HYPERLINK("x")');
  });

  it('leaves empty rows room to write by hand', () => {
    const h = Object.fromEntries(ofKind(ops, 'rowHeight').map((o) => [o.row, o.height]));
    for (let r = layout.bodyStart; r <= layout.bodyEnd; r++) expect(h[r]).toBeGreaterThanOrEqual(30);
  });

  it('shrinks empty rows so a blank form fits one page where it can, never below 20 pt', () => {
    const b2 = findPack('heshui-2012')!.forms.find((f) => f.id === 'B2')!;
    const r = buildFormSheet({ pack: puyang, form: b2, sheet: 'S', anchor: 'LF_B2_1' });
    const h = new Map(ofKind(r.ops, 'rowHeight').map((o) => [o.row, o.height]));
    let total = 0;
    for (let row = 1; row <= r.layout.lastRow; row++) total += h.get(row) ?? 15;
    expect(total).toBeLessThanOrEqual(595 - 94 - 20); // one landscape A4 page, printed at full scale
    expect(h.get(r.layout.bodyStart)).toBeGreaterThan(20);
    const many = FormSchema.parse({ ...TOY, blankRows: 80 });
    const m = build(puyang, many);
    const rows = ofKind(m.ops, 'rowHeight').filter((o) => o.row >= m.layout.bodyStart && o.row <= m.layout.bodyEnd);
    expect(new Set(rows.map((o) => o.height))).toEqual(new Set([20]));
  });

  it('makes rows tall enough for long text and the pledge', () => {
    const long = '很长的风险点描述'.repeat(12);
    const r = build(puyang, toy, [{ point: long }, { point: '短' }]);
    const h = Object.fromEntries(ofKind(r.ops, 'rowHeight').map((o) => [o.row, o.height]));
    expect(h[r.layout.bodyStart]).toBeGreaterThan(3 * h[r.layout.bodyStart + 1]);
  });
});

describe('buildFormSheet on grouped forms (hangzhou 排查类别)', () => {
  const c1 = hangzhou.forms.find((f) => f.id === 'C1')!;

  /** The number a row shows inside 主要廉政风险 (its cell format "n、"@), by body row. */
  const shownNumbers = (ops: Op[], layout: { bodyStart: number; bodyEnd: number }) => {
    const fmt = new Map(
      ofKind(ops, 'style')
        .filter((o) => o.style.numFmt && /^B\d+$/.test(o.range))
        .map((o) => [Number(o.range.slice(1)), o.style.numFmt]),
    );
    const out: Array<string | undefined> = [];
    for (let r = layout.bodyStart; r <= layout.bodyEnd; r++) out.push(fmt.get(r));
    return out;
  };

  it('gives a blank template every group in the plan’s order, merged down, numbered 1、2、 inside 主要廉政风险', () => {
    const { ops, layout } = buildFormSheet({ pack: hangzhou, form: c1, sheet: 'S', anchor: 'LF_C1_1' });
    const v = values(ops);
    expect(v[layout.headerRow - 1].slice(0, 5)).toEqual([
      '排查类别',
      '主要廉政风险',
      '风险类别',
      '责任部门',
      '责任领导',
    ]);
    const body = v.slice(layout.bodyStart - 1, layout.bodyEnd);
    const groups = body.map((r) => r[0]);
    expect([...new Set(groups)]).toEqual(c1.groups);
    expect(shownNumbers(ops, layout)).toEqual(c1.groups!.flatMap(() => ['"1、"@', '"2、"@']));
    const merges = ofKind(ops, 'merge').map((m) => m.range);
    c1.groups!.forEach((_, i) => {
      const top = layout.bodyStart + 2 * i;
      expect(merges).toContain(`A${top}:A${top + 1}`);
    });
  });

  it('puts filled rows under their group, numbers them within it, and drops groups a department left out', () => {
    const rows = [
      { checkCategory: '纪律作风类', risk: '接受宴请', level: '低' },
      { checkCategory: '权力运行类', risk: '违规审批', level: '高' },
      { checkCategory: '权力运行类', risk: '以罚代管', level: '中' },
    ];
    const { ops, layout } = buildFormSheet({ pack: hangzhou, form: c1, sheet: 'S', anchor: 'LF_C1_1', rows });
    const body = values(ops).slice(layout.bodyStart - 1, layout.bodyEnd);
    expect(body.map((r) => [r[0], r[1]])).toEqual([
      ['权力运行类', '违规审批'],
      ['权力运行类', '以罚代管'],
      ['纪律作风类', '接受宴请'],
    ]);
    // The value stays the risk's own words; the number is the cell's format.
    expect(shownNumbers(ops, layout)).toEqual(['"1、"@', '"2、"@', '"1、"@']);
    const merges = ofKind(ops, 'merge').map((m) => m.range);
    expect(merges).toContain(`A${layout.bodyStart}:A${layout.bodyStart + 1}`);
    expect(merges).not.toContain(`A${layout.bodyStart + 2}:A${layout.bodyStart + 2}`);
  });

  it('prints no bottom block for a signature the plan puts in the header (单位主要负责人(签字))', () => {
    const { ops, layout } = buildFormSheet({ pack: hangzhou, form: c1, sheet: 'S', anchor: 'LF_C1_1' });
    expect(layout.signoffRows).toEqual({});
    const v = values(ops);
    const row = v[layout.fieldRows.head - 1];
    expect(row.filter((x) => x === '单位主要负责人(签字)：')).toHaveLength(1);
    expect(row[0]).toBe('填报单位：'); // the plan prints both on one line
    expect(layout.lastRow).toBe(layout.footerRow);
  });
});
