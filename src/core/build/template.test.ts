import type { CellValue } from '../cell';
import { META_SHEET } from '../meta/schema';
import type { Op } from '../ops';
import { findPack } from '../packs';
import type { WorkbookSnapshot } from '../port';
import { planInsert } from './template';

const puyang = findPack('puyang-2012')!;
const heshui = findPack('heshui-2012')!;

/** Plays a plan's ops onto a snapshot, as a host would, so a second insert sees the first one's result. */
function apply(wb: WorkbookSnapshot, ops: Op[]): WorkbookSnapshot {
  const sheets = wb.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) }));
  const names = [...wb.names];
  for (const op of ops) {
    if (op.kind === 'addSheet')
      sheets.push({ name: op.sheet, visibility: op.visibility ?? 'visible', rows: [], merges: [] });
    else if (op.kind === 'defineName') names.push({ name: op.name, sheet: op.sheet, range: op.range });
    else if (op.kind === 'clearSheet') sheets.find((s) => s.name === op.sheet)!.rows = [];
    else if (op.kind === 'setValues' && op.at === 'A1')
      sheets.find((s) => s.name === op.sheet)!.rows = op.values as CellValue[][];
  }
  return { sheets, names };
}

const userSheet = (name: string) => ({
  name,
  visibility: 'visible' as const,
  rows: [['我的数据', 42]] as CellValue[][],
  merges: [],
});

const touched = (ops: Op[]) => new Set(ops.map((o) => ('sheet' in o ? o.sheet : '')));

describe('planInsert', () => {
  it('adds one sheet per form and the hidden identification into an empty workbook, activating the first', () => {
    const plan = planInsert({ pack: heshui });
    expect(plan.added.map((a) => a.form)).toEqual(['B1', 'B2', 'B3', 'B4', 'B5']);
    expect(plan.added.map((a) => a.anchor)).toEqual(['LF_B1_1', 'LF_B2_1', 'LF_B3_1', 'LF_B4_1', 'LF_B5_1']);
    expect(plan.clashes).toEqual([]);
    expect(plan.otherPack).toBeUndefined();
    expect(plan.ops).toContainEqual({ kind: 'addSheet', sheet: META_SHEET, visibility: 'veryHidden' });
    expect(plan.ops.at(-1)).toEqual({ kind: 'activate', sheet: plan.added[0].sheet });
  });

  it('never touches the user’s existing sheets', () => {
    const existing: WorkbookSnapshot = { sheets: [userSheet('Sheet1'), userSheet('汇总')], names: [] };
    const plan = planInsert({ pack: puyang, existing });
    const hit = touched(plan.ops);
    expect(hit.has('Sheet1') || hit.has('汇总')).toBe(false);
    expect(plan.ops.some((o) => o.kind === 'deleteSheet')).toBe(false);
    // Nor does it steal the user's view.
    expect(plan.ops.some((o) => o.kind === 'activate')).toBe(false);
  });

  it('gives a clashing name a new sheet name AND reports the clash, never overwriting', () => {
    const wanted = 'A1 岗位职责目录';
    const existing: WorkbookSnapshot = { sheets: [userSheet(wanted), userSheet('a2 职权运行目录')], names: [] };
    const plan = planInsert({ pack: puyang, existing });
    expect(plan.clashes).toEqual([
      { wanted, given: 'A1 岗位职责目录 (2)' },
      { wanted: 'A2 职权运行目录', given: 'A2 职权运行目录 (2)' },
    ]);
    expect(plan.added.map((a) => a.sheet)).toEqual([
      'A1 岗位职责目录 (2)',
      'A2 职权运行目录 (2)',
      'A3 岗位廉政风险点登记表',
    ]);
    expect(touched(plan.ops).has(wanted)).toBe(false);
  });

  it('keeps anchors unique and the identification complete when the same pack is inserted twice', () => {
    const first = planInsert({ pack: puyang });
    const wb = apply({ sheets: [], names: [] }, first.ops);
    const second = planInsert({ pack: puyang, existing: wb });
    expect(second.added.map((a) => a.anchor)).toEqual(['LF_A1_2', 'LF_A2_2', 'LF_A3_2']);
    const anchors = [...first.added, ...second.added].map((a) => a.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
    // The second run rewrites the identification sheet rather than adding a second one.
    expect(second.ops).toContainEqual({ kind: 'clearSheet', sheet: META_SHEET });
    expect(second.ops.filter((o) => o.kind === 'addSheet' && o.sheet === META_SHEET)).toEqual([]);
    const meta = JSON.parse(String(apply(wb, second.ops).sheets.find((s) => s.name === META_SHEET)!.rows[0][0]));
    expect(meta.forms.map((f: { anchor: string }) => f.anchor)).toEqual(anchors);
    // Every second-run sheet got a new name beside the first.
    expect(second.added.map((a) => a.sheet)).toEqual(first.added.map((a) => `${a.sheet} (2)`.slice(-31)));
    expect(second.clashes).toHaveLength(3);
  });

  it('reports a workbook that already belongs to another pack', () => {
    const wb = apply({ sheets: [], names: [] }, planInsert({ pack: puyang }).ops);
    const plan = planInsert({ pack: heshui, existing: wb });
    expect(plan.otherPack).toBe('puyang-2012');
    expect(planInsert({ pack: puyang, existing: wb }).otherPack).toBeUndefined();
  });

  it('inserts only the forms asked for, and one sheet per filled instance with its name', () => {
    expect(planInsert({ pack: heshui, forms: ['B3'] }).added.map((a) => a.form)).toEqual(['B3']);
    const demo = planInsert({ pack: puyang, instances: puyang.sample.instances });
    expect(demo.added.map((a) => a.sheet)).toEqual([
      'A1 岗位职责目录',
      'A2 职权运行目录',
      'A3 周立新',
      'A3 孙晓梅',
      'A3 高建平',
    ]);
    expect(demo.added.map((a) => a.anchor)).toEqual(['LF_A1_1', 'LF_A2_1', 'LF_A3_1', 'LF_A3_2', 'LF_A3_3']);
  });
});
