import { planInsert } from '../../src/core/build/template';
import { LianfangError } from '../../src/core/errors';
import { message } from '../../src/core/messages';
import { META_SHEET } from '../../src/core/meta/schema';
import type { Op } from '../../src/core/ops';
import { puyang2012 } from '../../src/core/packs/puyang-2012/pack';
import { applyOps } from '../../src/adapters/officejs/applyOps';
import { createFakeExcel, MB5 } from '../fakes/fakeExcel';

/** A3 filled with `n` risk points, plus the pack's other forms blank. */
type Fake = ReturnType<typeof createFakeExcel>;

/** A run whose second sync (the write, after the look at existing sheets and names) meets an Office error. */
function failSecondSync(run: Fake['run'], state: Fake['state'], code: string, afterActions = 0): Fake['run'] {
  let calls = 0;
  return (batch) =>
    run(async (ctx) => {
      const sync = ctx.sync.bind(ctx);
      ctx.sync = async () => {
        if (++calls === 2) state.failNextSync(code, afterActions);
        return sync();
      };
      return batch(ctx);
    });
}

function packPlan(n: number, text = (i: number) => `第${i}项风险点:审批环节未按规定公示`) {
  const rows = Array.from({ length: n }, (_, i) => ({ riskPoint: text(i + 1), level: '二级', category: '制度机制' }));
  return planInsert({ pack: puyang2012, instances: [{ form: 'A3', name: '张三', header: {}, rows }] });
}

