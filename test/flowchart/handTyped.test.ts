import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { excelProblems } from '../helpers/excelStrict';
import { runCli } from '../helpers/cli';
import { ROOT } from '../template/cli';
import { resaveWithLibreOffice } from '../validate/corpus/resave';
import { readChart, type ReadChart } from './readChart';

/**
 * 附件2 and 附件3 typed by hand, as an office types them: stages in everyday words (审查环节, 3.办理), a stage that
 * is none of the plan's, a blank stage, a risk with no power, a power 附件2 does not list, a blank power row, and
 * one person's 附件3 typed as the plan prints it (without the 所涉职权 / 流程环节 columns). The diagrams still come
 * out, each problem is a Chinese notice naming its sheet and cell, nothing is dropped in silence, nothing crashes;
 * the same after LibreOffice re-saves the workbook.
 */
const dir = join(ROOT, 'artifacts/flowchart-typed');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const UNIT = '濮阳市某区科技局';

async function typedWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const a2 = wb.addWorksheet('职权目录');
  a2.getCell('A1').value = '附件2';
  a2.getCell('A2').value = '职 权 运 行 目 录';
  a2.getCell('A3').value = `单位名称（盖章）：${UNIT}`;
  const a2Head = ['序号', '职权名称', '职权内容', '设置依据', '公开形式', '办结时限', '办理主体', '备注'];
  a2.addRow(a2Head);
  a2.addRow([1, '行政许可审批', '受理、审查并决定行政许可事项', '《行政许可法》', '网站公开', '20个工作日', '审批科']);
  a2.addRow([2, '专项资金分配', '分配和拨付科技专项资金', '《专项资金管理办法》', '公示栏', '30日', '计划财务科']);
  a2.addRow([3, null, '（待补充）']);
  const a3 = wb.addWorksheet('张三');
  a3.getCell('A1').value = '岗位廉政风险点登记表';
  a3.getCell('A2').value = `单位名称(盖章):${UNIT}　　姓名:张三　　职务(岗位):审批科科员`;
  a3.addRow([]);
  a3.addRow(['风险点表现形式', '风险等级', '风险类别', '所涉职权', '流程环节']);
  a3.addRow(['审查中放宽许可条件', '1级', '岗位职责', '行政许可审批', '审查环节']);
  a3.addRow(['资金拨付不按程序', '二级', '制度机制', '专项资金分配', '3.办理']);
  a3.addRow(['评审走过场', '三级', '业务流程', '行政许可审批', '立项评审']);
  a3.addRow(['接受请托', '二级风险', '思想道德', '行政许可审批', null]);
  a3.addRow(['受理时吃拿卡要', '一级', '思想道德', null, '受理']);
  a3.addRow(['评奖暗箱操作', '三级', '业务流程', '科技奖励评审', '提出']);
  const plain = wb.addWorksheet('李四');
  plain.getCell('A1').value = '岗位廉政风险点登记表';
  plain.getCell('A2').value = `单位名称(盖章):${UNIT}　　姓名:李四　　职务(岗位):办公室主任`;
  plain.addRow([]);
  plain.addRow(['风险点表现形式', '风险等级', '风险类别']);
  plain.addRow(['公车私用', '三级', '思想道德']);
  plain.addRow(['公款报销把关不严', '二级', '岗位职责']);
  await wb.xlsx.writeFile(file);
}

async function charts(file: string): Promise<ReadChart[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.filter((ws) => /^流程图\d/.test(ws.name)).map(readChart);
}

const typed = join(dir, '手工填写.xlsx');
let resaved: string;
beforeAll(async () => {
  await typedWorkbook(typed);
  resaved = resaveWithLibreOffice([typed], join(dir, 'libreoffice')).get(typed)!;
}, 150_000);

describe.each([
  ['as typed', () => typed],
  ['after a LibreOffice re-save', () => resaved],
])('%s', (name, input) => {
  let r: { code: number; out: string; err: string };
  let read: ReadChart[];
  const output = () => join(dir, `汇总-${name.replace(/\s+/g, '-')}.xlsx`);
  beforeAll(async () => {
    r = await runCli('rollup', input(), '--pack', 'puyang-2012', '-o', output(), '--force');
    read = await charts(output());
  }, 60_000);

  it('draws a chart per listed power, then one for the power only a risk names', () => {
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(read.map((c) => c.subject)).toEqual(['行政许可审批', '专项资金分配', '科技奖励评审']);
    for (const c of read) expect(c.stages).toEqual(['提出', '受理', '审核', '办理', '反馈']);
  });

  it('places everyday stage names at the plan’s stage, with the level as typed read as the plan’s', () => {
    const [permit, funds, award] = read;
    expect(permit.risks.map((x) => [x.stage, x.level, x.text])).toEqual([['审核', '一级', '审查中放宽许可条件']]);
    expect(funds.risks.map((x) => [x.stage, x.level, x.text])).toEqual([['办理', '二级', '资金拨付不按程序']]);
    expect(award.risks.map((x) => [x.stage, x.text])).toEqual([['提出', '评奖暗箱操作']]);
  });

  it('keeps risks it cannot place under the chart, saying why', () => {
    expect(read[0].unplaced).toEqual([
      { why: '流程环节「立项评审」不是本图的环节', text: '评审走过场' },
      { why: '未填写流程环节', text: '接受请托' },
    ]);
  });

  it('names every problem in Chinese with its sheet and cell', () => {
    const lines = r.out.split('\n');
    const has = (...parts: string[]) => expect(lines.filter((l) => parts.every((p) => l.includes(p)))).toHaveLength(1);
    has('「张三」E7', '立项评审', '不是职权运行流程图的环节', '提出、受理、审核、办理、反馈');
    has('「张三」E8', '没有填写流程环节', '接受请托');
    has('「张三」D9', '没有填写所涉职权', '受理时吃拿卡要', '未画入职权运行流程图');
    has('「张三」D10', '科技奖励评审', '不在《职权运行目录》中');
    has('「李四」', '所涉职权', '流程环节', '2 个风险点未画入');
    has('「职权目录」第 7 行', '没有填写职权名称');
    expect(r.out).not.toMatch(/Error|undefined|NaN|\bat \w+ \(/);
  });

  it('writes a file Excel opens without repair', () => {
    expect(excelProblems(readFileSync(output()))).toEqual([]);
  });
});
