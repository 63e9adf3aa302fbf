import fc from 'fast-check';
import { cellAddress } from '../a1';
import { displayText, isBlank } from '../cell';
import type { Form } from '../forms/schema';
import { termKey } from '../forms/termKey';
import { findPack, PACKS } from '../packs';
import { makeGrid, type Grid } from './grid';
import { fieldMatcher, readHeaderFields } from './headerFields';
import { sheetOf } from './testSheet';
import type { LocatedValue } from './types';
import { typedCell } from './typedSpellings';

const A3 = findPack('puyang-2012')!.forms.find((f) => f.id === 'A3')!;

describe('header fields', () => {
  it('reads several "label：value" pairs typed into one cell, and spaced-out labels', () => {
    const grid = makeGrid(
      sheetOf('s', [
        ['单位名称（盖章）：濮阳市科技局'],
        ['姓  名：张三　　职务（岗位）：科长'],
        ['岗位职责：负责项目受理'],
      ]),
    );
    const h = readHeaderFields(grid, A3, 3);
    expect(h.unit).toEqual({ value: '濮阳市科技局', cell: 'A1' });
    expect(h.name).toEqual({ value: '张三', cell: 'A2' });
    expect(h.post).toEqual({ value: '科长', cell: 'A2' });
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
    expect(h.name).toEqual({ value: '李四', cell: 'C1' });
    expect(h.post).toEqual({ value: '副局长', cell: 'E1' });
    expect(h.duties.value).toBeNull();
    expect(h.unit).toBeUndefined();
  });
});

/** readHeaderFields as written before it kept each row's label cells and passed over cells no label opens. */
function plainHeaderFields(grid: Grid, form: Form, lastRow: number): Record<string, LocatedValue> {
  const m = fieldMatcher(form);
  const out: Record<string, LocatedValue> = {};
  if (!form.header.length) return out;
  const valueOf = (v: string) => {
    const t = v.replace(/[\s\u3000]+/g, ' ').trim();
    return t && !/^[(（]?\s*(?:盖章|签字|签名|公章)\s*[)）]?$/.test(t) ? t : null;
  };
  for (let r = 1; r <= lastRow; r++) {
    const w = grid.width(r);
    for (let c = 1; c <= w; c++) {
      const k = grid.term(r, c);
      if (!grid.key(r, c)) continue;
      const whole = m.keys.get(k);
      if (whole) {
        if (out[whole]) continue;
        let vc = grid.mergeRight(r, c) + 1;
        while (vc <= w && isBlank(grid.at(r, vc))) vc++;
        const next = vc <= w ? grid.at(r, vc) : null;
        if (vc <= w && !m.keys.has(grid.term(r, vc)))
          out[whole] = { value: typeof next === 'string' ? valueOf(next) : next, cell: cellAddress(r, vc) };
        else out[whole] = { value: null, cell: cellAddress(r, grid.mergeRight(r, c) + 1) };
        continue;
      }
      const text = displayText(grid.at(r, c)).normalize('NFKC');
      const hits = [...text.matchAll(m.inCell)];
      hits.forEach((h, i) => {
        const key = m.keys.get(termKey(h[1]));
        if (!key || out[key]) return;
        const end = i + 1 < hits.length ? hits[i + 1].index : text.length;
        out[key] = { value: valueOf(text.slice(h.index + h[0].length, end)), cell: cellAddress(r, c) };
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
