import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { COVER_SHEET } from '../../src/core/report';
import { heshui } from '../validate/corpus/heshui';
import { puyang } from '../validate/corpus/puyang';
import { cli, load, texts } from './helpers';

/*
 * `report` on files typed by hand, as a clerk runs it: no --pack, the programme is found as `validate` finds it,
 * and the console states the same counts as the cover the committee reads.
 */
mkdirSync(path.resolve('artifacts/report'), { recursive: true });
const dir = mkdtempSync(path.join(path.resolve('artifacts/report'), 'programme-'));
const f = (name: string) => path.join(dir, name);

beforeAll(async () => {
  writeFileSync(f('合水县财政局.xlsx'), Buffer.from(await heshui(false).wb.xlsx.writeBuffer()));
  writeFileSync(f('科技局-有错.xlsx'), Buffer.from(await puyang(true).wb.xlsx.writeBuffer()));
  // One A3 typed from the plan's printed page: title, 单位:… as typed, the plan's columns.
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
  // The same A3 with no 单位 line at all, saved under a unit's name as clerks name their files.
  const bare = new ExcelJS.Workbook();
  bare
    .addWorksheet('Sheet1')
    .addRows([
      ['岗位廉政风险点登记表'],
      ['姓名', '张三', '职务(岗位)', '科长'],
      ['岗位职责', '负责科技项目'],
      ['序号', '风险点表现形式', '风险等级', '风险类别', '防控措施'],
      [1, '收受申报单位礼品', '一级', '思想道德', '廉政教育'],
    ]);
  writeFileSync(f('濮阳市财政局.xlsx'), Buffer.from(await bare.xlsx.writeBuffer()));
});

/** The cover's 校验情况 line as printed. */
async function coverValidation(file: string): Promise<string> {
  const { snap } = await load(file);
  const rows = snap.sheets.find((s) => s.name === COVER_SHEET)!.rows;
  const row = rows.find((r) => r.includes('校验情况'))!;
  return String(row.filter((v) => v !== null && v !== '校验情况')[0]);
}

describe('lianfang report finds the programme and says what the report records', () => {
  it('a hand-typed 合水县 workbook, no --pack: reported as 合水县, the console naming the programme', async () => {
    const r = await cli('report', f('合水县财政局.xlsx'), '-o', f('r-heshui.xlsx'));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('方案「合水县 2012 廉政风险防控」');
    // Its 提示 (what validate calls notices) are counted on the console and the cover, not passed over.
    const { notices } = JSON.parse((await cli('validate', f('合水县财政局.xlsx'), '--json')).out).stats;
    expect(r.out).toContain(`校验记录 0 个错误、0 个提醒${notices ? `、${notices} 条提示` : ''}。`);
    const { snap } = await load(f('r-heshui.xlsx'));
    expect(texts(snap.sheets[0].rows)).toContain('合水县财政局');
    expect(await coverValidation(f('r-heshui.xlsx'))).toBe(
      notices ? `校验通过，没有错误或提醒；另有 ${notices} 条提示（见校验问题清单）` : '校验通过，没有发现问题',
    );
  });

  it('errors and warnings on the console are those on the cover and those `validate` finds', async () => {
    const v = JSON.parse((await cli('validate', f('科技局-有错.xlsx'), '--json')).out);
    const r = await cli('report', f('科技局-有错.xlsx'), '-o', f('r-dirty.xlsx'));
    expect(r.code).toBe(0);
    const { errors, warnings, notices } = v.stats;
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(0);
    expect(r.out).toContain(`校验记录 ${errors} 个错误、${warnings} 个提醒${notices ? `、${notices} 条提示` : ''}。`);
    const also = notices ? `；另有 ${notices} 条提示（见校验问题清单）` : '';
    expect(await coverValidation(f('r-dirty.xlsx'))).toBe(`${errors} 个错误，${warnings} 个提醒${also}`);
  });

  it('a workbook with only 提示: the cover counts them, as many as 校验问题清单 lists and `validate` finds', async () => {
    // The school sample: its 预警日期 typed as text (2010年10月25日), read as dates with a notice each.
    await cli('demo', 'school-2010', '-o', f('school.xlsx'));
    const v = JSON.parse((await cli('validate', f('school.xlsx'), '--json')).out);
    expect(v.stats).toMatchObject({ errors: 0, warnings: 0 });
    expect(v.stats.notices).toBeGreaterThan(0);
    const r = await cli('report', f('school.xlsx'), '-o', f('r-school.xlsx'));
    expect(r.code).toBe(0);
    const { snap } = await load(f('r-school.xlsx'));
    const listed = snap.sheets.find((s) => s.name === '校验问题清单')!.rows.filter((r) => r[3] === '提示').length;
    expect(listed).toBe(v.stats.notices);
    expect(r.out).toContain(`校验记录 0 个错误、0 个提醒、${listed} 条提示。`);
    expect(await coverValidation(f('r-school.xlsx'))).toBe(
      `校验通过，没有错误或提醒；另有 ${listed} 条提示（见校验问题清单）`,
    );
  });

  it('a --pack the files do not belong to is refused naming each file and its programme; nothing is written', async () => {
    const r = await cli('report', f('a3.xlsx'), f('合水县财政局.xlsx'), '--pack', 'heshui-2012', '-o', f('r-x.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('report_other_programme');
    expect(r.err).toContain('「a3.xlsx」（濮阳市科技局 2012 廉政风险防控规范权力运行）');
    expect(r.err).not.toContain('合水县财政局.xlsx');
    expect(existsSync(f('r-x.xlsx'))).toBe(false);
    // Without --pack the A3 is found as 濮阳's, its unit read from 「单位:」, never the file name.
    const ok = await cli('report', f('a3.xlsx'), '-o', f('r-a3.xlsx'));
    expect(ok.out).toContain('方案「濮阳市科技局 2012 廉政风险防控规范权力运行」');
    const cover = texts((await load(f('r-a3.xlsx'))).snap.sheets[0].rows);
    expect(cover).toContain('濮阳市科技局办公室');
    expect(cover).not.toContain('a3');
  });

  it('files of two programmes without --pack: refused, each file with the programme it holds', async () => {
    const r = await cli('report', f('科技局-有错.xlsx'), f('合水县财政局.xlsx'), '-o', f('r-mixed.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('科技局-有错.xlsx：濮阳市科技局 2012 廉政风险防控规范权力运行');
    expect(r.err).toContain('合水县财政局.xlsx：合水县 2012 廉政风险防控');
    expect(existsSync(f('r-mixed.xlsx'))).toBe(false);
  });

  it('a workbook that names no unit is printed as 未填写单位名称, never under its file name', async () => {
    const r = await cli('report', f('濮阳市财政局.xlsx'), f('a3.xlsx'), '-o', f('r-bare.xlsx'));
    expect(r.code).toBe(0);
    const { snap } = await load(f('r-bare.xlsx'));
    const visible = snap.sheets.filter((s) => s.visibility === 'visible');
    expect(texts(visible[0].rows)).toContain('2 个单位：（未填写单位名称）、濮阳市科技局办公室');
    // The file is named only as a file (汇总's 文件 column), never as a unit.
    for (const s of visible) expect(`${s.name}\n${texts(s.rows)}`).not.toMatch(/濮阳市财政局(?!\.xlsx)/);
    expect(visible.map((s) => s.name)).toContain('A3 （未填写单位名称） 张三');
  });
});
