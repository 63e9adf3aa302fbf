import fc from 'fast-check';
import { cellAddress } from '../a1';
import { displayText, isBlank } from '../cell';
import type { Form } from '../forms/schema';
import { termKey } from '../forms/termKey';
import { findPack, PACKS } from '../packs';
import { makeGrid, type Grid } from './grid';
import { fieldKeeper, fieldMatcher, LABEL_CELL, readHeaderFields, valueOf } from './headerFields';
import { sheetOf } from './testSheet';
import type { LocatedValue } from './types';
import { typedCell } from './typedSpellings';

const A3 = findPack('puyang-2012')!.forms.find((f) => f.id === 'A3')!;

describe('header fields', () => {
  it('reads a label and its value parted by a space, not a colon (姓名 张三, 单位名称（盖章）　某局)', () => {
    const grid = makeGrid(
      sheetOf('s', [
        ['单位名称（盖章）\u3000濮阳市林业局'],
        ['姓名 张三', null, '职务（岗位） 林政科科长'],
        ['岗位职责 采伐审批'],
      ]),
    );
    const h = readHeaderFields(grid, A3, 3);
    expect([h.unit.value, h.name.value, h.post.value, h.duties.value]).toEqual([
      '濮阳市林业局',
      '张三',
      '林政科科长',
      '采伐审批',
    ]);
    // A title is no label: 岗位廉政风险点登记表 names no field.
    expect(readHeaderFields(makeGrid(sheetOf('s', [['岗位廉政风险点登记表 (2012)']])), A3, 1)).toEqual({});
  });

  it('keeps a value as typed: full-width ；（： and the lines of a long field', () => {
    const grid = makeGrid(
      sheetOf('s', [
        ['职务（岗位）：股长（兼任单位：县会计核算中心）'],
        ['岗位职责：1.负责财政资金拨付；\n2.负责国库集中支付审核；\n3.负责资金调度。'],
      ]),
    );
    const h = readHeaderFields(grid, A3, 2);
    expect(h.post.value).toBe('股长（兼任单位：县会计核算中心）');
    expect(h.duties.value).toBe('1.负责财政资金拨付；\n2.负责国库集中支付审核；\n3.负责资金调度。');
  });

  it('reads several "label：value" pairs typed into one cell, and spaced-out labels', () => {
    const grid = makeGrid(
      sheetOf('s', [
        ['单位名称（盖章）：濮阳市科技局'],
        ['姓  名：张三　　职务（岗位）：科长'],
        ['岗位职责：负责项目受理'],
      ]),
    );
    const h = readHeaderFields(grid, A3, 3);
    expect(h.unit).toMatchObject({ value: '濮阳市科技局', cell: 'A1' });
    expect(h.name).toMatchObject({ value: '张三', cell: 'A2' });
    expect(h.post).toMatchObject({ value: '科长', cell: 'A2' });
    expect(h.duties.value).toBe('负责项目受理');
  });

  it('reads a label cell with its value in the next cell, past a merged label', () => {
    const grid = makeGrid(
      sheetOf(
        's',
        [
          ['姓 名', null, '李四', '职务：', '副局长'],
          ['岗位\n职责', ''],
        ],
        ['A1:B1'],
      ),
    );
    const h = readHeaderFields(grid, A3, 2);
    expect(h.name).toMatchObject({ value: '李四', cell: 'C1' });
    expect(h.post).toMatchObject({ value: '副局长', cell: 'E1' });
    expect(h.duties.value).toBeNull();
    expect(h.unit).toBeUndefined();
  });

  it.each([
    ['单位名称：濮阳市科学技术局（盖章）', '濮阳市科学技术局'],
    ['单位名称（盖章）：濮阳市科学技术局　　　　　　　　2012年5月20日', '濮阳市科学技术局'],
    ['单位名称（盖章）：濮阳市科学技术局　　2012年 5月 20日', '濮阳市科学技术局'],
    ['单位：合水县财政局　　　　年　　月　　日', '合水县财政局'],
    ['填报单位：濮阳市科学技术局                 填报时间：2012年5月20日', '濮阳市科学技术局'],
    ['单位名称（盖章）：濮阳市科学技术局办公室    联系人：张三   电话：0393-4411223', '濮阳市科学技术局办公室'],
    ['单位名称：濮阳市 科学技术局', '濮阳市 科学技术局'],
  ])('reads the unit of 「%s」 without what else the line holds', (line, unit) => {
    const h = readHeaderFields(makeGrid(sheetOf('s', [[line]])), A3, 1);
    expect(h.unit).toMatchObject({ value: unit, cell: 'A1' });
  });

  it('takes a unit typed in the cell beside its label without its seal note, and never another label’s cell', () => {
    const h = readHeaderFields(makeGrid(sheetOf('s', [['单位名称：', '濮阳市科学技术局（公章）']])), A3, 1);
    expect(h.unit).toMatchObject({ value: '濮阳市科学技术局', cell: 'B1' });
    const blank = readHeaderFields(
      makeGrid(sheetOf('s', [['单位名称(盖章)：', null, null, null, null, '填表日期：2012.5.20']])),
      A3,
      1,
    );
    expect(blank.unit?.value ?? null).toBeNull();
  });

  it('joins 职务 and 岗位 typed as two fields into the plan’s one 职务(岗位), as its label joins them', () => {
    const rows = [
      ['姓  名', '周 立新', '职  务', '副局长'],
      ['岗  位', '分管科技项目'],
    ];
    expect(readHeaderFields(makeGrid(sheetOf('s', rows)), A3, 2).post).toEqual({
      value: '副局长（分管科技项目）',
      cell: 'D1',
    });
    // Typed the other way round, and in one cell each: the same order as the label.
    const inCells = [['岗位：分管科技项目'], ['职务：副局长']];
    expect(readHeaderFields(makeGrid(sheetOf('s', inCells)), A3, 2).post?.value).toBe('副局长（分管科技项目）');
    // The same word twice, or one of them blank: nothing joined.
    const once = [['职务：副局长'], ['职务(岗位)：副局长'], ['岗位：']];
    expect(readHeaderFields(makeGrid(sheetOf('s', once)), A3, 3).post?.value).toBe('副局长');
  });

  it('keeps a long field (岗位职责) whole, colons and dates inside it too', () => {
    const text = '岗位职责：负责项目受理 审核：初审材料 2012年起兼管档案';
    const h = readHeaderFields(makeGrid(sheetOf('s', [[text]])), A3, 1);
    expect(h.duties.value).toBe('负责项目受理 审核：初审材料 2012年起兼管档案'); // as typed, full-width colon kept
  });
});