describe('office-js applyOps against the strict fake', () => {
  it('writes a whole pack template and every form lands complete', async () => {
    const { state, run } = createFakeExcel();
    const plan = planInsert({ pack: puyang2012 });
    await applyOps(plan.ops, { run });
    for (const a of plan.added) {
      const s = state.sheet(a.sheet);
      const form = puyang2012.forms.find((f) => f.id === a.form)!;
      const cells = [...s.cells.values()].map((c) => c.value);
      expect(cells).toContain(form.title);
      expect(s.merges.length).toBeGreaterThan(0);
      expect(s.pageLayout.paperSize).toBe('A4');
      expect(s.pageLayout.printTitleRows).toMatch(/^\$\d+:\$\d+$/);
      expect(s.pageLayout.centerFooter).toBe('第 &P 页 共 &N 页');
      expect(s.freeze?.rows).toBeGreaterThan(0);
      expect(state.names.some((n) => n.name === a.anchor)).toBe(true);
    }
    expect(state.sheet(META_SHEET).visibility).toBe('VeryHidden');
    const a3 = state.sheet(plan.added.find((a) => a.form === 'A3')!.sheet);
    expect(a3.validations.some((v) => JSON.stringify(v.rule).includes('一级,二级,三级'))).toBe(true);
    // A2 公开形式: the plan names channels but no closed list, so its dropdown suggests and never stops an entry.
    const a2 = state.sheet(plan.added.find((a) => a.form === 'A2')!.sheet);
    const styleOf = (needle: string) =>
      (a2.validations.find((v) => JSON.stringify(v.rule).includes(needle))?.errorAlert as { style?: string })?.style;
    expect(styleOf('濮阳日报科技之光专版')).toBe('Information');
    expect(a3.validations.map((v) => (v.errorAlert as { style?: string }).style)).not.toContain('Information');
    expect(a3.conditionalFormats.map((c) => c.formula)).toEqual(
      expect.arrayContaining([expect.stringMatching(/="一级"$/)]),
    );
    // No cell of a template may hold a formula: everything lianfang writes as values is text or a number.
    for (const s of state.sheets) for (const c of s.cells.values()) expect(c.formula).toBeUndefined();
  });

  it('uses the same number of syncs for a 10-row and a 2,000-row form', async () => {
    const count = async (n: number) => {
      const { state, run } = createFakeExcel();
      const r = await applyOps(packPlan(n).ops, { run });
      expect(r.syncs).toBe(state.syncCount);
      return state.syncCount;
    };
    const small = await count(10);
    const large = await count(2000);
    expect(small).toBe(large);
    expect(small).toBe(2); // one look at existing names, one request for the whole pack
  });

  it('writes formula-looking text as text, never as a formula', async () => {
    const { state, run } = createFakeExcel();
    const hostile = [
      '=HYPERLINK("http://evil","x")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\t=1',
      "'quoted",
      '001',
      '2024-05-25',
      'TRUE',
      '#N/A',
      '-5',
    ];
    const ops: Op[] = [
      { kind: 'addSheet', sheet: '数据' },
      { kind: 'setValues', sheet: '数据', at: 'A1', values: hostile.map((h) => [h, { date: '2024-05-25' }, 7]) },
    ];
    await applyOps(ops, { run });
    hostile.forEach((h, i) => {
      const c = state.cell('数据', `A${i + 1}`)!;
      expect(c.formula).toBeUndefined();
      expect(c.value).toBe(h);
    });
    expect(state.cell('数据', 'B1')!.value).toBe(45437); // a real date serial with a date format
    expect(state.cell('数据', 'B1')!.numberFormat).toBe('yyyy-mm-dd');
    expect(state.cell('数据', 'C1')!.value).toBe(7);
  });

  it('the fake does catch an unescaped write (so the test above can fail)', async () => {
    const { state, run } = createFakeExcel();
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').values = [['=1+1', '+A1']];
      await ctx.sync();
    });
    expect(state.cell('Sheet1', 'A1')!.formula).toBe('=1+1');
    expect(state.cell('Sheet1', 'B1')!.formula).toBe('=+A1');
  });

  it('splits a huge write so each request stays under 5 MB', async () => {
    const { state, run } = createFakeExcel();
    const long = '廉'.repeat(300);
    const plan = packPlan(12000, (i) => `${i}${long}`); // ≈ 12,000 × 300 CJK characters ≈ 11 MB as UTF-8
    await applyOps(plan.ops, { run });
    const sizes = state.syncs.map((s) => s.requestBytes);
    expect(Math.max(...sizes)).toBeLessThan(MB5);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(MB5 * 2);
    const a3 = state.sheet(plan.added.find((a) => a.form === 'A3')!.sheet);
    const texts = [...a3.cells.values()].filter((c) => typeof c.value === 'string' && c.value.endsWith(long));
    expect(texts).toHaveLength(12000);
  });

  it('the fake refuses one request over 5 MB (so the test above can fail)', async () => {
    const { run } = createFakeExcel();
    const plan = packPlan(12000, (i) => `${i}${'廉'.repeat(300)}`);
    await expect(applyOps(plan.ops, { run, budget: 100 * MB5 })).rejects.toMatchObject({ code: 'officejs_too_large' });
  });

  it('cell-edit mode gives the retry message and leaves no sheet behind', async () => {
    const { state, run } = createFakeExcel();
    // The first sync (looking at existing sheets and names) passes; the write itself meets cell-edit mode.
    const plan = packPlan(10);
    const failing = failSecondSync(run, state, 'InvalidOperationInCellEditMode');
    const err = await applyOps(plan.ops, { run: failing }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LianfangError);
    expect((err as LianfangError).code).toBe('officejs_cell_edit_mode');
    const text = message((err as LianfangError).code, (err as LianfangError).params);
    expect(text).toMatch(/Enter 或 Esc/);
    expect(state.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(state.names).toEqual([]);
  });

  it('a co-authoring conflict half-way through a write is rolled back', async () => {
    const { state, run } = createFakeExcel();
    const plan = packPlan(10);
    const failing = failSecondSync(run, state, 'Conflict', 40); // 40 actions land, then the conflict
    const err = (await applyOps(plan.ops, { run: failing }).catch((e: unknown) => e)) as LianfangError;
    expect(err.code).toBe('officejs_conflict');
    expect(err.params.rolledBack).toBe(1);
    expect(message(err.code, err.params)).toMatch(/已撤回/);
    expect(state.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(state.names).toEqual([]);
  });

  it("refuses a sheet-name clash before writing and never touches the user's sheet", async () => {
    const { state, run } = createFakeExcel();
    state.addSheet('数据');
    state.type('数据', 'A1', [['我的内容']]);
    const err = (await applyOps(
      [
        { kind: 'addSheet', sheet: '新表' },
        { kind: 'addSheet', sheet: '数据' },
      ],
      { run },
    ).catch((e: unknown) => e)) as LianfangError;
    expect(err.code).toBe('officejs_sheet_exists');
    expect(err.params.sheet).toBe('数据');
    expect(state.sheets.map((s) => s.name)).toEqual(['Sheet1', '数据']);
    expect(state.cell('数据', 'A1')!.value).toBe('我的内容');
  });

  it('applies the remaining op kinds: formulas, links, notes, protection, images, delete', async () => {
    const { state, run } = createFakeExcel();
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000064000000320806000000000000000000', 'hex').toString(
      'base64',
    );
    await applyOps(
      [
        { kind: 'addSheet', sheet: '汇总', tabColor: 'FFC00000' },
        { kind: 'addSheet', sheet: '临时', visibility: 'hidden' },
        { kind: 'setFormulas', sheet: '汇总', at: 'A1', formulas: [['SUM(B1:B2)', null]], results: [[3, '=不是公式']] },
        { kind: 'link', sheet: '汇总', cell: 'A3', target: "张三's 表", text: '跳转' },
        { kind: 'note', sheet: '汇总', cell: 'A1', text: '合计' },
        {
          kind: 'style',
          sheet: '汇总',
          range: 'A1:B2',
          style: { numFmt: '0.00', bold: true, border: 'thin', locked: false },
        },
        { kind: 'protect', sheet: '汇总', unlocked: ['B1:B2'] },
        { kind: 'image', sheet: '汇总', range: 'C1:D4', pngBase64: png },
        { kind: 'deleteSheet', sheet: '临时' },
      ],
      { run },
    );
    const s = state.sheet('汇总');
    expect(s.tabColor).toBe('#C00000');
    expect(state.cell('汇总', 'A1')!.formula).toBe('=SUM(B1:B2)');
    expect(state.cell('汇总', 'B1')!.formula).toBeUndefined();
    expect(state.cell('汇总', 'B1')!.value).toBe('=不是公式');
    expect(state.cell('汇总', 'A3')!.formula).toBe(`=HYPERLINK("#'张三''s 表'!A1","跳转")`);
    expect(s.notes.get('A1')).toBe('合计');
    expect(state.cell('汇总', 'B2')!.numberFormat).toBe('0.00');
    expect(state.cell('汇总', 'B2')!.locked).toBe(false);
    expect(s.protected).toBe(true);
    expect(s.images).toHaveLength(1);
    expect(s.images[0].width! / s.images[0].height!).toBeCloseTo(2);
    expect(state.sheets.map((x) => x.name)).toEqual(['Sheet1', '汇总']);
    // Replacing and removing a note, and re-protecting, work on a second run.
    await applyOps(
      [
        { kind: 'note', sheet: '汇总', cell: 'A1', text: '新说明' },
        { kind: 'protect', sheet: '汇总' },
      ],
      { run },
    );
    expect(s.notes.get('A1')).toBe('新说明');
    await applyOps(
      [
        { kind: 'note', sheet: '汇总', cell: 'A1', text: null },
        { kind: 'unprotect', sheet: '汇总' },
      ],
      { run },
    );
    expect(s.notes.has('A1')).toBe(false);
    expect(s.protected).toBe(false);
  });
});

describe('office-js highlights', () => {
  it("marks cells and later removes exactly lianfang's rules, keeping the user's", async () => {
    const { state, run } = createFakeExcel();
    await applyOps(
      [{ kind: 'conditionalFill', sheet: 'Sheet1', range: 'A1:C9', formula: '$B1="一级"', fill: 'FFFF0000' }],
      {
        run,
      },
    );
    const cells = Array.from({ length: 600 }, (_, i) => `B${i + 1}`);
    await applyOps([{ kind: 'highlight', sheet: 'Sheet1', cells, fill: 'FFFFFF00', tag: 'lf-issue' }], { run });
    const rules = state.sheet('Sheet1').conditionalFormats;
    expect(rules.length).toBeGreaterThan(2); // 600 addresses need more than one getRanges call
    expect(rules.slice(1).every((r) => r.formula === '="lf-issue"<>""')).toBe(true);
    const before = state.syncCount;
    await applyOps([{ kind: 'clearHighlights', tag: 'lf-issue' }], { run });
    expect(state.syncCount - before).toBe(4); // look, rule types, rule formulas, delete
    expect(state.sheet('Sheet1').conditionalFormats.map((r) => r.formula)).toEqual(['=$B1="一级"']);
  });
});
