import { findPack } from '../packs';
import { makeGrid } from './grid';
import { readHeaderFields } from './headerFields';
import { sheetOf } from './testSheet';

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
