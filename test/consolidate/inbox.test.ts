import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Consolidation } from '../../src/core/consolidate';
import { heshui2012 } from '../../src/core/packs/heshui-2012/pack';
import { artifacts } from '../grade/workbooks';
import { runCli } from '../helpers/cli';
import { unitWorkbook } from './units';

/*
 * An inbox as units fill it: a workbook saved as .xlsm, a name ending in a space, an old .xls, a cover letter. Every
 * spreadsheet is read or named with what to do; the other documents are named as not read; none is passed over
 * unsaid, so a unit that sent its forms as .xls is never shown as not having handed in at all.
 */
const dir = path.join(artifacts('consolidate'), 'inbox');
let c: Consolidation & { notRead?: string[] };
let out = '';

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'in'), { recursive: true });
  const unit = (i: number) => unitWorkbook(heshui2012, `合水县第${i}单位`, i, new Date(Date.UTC(2012, 8, i)));
  writeFileSync(path.join(dir, 'in', '第1单位.xlsx'), await unit(1));
  writeFileSync(path.join(dir, 'in', '第2单位.xlsm'), await unit(2));
  writeFileSync(path.join(dir, 'in', '第3单位.xlsx '), await unit(3));
  writeFileSync(
    path.join(dir, 'in', '第4单位.xls'),
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
  );
  writeFileSync(path.join(dir, 'in', '报送函.docx'), 'a letter');
  const expect = ['合水县第1单位', '合水县第2单位', '合水县第3单位', '合水县第4单位'].join('\n');
  writeFileSync(path.join(dir, 'units.txt'), expect);
  const args = ['consolidate', path.join(dir, 'in'), '--expect', path.join(dir, 'units.txt')];
  c = JSON.parse((await runCli(...args, '--json')).out);
  out = (await runCli(...args, '-o', path.join(dir, '汇总.xlsx'))).out;
}, 120_000);

it('reads .xlsm and a name ending in a space, and names the .xls it cannot read', () => {
  expect(c.units.map((u) => u.unit).sort()).toEqual(['合水县第1单位', '合水县第2单位', '合水县第3单位']);
  expect(c.unreadable.map((u) => path.basename(u.file))).toEqual(['第4单位.xls']);
  expect(c.unreadable[0].reason).toContain('.xls');
  expect(out).toMatch(/共 4 个文件/);
  // Which programme the totals are of, and that the workbooks chose it.
  expect(out).toContain(`方案：${heshui2012.name}（按多数工作簿判断；如不对，请用 --pack 指定）`);
});

it('names the cover letter as not read, and never counts it', () => {
  expect(c.notRead).toEqual(['报送函.docx']);
  expect(out).toContain('收件文件夹中还有不是表格的文件，未读取：报送函.docx');
});

it('says on the screen which units are not on the list, and which listed name is likely one of them shortened', async () => {
  writeFileSync(
    path.join(dir, 'short.txt'),
    '1. 第1单位\n2、合水县第2单位 # 新增\n＃ 以下为直属单位\n（3）合水县第3单位\n',
  );
  const r = await runCli(
    'consolidate',
    path.join(dir, 'in'),
    '--expect',
    path.join(dir, 'short.txt'),
    '-o',
    path.join(dir, '汇总2.xlsx'),
  );
  expect(r.out).toContain('应报未报单位：第1单位');
  expect(r.out).toContain('不在应报名单中的单位：合水县第1单位');
  expect(r.out).toContain('应报名单中的「第1单位」可能就是报送的「合水县第1单位」');
});

it('refuses --as-of without a round to count, before reading any file', async () => {
  const r = await runCli('consolidate', path.join(dir, 'in'), '--as-of', '2012-10-01', '--json');
  expect(r.code).toBe(2);
  expect(r.err).toContain('--as-of 2012-10-01 只在统计一轮报送进度时使用');
});
