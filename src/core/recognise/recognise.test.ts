import type { CellValue } from '../cell';
import { recogniseWorkbook } from './recognise';
import { sheetOf, workbookOf } from './testSheet';

const a1 = sheetOf(
  '岗位目录',
  [
    [],
    [],
    ['附件1'],
    ['濮阳市科技局 岗位职责目录'],
    ['单位名称（盖章）：濮阳市科技局'],
    ['序 号', '岗位\n名称', '职责内容', '办理主体', '设定依据', '备注'],
    [1, '办公室主任', '日常运转', '办公室', '三定方案', null],
    [],
    [],
  ],
  ['A4:F4'],
);
const notes = sheetOf('说明', [['填表说明：'], ['一、本表由各科室填写']]);
const other = sheetOf('通讯录', [
  ['姓名', '电话'],
  ['张三', '123'],
]);

describe('recogniseWorkbook', () => {
  it('finds a hand-typed form by its title and heading, and says why other sheets were skipped', () => {
    const r = recogniseWorkbook(workbookOf(notes, a1, other));
    expect(r.pack).toBe('puyang-2012');
    expect(r.forms).toHaveLength(1);
    const f = r.forms[0];
    expect(f).toMatchObject({ form: 'A1', sheet: '岗位目录', how: 'headers', titleRow: 4, headerRow: 6, bodyEnd: 7 });
    expect(f.columns).toMatchObject({ seq: 1, post: 2, duties: 3 });
    expect(f.header.unit.value).toBe('濮阳市科技局');
    expect(r.skipped).toEqual([
      { sheet: '说明', reason: 'notes' },
      { sheet: '通讯录', reason: 'unrecognised' },
    ]);
  });

  it('reports a sheet that fits two forms equally as ambiguous, and takes the user’s word for it', () => {
    const c = sheetOf('清单', [
      ['廉政风险清单'],
      ['排查类别', '序号', '主要廉政风险', '风险类别', '责任部门', '责任领导'],
      ['议事决策类', 1, '未经集体研究', '高', '办公室', '王局长'],
    ]);
    const r = recogniseWorkbook(workbookOf(c), { pack: 'hangzhou-2019' });
    expect(r.forms).toHaveLength(0);
    expect(r.skipped).toEqual([{ sheet: '清单', reason: 'ambiguous', candidates: ['C1', 'C2'] }]);
    const o = recogniseWorkbook(workbookOf(c), { overrides: { 清单: 'C2' } });
    expect(o.pack).toBe('hangzhou-2019');
    expect(o.forms[0]).toMatchObject({ form: 'C2', how: 'override' });
  });

  it('refuses an unknown pack with a stable code', () => {
    expect(() => recogniseWorkbook(workbookOf(a1), { pack: 'nope-2000' })).toThrow('unknown_pack');
  });
});

describe('recognition by title', () => {
  // A3 typed by hand: its title, its header fields, its columns — plus a 序号 and 防控措施 that heshui B1 also has.
  const a3 = sheetOf(
    'Sheet1',
    [
      ['岗位廉政风险点登记表'],
      ['单位:濮阳市科技局办公室'],
      ['姓名', '张三', '职务(岗位)', '科长'],
      ['岗位职责', '负责科技项目'],
      ['序号', '风险点表现形式', '风险等级', '风险类别', '防控措施'],
      [1, '收受申报单位礼品', '一级', '思想道德', '廉政教育'],
    ],
    ['A1:E1'],
  );

  it('the plan’s title weighs more than overlapping column names: 岗位廉政风险点登记表 is A3, not heshui B1', () => {
    const r = recogniseWorkbook(workbookOf(a3));
    expect(r).toMatchObject({ pack: 'puyang-2012', forms: [{ form: 'A3', titleRow: 1 }] });
    expect(r.forms[0].header.unit).toMatchObject({ value: '濮阳市科技局办公室', cell: 'A2' });
    expect(r.betterPack).toBeUndefined();
  });

  it('never overrides the programme the user named, never recasts another’s form, and says which one fits', () => {
    const r = recogniseWorkbook(workbookOf(a3), { pack: 'heshui-2012' });
    expect(r.pack).toBe('heshui-2012');
    // B1 shares these columns, but the title is A3's: the sheet is not read as B1.
    expect(r.forms).toEqual([]);
    expect(r.skipped).toEqual([{ sheet: 'Sheet1', reason: 'otherPack', candidates: ['puyang-2012 A3'] }]);
    expect(r.betterPack).toEqual({ pack: 'puyang-2012', forms: 1, titles: 1 });
  });
});

describe('whom a sheet filled once per 处室 is for', () => {
  it('hangzhou C2: the 填报部门 it names, never the sheet’s name or the leader who signs it', () => {
    const c2 = sheetOf('Sheet1', [
      ['市生态环境局机关处室、城区分局、直属单位廉政风险清单'],
      ['填报部门(单位)：行政审批处', null, null, '分管领导(签字)：王五'],
      ['排查类别', '序号', '主要廉政风险', '风险类别', '防控措施', '责任部门', '责任领导'],
      ['议事决策类', 1, '重大事项未集体研究', '高', '集体研究', '办公室', '王五'],
    ]);
    const r = recogniseWorkbook(workbookOf(c2));
    expect(r.forms.map((f) => [f.form, f.instance])).toEqual([['C2', '行政审批处']]);
  });
});

describe('headings whose words run on to the next row, as clerks type them in narrow columns', () => {
  const person = (name: string, heading: CellValue[][], merges: string[] = []) =>
    sheetOf(
      name,
      [
        ['附件3'],
        ['岗位廉政风险点登记表'],
        ['单位名称（盖章）：濮阳市林业局'],
        ['姓名', name, '职务(岗位)', '科员'],
        ['岗位职责', '审批'],
        ...heading,
        ['审批把关不严', '一级', '岗位职责'],
        ['接受宴请', '二级', '思想道德'],
        ['制度不健全', '三级', '制度机制'],
      ],
      merges,
    );
  const read = (s: ReturnType<typeof sheetOf>) => {
    const r = recogniseWorkbook(workbookOf(s), { pack: 'puyang-2012' });
    return r.forms.map((f) => [f.form, f.rows.map((x) => [x.cells.riskPoint, x.cells.level, x.cells.category])]);
  };
  const rows = [
    ['审批把关不严', '一级', '岗位职责'],
    ['接受宴请', '二级', '思想道德'],
    ['制度不健全', '三级', '制度机制'],
  ];

  it.each([
    [
      'every heading on two rows, unmerged',
      [
        ['风险点', '风险', '风险'],
        ['表现形式', '等级', '类别'],
      ],
      [],
    ],
    [
      '风险点 / 表现形式 only, the others merged down',
      [['风险点', '风险等级', '风险类别'], ['表现形式']],
      ['B6:B7', 'C6:C7'],
    ],
    [
      '风险 / 等级 only',
      [
        ['风险点表现形式', '风险', '风险类别'],
        [null, '等级', null],
      ],
      [],
    ],
  ])('%s: the sheet is read, its second heading line no risk point', (_, heading, merges) => {
    expect(read(person('李四', heading as CellValue[][], merges as string[]))).toEqual([['A3', rows]]);
  });

  it('a data row under a one-row heading is never taken for a heading’s second line', () => {
    const s = person('王五', [['风险点', '风险等级', '风险类别']]);
    expect(read(s)).toEqual([['A3', rows]]);
  });
});
