import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import { workbookBytes } from '../../src/adapters/exceljs/write';
import { REPORT_DATA_SHEET, readReportData, splitChunks, type ReportModel } from '../../src/core/report';
import { runCli as run } from '../helpers/cli';
import { demoBytes, fromBytes } from './helpers';

/**
 * 「The report carries no stamps; (核验有效) is only text」: the report now carries each signed form's stamp records
 * and the content they approved; `verify` on the report checks them again with the verifier's own roster.
 */
mkdirSync(path.resolve('artifacts/approve'), { recursive: true });
const dir = mkdtempSync(path.join(path.resolve('artifacts/approve'), 'report-'));
const f = (name: string) => path.join(dir, name);
const NAMES = ['周立新', '王科长', '李局长', '办公室', '纪检组'];
const STEPS = ['本人', '部门负责人', '主管领导', '单位', '上级纪检监察机关'];
const SHEET = 'A3 周立新';

async function chain(prefix: string): Promise<string> {
  let input = f('demo.xlsx');
  for (let i = 0; i < 5; i++) {
    const out = f(`${prefix}-${i}.xlsx`);
    const r = await run(
      ...['sign', input, '--form', SHEET, '--role', STEPS[i], '--key', f(`${prefix}${i}.json`), '--opinion', '同意'],
      ...['--accept-warnings', '-o', out],
    );
    expect([r.code, r.err]).toEqual([0, '']);
    input = out;
  }
  return input;
}

async function editReport(file: string, out: string, edit: (wb: ExcelJS.Workbook, model: ReportModel) => void) {
  const wb = await fromBytes(new Uint8Array(readFileSync(file)));
  const model = readReportData(snapshotWorkbook(wb));
  edit(wb, model);
  const ws = wb.getWorksheet(REPORT_DATA_SHEET)!;
  ws.eachRow((row) => row.eachCell((c) => (c.value = null)));
  splitChunks(JSON.stringify(model)).forEach((chunk, i) => (ws.getCell(i + 1, 1).value = chunk));
  writeFileSync(out, await workbookBytes(wb));
}

/** The report's printed sheet for 周立新's A3 and its sign-off value cells, found by their labels. */
function reportSheet(wb: ExcelJS.Workbook): { ws: ExcelJS.Worksheet; block: (label: string) => ExcelJS.Cell } {
  const ws = wb.worksheets.find((w) => w.name.includes('周立新') && w.state === 'visible')!;
  return {
    ws,
    block: (label) => {
      let found: ExcelJS.Cell | undefined;
      ws.eachRow((row) => {
        if (String(row.getCell(1).value ?? '').trim() === label) found = row.getCell(2);
      });
      return found!;
    },
  };
}

let genuineReport: string;
let forgedReport: string;

beforeAll(async () => {
  writeFileSync(f('demo.xlsx'), await demoBytes());
  const fps: string[] = [];
  for (const [i, name] of NAMES.entries()) {
    expect((await run('keygen', '--name', name, '-o', f(`real${i}.json`))).code).toBe(0);
    fps.push(JSON.parse(readFileSync(f(`real${i}.json`), 'utf8')).fingerprint);
    expect((await run('keygen', '--name', name, '-o', f(`fake${i}.json`))).code).toBe(0);
  }
  await run('keygen', '--name', '濮阳市纪委', '-o', f('committee.json'));
  await run('roster', 'new', '--issuer', '濮阳市纪委', '--key', f('committee.json'), '-o', f('roster.json'));
  for (const [i, name] of NAMES.entries())
    await run(
      ...['roster', 'add', f('roster.json'), '--key', f('committee.json'), '--name', name, '--fingerprint', fps[i]],
      ...['--unit', i === 4 ? '*' : '濮阳市科学技术局', '--role', STEPS[i], '--in-place'],
    );
  genuineReport = f('genuine-report.xlsx');
  forgedReport = f('forged-report.xlsx');
  expect((await run('report', await chain('real'), '-o', genuineReport, '--roster', f('roster.json'))).code).toBe(0);
  expect((await run('report', await chain('fake'), '-o', forgedReport)).code).toBe(0);
}, 180_000);

