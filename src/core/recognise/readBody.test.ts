import { findPack } from '../packs';
import { makeGrid } from './grid';
import { readBody } from './readBody';
import { sheetOf } from './testSheet';

const C1 = findPack('hangzhou-2019')!.forms.find((f) => f.id === 'C1')!;
const A1 = findPack('puyang-2012')!.forms.find((f) => f.id === 'A1')!;

describe('table body', () => {
  it('applies a vertically merged category to every row it covers', () => {
    const grid = makeGrid(
      sheetOf(
        's',
        [
          ['排查类别', '序号', '主要廉政风险', '风险类别'],
          ['议事决策类', 1, '未经集体研究', '高'],
          [null, 2, '会议记录不全', '中'],
          ['权力运行类', 1, '审批不规范', '低'],
        ],
        ['A2:A3'],
      ),
    );
    const b = readBody(grid, C1, { checkCategory: 1, seq: 2, risk: 3, level: 4 }, 1, 2);
    expect(b.rows.map((r) => r.cells.checkCategory)).toEqual(['议事决策类', '议事决策类', '权力运行类']);
  });

  it('takes a one-cell group heading row (一、议事决策类) as the category of the rows under it', () => {
    const grid = makeGrid(
      sheetOf('s', [
        ['排查类别', '序号', '主要廉政风险', '风险类别'],
        ['一、议事决策类'],
        [null, 1, '未经集体研究', '高'],
      ]),
    );
    const b = readBody(grid, C1, { checkCategory: 1, seq: 2, risk: 3, level: 4 }, 1, 2);
    expect(b.rows).toEqual([
      { row: 3, cells: { checkCategory: '议事决策类', seq: 1, risk: '未经集体研究', level: '高' } },
    ]);
  });

  it('ends at 备注, skips pre-numbered blank rows, keeps 合计 rows apart', () => {
    const grid = makeGrid(
      sheetOf('s', [
        ['序号', '岗位名称', '职责内容'],
        [1, '主任', '全面工作'],
        [2, null, null],
        ['合计', null, null],
        [],
        ['备注：本表一式三份'],
        [3, '科员', '不应读到'],
      ]),
    );
    const b = readBody(grid, A1, { seq: 1, post: 2, duties: 3 }, 1, 2);
    expect(b.rows.map((r) => r.row)).toEqual([2]);
    expect(b.totals.map((r) => r.row)).toEqual([4]);
    expect(b.bodyEnd).toBe(4);
  });
});
