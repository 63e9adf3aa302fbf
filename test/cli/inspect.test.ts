import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/cli';
import { openpyxlFiles } from '../hostile/corpus';
import { resaveWithLibreOffice } from '../validate/corpus/resave';

/*
 * `inspect` warns only about what would really be lost: the notes lianfang wrote itself (定级 comments on a graded,
 * rolled-up workbook, as Excel or LibreOffice hand them back) are not someone else's comment authors.
 */
let dir: string;
const f = (name: string) => path.join(dir, name);
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lianfang-inspect-'));
  expect((await runCli('demo', 'puyang-2012', '-o', f('示例.xlsx'))).code).toBe(0);
  expect((await runCli('grade', f('示例.xlsx'), '-o', f('已定级.xlsx'))).code).toBe(0);
  expect((await runCli('rollup', f('已定级.xlsx'), '-o', f('已汇总.xlsx'))).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a workbook lianfang graded and rolled up is inspected without a lost_on_save warning, also re-saved', async () => {
  const resaved = resaveWithLibreOffice([f('已汇总.xlsx')], f('lo')).get(f('已汇总.xlsx'))!;
  for (const file of [f('已定级.xlsx'), f('已汇总.xlsx'), resaved]) {
    const r = await runCli('inspect', file);
    expect(r.code).toBe(0);
    expect(r.out).toContain('A3 周立新');
    expect(r.err).toBe('');
    const [j] = JSON.parse((await runCli('inspect', file, '--json')).out);
    expect(j.warnings).toEqual([]);
  }
});

test('comments written by a person in another program still warn that their author names would be lost', async () => {
  const { comments } = openpyxlFiles(dir);
  const r = await runCli('inspect', comments);
  expect(r.err).toContain('警告 [lost_on_save]');
  expect(r.err).toContain('批注的作者姓名');
});