test('the level above verifies the report itself: 核验有效 with its roster, 身份未核验 without', async () => {
  const ok = await run('verify', genuineReport, '--roster', f('roster.json'));
  expect([ok.code, ok.err]).toEqual([0, '']);
  expect(ok.out).toContain('按其中附带的原始签章记录重新核验');
  expect(ok.out).toContain('核验有效：全部 5 个签章内容完整');
  const plain = await run('verify', genuineReport);
  expect(plain.out).toContain('签章人身份未核验');
  expect(plain.out).not.toContain('核验有效：');
});

test('a forged chain whose report was edited to print (核验有效) fails: the printed words are not believed', async () => {
  const edited = f('forged-claims-valid.xlsx');
  await editReport(forgedReport, edited, (wb) => {
    const { block } = reportSheet(wb);
    for (const label of ['本人签字', '部门负责人意见']) {
      const cell = block(label);
      cell.value = String(cell.value).replace('内容完整，签章人身份未核验', '核验有效');
    }
  });
  const r = await run('verify', edited, '--roster', f('roster.json'));
  expect(r.code).toBe(1);
  expect(r.out).toContain('「本人」一栏印着“核验有效”，但重新核验不通过');
  expect(r.out.match(/身份不符合名单/g)).toHaveLength(5);
});

test("the report's data or its printed sheet changed after it was made is caught", async () => {
  const data = f('data-edited.xlsx');
  await editReport(genuineReport, data, (wb, model) => {
    const form = model.units[0].forms.find((x) => x.instance === '周立新')!;
    form.rows[1].cells.level = '三级';
    const { ws } = reportSheet(wb);
    ws.eachRow((row) =>
      row.eachCell(
        (c) => c.value === '一级' && row.getCell(1).value === form.rows[1].cells.riskPoint && (c.value = '三级'),
      ),
    );
  });
  const d = await run('verify', data, '--roster', f('roster.json'));
  expect(d.code).toBe(1);
  expect(d.out).toContain('数据与签章所覆盖的内容不一致');
  const printed = f('printed-edited.xlsx');
  await editReport(genuineReport, printed, (wb) => {
    const { ws } = reportSheet(wb);
    let done = false;
    ws.eachRow((row) => row.eachCell((c) => !done && c.value === '一级' && ((c.value = '三级'), (done = true))));
  });
  const p = await run('verify', printed, '--roster', f('roster.json'));
  expect(p.code).toBe(1);
  expect(p.out).toMatch(/报送工作簿「[^」]+」第 \d+ 行 印的是「[^」]*三级/);
});

test('a report whose stamp records were dropped cannot claim anything', async () => {
  const dropped = f('dropped.xlsx');
  await editReport(genuineReport, dropped, (_wb, model) => {
    for (const u of model.units) for (const form of u.forms) delete form.signed;
  });
  const r = await run('verify', dropped, '--roster', f('roster.json'));
  expect(r.code).toBe(1);
  expect(r.out).toContain('没有附带签章记录');
});

test('no one signs on a report: its stamps are carried copies; new stamps go on the unit workbook', async () => {
  const wb = await fromBytes(new Uint8Array(readFileSync(genuineReport)));
  const sheet = wb.worksheets.find((w) => w.name.includes('周立新') && w.state === 'visible')!.name;
  expect((await run('keygen', '--name', '纪检组长', '-o', f('late.json'))).code).toBe(0);
  const r = await run(
    ...['sign', genuineReport, '--form', sheet, '--role', '上级纪检监察机关', '--key', f('late.json')],
    ...['--opinion', '退回修改', '-o', f('signed-report.xlsx')],
  );
  expect(r.code).toBe(2);
  expect(r.err).toContain('[sign_report_workbook]');
  expect(r.err).toContain('请在单位的工作簿上签章');
  expect(existsSync(f('signed-report.xlsx'))).toBe(false);
});
