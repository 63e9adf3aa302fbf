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

describe('summary lines under a table', () => {
  const D5 = findPack('school-2010')!.forms.find((f) => f.id === 'D5')!;

  it('平均分 under a 测评 table is kept apart like 合计, never read as a person', () => {
    const grid = makeGrid(
      sheetOf('s', [
        ['序号', '姓名', '职务', '测评得分'],
        [1, '刘文斌', '校长', 92],
        [2, '李明', '副校长', 81],
        ['平均分', null, null, 86.5],
      ]),
    );
    const cols = { seq: 1, name: 2, title: 3, score: 4 };
    const b = readBody(grid, D5, cols, 1, 2);
    expect(b.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(b.totals.map((r) => r.row)).toEqual([4]);
  });
});

describe('a 续表 and a second table under the first', () => {
  const A3 = findPack('puyang-2012')!.forms.find((f) => f.id === 'A3')!;
  const cols = { seq: 1, riskPoint: 2, level: 3, category: 4 };
  const heading = ['序号', '风险点表现形式', '风险等级', '风险类别'];

  it('reads on under the notes where 续表 and the heading typed again follow, as the plan allows', () => {
    const grid = makeGrid(
      sheetOf('s', [
        heading,
        [1, '违规审批', '一级', '岗位职责'],
        ['备注：本表一式三份。表格留白不够，可另续表。'],
        ['填表人：张三'],
        [],
        ['续 表'],
        heading,
        [2, '接受宴请', '二级', '思想道德'],
        ['本人签字：'],
      ]),
    );
    const b = readBody(grid, A3, cols, 1, 2);
    expect(b.rows.map((r) => r.row)).toEqual([2, 8]);
    expect(b.tableBelow).toBeUndefined();
  });

  it('never merges a second person’s table into the first: its heading row is named, unread', () => {
    const grid = makeGrid(
      sheetOf('s', [
        heading,
        [1, '违规审批', '一级', '岗位职责'],
        ['本人签字：'],
        [],
        ['岗位廉政风险点登记表'],
        ['姓名：李四', null, '职务（岗位）：科员'],
        heading,
        [1, '公车私用', '三级', '制度机制'],
      ]),
    );
    const b = readBody(grid, A3, cols, 1, 2);
    expect(b.rows.map((r) => r.row)).toEqual([2]);
    expect(b.tableBelow).toBe(7);
  });
});

describe('where the body ends', () => {
  const B2 = findPack('heshui-2012')!.forms.find((f) => f.id === 'B2')!;
  const A3 = findPack('puyang-2012')!.forms.find((f) => f.id === 'A3')!;
  const D1 = findPack('school-2010')!.forms.find((f) => f.id === 'D1')!;

  it('an opinion line merged across the table ends it: never a row of blank required cells', () => {
    const grid = makeGrid(
      sheetOf(
        's',
        [
          ['序号', '重点事项', '风险点描述', '风险类型', '风险等级', '防控措施'],
          [1, '采购审批', '化整为零规避招标', '制度机制', '一级', '集体研究'],
          ['本单位纪检组审核意见：同意。                 领导班子审核意见：同意。'],
          [2, '不应读到', '不应读到', '制度机制', '二级', '无'],
        ],
        ['A3:F3'],
      ),
    );
    const b = readBody(grid, B2, { seq: 1, keyMatter: 2, riskPoint: 3, riskType: 4, level: 5, measures: 6 }, 1, 2);
    expect(b.rows.map((r) => r.row)).toEqual([2]);
  });

  it('a trailing note typed in the first column (where A3’s risk text goes) is no risk point', () => {
    const grid = makeGrid(
      sheetOf('s', [
        ['风险点表现形式', '风险等级', '风险类别'],
        ['违规审批', '一级', '岗位职责'],
        ['不听取群众意见', '二级', '思想道德'],
        ['本表一式三份，一份本单位留存，一份用于公示。'],
        ['填表人：张三', null, '联系电话：0393-1234567'],
      ]),
    );
    const b = readBody(grid, A3, { riskPoint: 1, level: 2, category: 3 }, 1, 2);
    expect(b.rows.map((r) => r.row)).toEqual([2, 3]);
  });

  it('a section line merged across the table is skipped, and the rows under it are read', () => {
    const grid = makeGrid(
      sheetOf(
        's',
        [
          ['序号', '科室', '职级', '岗位', '姓名', '风险类型', '风险点', '风险等级'],
          ['一、校级领导'],
          [1, '校长室', '正科', '校长', '刘文斌', '岗位职责风险', '工程招标暗箱操作', '一级'],
        ],
        ['A2:H2'],
      ),
    );
    const cols = { seq: 1, dept: 2, rank: 3, post: 4, name: 5, riskType: 6, riskPoint: 7, level: 8 };
    expect(readBody(grid, D1, cols, 1, 2).rows.map((r) => r.row)).toEqual([3]);
  });
});

describe('a department’s subtotal typed where its name goes', () => {
  it.each(['救助股小计', '本股室合计', '救助股 合计', '救助股小计：2项'])(
    '「%s」 is a total line, not a row',
    (typed) => {
      const grid = makeGrid(
        sheetOf('s', [
          ['序号', '岗位名称', '职责内容'],
          [1, '主任', '全面工作'],
          [null, typed, '2项'],
          [2, '科员', '具体工作'],
        ]),
      );
      const b = readBody(grid, A1, { seq: 1, post: 2, duties: 3 }, 1, 2);
      expect(b.rows.map((r) => r.row)).toEqual([2, 4]);
      expect(b.totals.map((r) => r.row)).toEqual([3]);
    },
  );

  it('a duty that mentions a total is still a row', () => {
    const grid = makeGrid(
      sheetOf('s', [
        ['序号', '岗位名称', '职责内容'],
        [1, '会计', '负责报表合计'],
      ]),
    );
    expect(readBody(grid, A1, { seq: 1, post: 2, duties: 3 }, 1, 2).rows.map((r) => r.row)).toEqual([2]);
  });
});
