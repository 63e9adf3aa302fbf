import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { puyang } from './corpus/puyang';
import { runCli } from '../helpers/cli';

mkdirSync(path.resolve('artifacts/validate'), { recursive: true });
const dir = mkdtempSync(path.join(path.resolve('artifacts/validate'), 'cli-'));
const f = (name: string) => path.join(dir, name);

const run = (...args: string[]) => runCli('validate', ...args);

beforeAll(async () => {
  writeFileSync(f('clean.xlsx'), Buffer.from(await puyang(false).wb.xlsx.writeBuffer()));
  writeFileSync(f('dirty.xlsx'), Buffer.from(await puyang(true).wb.xlsx.writeBuffer()));
  writeFileSync(f('text.xlsx'), '序号,岗位名称\n1,主任\n');
  const a3 = new ExcelJS.Workbook();
  a3.addWorksheet('Sheet1').addRows([
    ['岗位廉政风险点登记表'],
    ['单位:濮阳市科技局办公室'],
    ['姓名', '张三', '职务(岗位)', '科长'],
    ['岗位职责', '负责科技项目'],
    ['序号', '风险点表现形式', '风险等级', '风险类别', '防控措施'],
    [1, '收受申报单位礼品', '一级', '思想道德', '廉政教育'],
  ]);
  writeFileSync(f('a3.xlsx'), Buffer.from(await a3.xlsx.writeBuffer()));
});

describe('lianfang validate', () => {
  it('exit 0 on a clean book, with what was recognised and skipped', async () => {
    const r = await run(f('clean.xlsx'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('工作表「张三」识别为 A3 岗位廉政风险点登记表');
    expect(r.out).toContain('工作表「填表说明」是说明/备注，未校验');
    expect(r.out).toContain('校验通过');
  });

  it('exit 1 with a table grouped by sheet and severity, counts and cells', async () => {
    const r = await run(f('dirty.xlsx'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('工作表「张三」 错误 3 · 提醒 1 · 提示 2');
    expect(r.out).toMatch(/错误 {2}E8 +工作表「张三」E8 单元格（危害程度）应为 1–5 之间的整数，现为「6」/);
    expect(r.out).toContain('发现 7 个错误');
  });

  it('a programme named with --pack is kept; the output says which programme the file looks like', async () => {
    const auto = await run(f('a3.xlsx'));
    expect(auto.out).toContain('工作表「Sheet1」识别为 A3 岗位廉政风险点登记表');
    const named = await run(f('a3.xlsx'), '--pack', 'heshui-2012');
    expect(named.code).toBe(1);
    expect(named.out).toContain('— 方案 heshui-2012');
    expect(named.out).toContain('工作簿中的表格更像方案「濮阳市科技局 2012 廉政风险防控规范权力运行」');
    expect(named.out).toContain('请改用 --pack puyang-2012');
    expect(named.out).toContain('工作表「Sheet1」是方案「濮阳市科技局 2012 廉政风险防控规范权力运行」的 A3');
    const j = JSON.parse((await run(f('a3.xlsx'), '--pack', 'heshui-2012', '--json')).out);
    expect(j).toMatchObject({ pack: 'heshui-2012', betterPack: { pack: 'puyang-2012', forms: 1, titles: 1 } });
  });

  it('--json gives the report as data', async () => {
    const r = await run(f('dirty.xlsx'), '--json');
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ valid: false, pack: 'puyang-2012', stats: { errors: 7, warnings: 5, notices: 7 } });
    expect(j.forms).toContainEqual(expect.objectContaining({ form: 'A2', sheet: '职权运行目录', rows: 4 }));
    expect(j.skipped).toContainEqual(expect.objectContaining({ sheet: '通讯录', reason: 'unrecognised' }));
    expect(j.issues).toContainEqual(
      expect.objectContaining({
        code: 'time_limit_invalid',
        severity: 'error',
        sheet: '职权运行目录',
        cell: 'F5',
        value: '看情况',
      }),
    );
  });

  it('--pack and --form overrides; a bad --form is explained', async () => {
    const r = await run(
      f('clean.xlsx'),
      '--pack',
      'puyang-2012',
      '--form',
      '岗位职责目录=A1',
      '--form',
      '通讯录=A1',
      '--json',
    );
    const j = JSON.parse(r.out);
    expect(j.forms).toContainEqual(expect.objectContaining({ sheet: '岗位职责目录', form: 'A1', how: 'override' }));
    // A sheet with none of the form's headings stays skipped, naming the form asked for.
    expect(j.skipped).toContainEqual(
      expect.objectContaining({ sheet: '通讯录', reason: 'unrecognised', candidates: ['A1'] }),
    );
    const bad = await run(f('clean.xlsx'), '--form', '通讯录');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('bad_form_override');
  });

  it('exit 2 with a clear message for a missing or non-xlsx file', async () => {
    const missing = await run(f('nope.xlsx'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('file_not_found');
    const text = await run(f('text.xlsx'));
    expect(text.code).toBe(2);
    expect(text.err).toContain('not_xlsx');
    expect(text.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it('-o writes a marked copy; validating the copy again replaces its report, never stacks it', async () => {
    expect((await run(f('dirty.xlsx'), '-o', f('marked.xlsx'))).code).toBe(1);
    expect((await run(f('marked.xlsx'), '-o', f('marked2.xlsx'))).code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f('marked2.xlsx'));
    expect(wb.worksheets.filter((w) => w.name === '校验报告')).toHaveLength(1);
    const report = wb.getWorksheet('校验报告')!;
    expect(report.getCell('B4').value).toBe('岗位职责目录');
    expect(report.rowCount).toBe(3 + 19); // its heading rows, then one row per issue
    const cf = (wb.getWorksheet('张三') as unknown as { conditionalFormattings: Array<{ ref: string }> })
      .conditionalFormattings;
    expect(
      cf
        .map((c) => c.ref)
        .join(' ')
        .split(' ')
        .sort(),
    ).toEqual(['B4', 'B7', 'B9', 'B10', 'C8', 'E8'].sort());
  });
});