/** readHeaderFields as written before it kept each row's label cells and passed over cells no label opens. */
function plainHeaderFields(grid: Grid, form: Form, lastRow: number): Record<string, LocatedValue> {
  const m = fieldMatcher(form);
  const out: Record<string, LocatedValue> = {};
  if (!form.header.length) return out;
  const long = (key: string) => form.header.find((f) => f.key === key)?.long ?? false;
  const keep = fieldKeeper(form, out);
  for (let r = 1; r <= lastRow; r++) {
    const w = grid.width(r);
    for (let c = 1; c <= w; c++) {
      const k = grid.term(r, c);
      if (!grid.key(r, c)) continue;
      const whole = m.keys.get(k);
      if (whole) {
        if (!keep.open(whole, k)) continue;
        let vc = grid.mergeRight(r, c) + 1;
        while (vc <= w && isBlank(grid.at(r, vc))) vc++;
        const next = vc <= w ? grid.at(r, vc) : null;
        if (vc <= w && !m.keys.has(grid.term(r, vc)) && !(typeof next === 'string' && LABEL_CELL.test(next)))
          keep.put(whole, k, {
            value: typeof next === 'string' ? valueOf(next, long(whole)) : next,
            cell: cellAddress(r, vc),
          });
        else keep.put(whole, k, { value: null, cell: cellAddress(r, grid.mergeRight(r, c) + 1) });
        continue;
      }
      const typed = displayText(grid.at(r, c));
      const text = typed.normalize('NFKC');
      const source = text.length === typed.length ? typed : text;
      const hits = /[:：]/.test(text) ? [...text.matchAll(m.inCell)] : [m.spaced.exec(text)].filter((h) => h !== null);
      hits.forEach((h, i) => {
        const term = termKey(h[1]);
        const key = m.keys.get(term);
        if (!key || !keep.open(key, term)) return;
        const end = i + 1 < hits.length ? hits[i + 1].index : text.length;
        keep.put(key, term, {
          value: valueOf(source.slice(h.index + h[0].length, end), long(key)),
          cell: cellAddress(r, c),
          inCell: true,
        });
      });
    }
  }
  return out;
}

describe('header fields, looked for only where a label can be', () => {
  const forms = PACKS.flatMap((p) => p.forms);

  it('are found as looking at every cell finds them, for every form, on the same sheet', () => {
    fc.assert(
      fc.property(fc.array(fc.array(typedCell, { maxLength: 6 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const grid = makeGrid(sheetOf('s', rows));
        for (const form of forms)
          expect(readHeaderFields(grid, form, rows.length)).toEqual(plainHeaderFields(grid, form, rows.length));
      }),
      { numRuns: 300 },
    );
  });

  it('a cell where some label is typed with its colon is always one to look at', () => {
    fc.assert(
      fc.property(typedCell, fc.constantFrom(...forms), (cell, form) => {
        const text = displayText(cell).normalize('NFKC');
        const m = fieldMatcher(form);
        if ([...text.matchAll(m.inCell)].length) expect(m.mayHold.test(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
