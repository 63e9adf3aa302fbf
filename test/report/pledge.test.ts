import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { PLEDGE } from '../../src/core/packs/school-2010/D3';
import { readReportData } from '../../src/core/report';
import { texts } from './helpers';
import { cli, load } from './helpers';

/*
 * 廉政承诺书 typed as a letter, each in the person's own words: the report prints what each person pledged and
 * signed, never the plan's model text in its place, and its hidden data carries the same words up.
 */
const dir = path.resolve(__dirname, '../../artifacts/report/pledge');
const typed = path.join(dir, '承诺书.xlsx');
const out = path.join(dir, '报送.xlsx');
const OWN = [
  '为推进党风廉政建设，我郑重承诺：',
  '一、不收取学生家长礼金、礼券和物品。',
  '以上承诺，请组织和教职工监督。',
];

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet('承诺书');
  a.getCell('A1').value = '廉 政 承 诺 书';
  OWN.forEach((p, i) => (a.getCell(3 + i, 1).value = p));
  a.getCell('D8').value = '承诺人（签字）：王小明';
  a.getCell('D9').value = '2010年4月20日';
  const b = wb.addWorksheet('承诺书 (2)');
  b.getCell('A1').value = '廉政承诺书';
  b.getCell('A2').value = '本人承诺：不收礼，不吃请，不以权谋私。';
  b.getCell('A4').value = '承诺人：';
  b.getCell('B4').value = '陈红';
  b.getCell('A5').value = '日期：';
  b.getCell('B5').value = new Date(Date.UTC(2010, 3, 20));
  await wb.xlsx.writeFile(typed);
  const r = await cli('report', typed, '-o', out, '--period', '2010年度', '--pack', 'school-2010');
  expect(r.code).toBe(0);
}, 120_000);

it('prints each person’s own words on their 承诺书, never the plan’s model text', async () => {
  const { wb, snap } = await load(out);
  const sheetText = (name: string) => texts(snap.sheets.find((s) => s.name === wb.getWorksheet(name)!.name)!.rows);
  const wang = wb.worksheets.find((w) => w.name.includes('王小明'))!;
  const chen = wb.worksheets.find((w) => w.name.includes('陈红'))!;
  expect(sheetText(wang.name)).toContain(OWN.join('\n'));
  expect(sheetText(chen.name)).toContain('本人承诺：不收礼，不吃请，不以权谋私。');
  for (const ws of [wang, chen]) expect(sheetText(ws.name)).not.toContain(PLEDGE.slice(0, 20));
});

it('carries the same words up in the report’s data', async () => {
  const { snap } = await load(out);
  const forms = readReportData(snap).units.flatMap((u) => u.forms);
  expect(forms.map((f) => [f.instance, f.words])).toEqual([
    ['王小明', OWN.join('\n')],
    ['陈红', '本人承诺：不收礼，不吃请，不以权谋私。'],
  ]);
});
