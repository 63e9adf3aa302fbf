import ExcelJS from 'exceljs';
import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import { workbookBytes } from '../../src/adapters/exceljs/write';
import { findPack } from '../../src/core/packs';
import { recogniseWorkbook, type RecognisedForm } from '../../src/core/recognise';
import { sheetOf, workbookOf } from '../../src/core/recognise/testSheet';
import { buildPackWorkbook } from '../../src/doors/cli/commands/template';

/**
 * The printed layouts lianfang now draws as the plans do (A3's shared 姓名 | 职务 row, a seal beside the unit's
 * name, hangzhou without a 序号 column, D3 closed as a letter) read back the same through recognition, written to
 * .xlsx and loaded again; and what clerks type the older way (a 序号 column, a 承诺人 | 日期 table) still reads.
 */
async function demo(id: string) {
  const wb = await buildPackWorkbook(findPack(id)!, true);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await workbookBytes(wb)) as unknown as ArrayBuffer);
  return recogniseWorkbook(snapshotWorkbook(back));
}
const formOf = (forms: RecognisedForm[], sheet: string) => forms.find((f) => f.sheet === sheet)!;

it('A3: 姓名 and 职务(岗位) from their shared row, 单位名称 from the line above the grid, every risk with its level', async () => {
  const r = await demo('puyang-2012');
  const a3 = formOf(r.forms, 'A3 周立新');
  expect({ name: a3.header.name?.value, post: a3.header.post?.value, unit: a3.header.unit?.value }).toEqual({
    name: '周立新',
    post: '党组成员、副局长',
    unit: '濮阳市科学技术局',
  });
  expect(a3.header.name!.cell.replace(/[A-Z]+/, '')).toBe(a3.header.post!.cell.replace(/[A-Z]+/, ''));
  expect(a3.rows.map((x) => [x.cells.level, x.cells.stage])).toEqual([
    ['一级', '审核'],
    ['一级', '办理'],
    ['二级', '提出'],
  ]);
  // The sign-off blocks follow the risks; the 备注 comes last and is no risk.
  expect(Object.keys(a3.signoff)).toEqual(['self', 'deptHead', 'leader', 'unit', 'discipline']);
});

it('A1: the blank rows carry only their printed 序号 and read as empty', async () => {
  const wb = await buildPackWorkbook(findPack('puyang-2012')!, false);
  const r = recogniseWorkbook(snapshotWorkbook(wb));
  expect(r.forms.map((f) => [f.form, f.rows.length])).toEqual([
    ['A1', 0],
    ['A2', 0],
    ['A3', 0],
  ]);
});

it('C1: lianfang’s sheet (numbers inside 主要廉政风险) and a clerk’s with a typed 序号 column read the same risks', async () => {
  const r = await demo('hangzhou-2019');
  const c1 = r.forms.find((f) => f.form === 'C1')!;
  expect(c1.columns.seq).toBeUndefined();
  const risks = c1.rows.map((x) => x.cells.risk);
  expect(risks.every((t) => typeof t === 'string' && !/^\d+、/.test(t))).toBe(true);
  const typed = recogniseWorkbook(
    workbookOf(
      sheetOf(
        '局本级',
        [
          ['市生态环境局廉政风险清单'],
          ['填报单位：杭州市生态环境局'],
          ['排查类别', '序号', '主要廉政风险', '风险类别', '责任部门', '责任领导'],
          ['议事决策类', 1, '“三重一大”事项未经集体研究', '高', '办公室', '局党组书记'],
          [null, 2, '以行政会代替党组会', '中', '办公室', '局党组书记'],
          ['权力运行类', 1, '违规审批', '高', '行政审批处', '分管副局长'],
          [null, 2, null, null, null, null],
        ],
        ['A4:A5', 'A6:A7'],
      ),
    ),
    { pack: 'hangzhou-2019' },
  ).forms[0];
  expect(typed.form).toBe('C1');
  expect(typed.rows.map((x) => [x.cells.checkCategory, x.cells.seq, x.cells.risk])).toEqual([
    ['议事决策类', 1, '“三重一大”事项未经集体研究'],
    ['议事决策类', 2, '以行政会代替党组会'],
    ['权力运行类', 1, '违规审批'],
  ]);
});

it('D3: the letter’s 承诺人： line gives the pledger and the date; a typed 承诺人 | 日期 table still reads', async () => {
  const r = await demo('school-2010');
  const d3 = r.forms.find((f) => f.form === 'D3')!;
  expect(d3.rows.map((x) => x.cells)).toEqual([{ pledger: '刘文斌', date: '2010年3月26日' }]);
  const typed = recogniseWorkbook(
    workbookOf(
      sheetOf('承诺书', [['廉政承诺书'], ['我承诺:廉洁从教……'], ['承诺人', '日期'], ['李某某', '2010年3月26日']]),
    ),
    { pack: 'school-2010' },
  ).forms[0];
  expect([typed.form, typed.rows.map((x) => x.cells)]).toEqual(['D3', [{ pledger: '李某某', date: '2010年3月26日' }]]);
});
