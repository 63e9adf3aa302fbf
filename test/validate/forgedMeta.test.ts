import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { META_SHEET } from '../../src/core/meta/schema';
import { runCli } from '../helpers/cli';
import { puyang } from './corpus/puyang';
import { school } from './corpus/school';

/**
 * Attacks on lianfang's own metadata (issue 15): a forged hidden `_lianfang` identification or a forged rollup
 * name must never hide a visible table. Each workbook is a hand-typed unit workbook with real errors, then forged.
 */
mkdirSync(path.resolve('artifacts/validate'), { recursive: true });
const dir = mkdtempSync(path.join(path.resolve('artifacts/validate'), 'forged-'));
const f = (name: string) => path.join(dir, name);

const forgeMeta = (wb: ExcelJS.Workbook, pack: string, forms: Array<[string, string]>) => {
  const ws = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const refs = forms.map(([sheet, form], i) => {
    const anchor = `LF_${form}_${i + 1}`;
    wb.definedNames.add(`'${sheet}'!$A$1`, anchor);
    return { anchor, form };
  });
  ws.getCell('A1').value = JSON.stringify({ app: 'lianfang', schema: 1, pack, forms: refs });
};

const addRailwayList = (wb: ExcelJS.Workbook) => {
  const ws = wb.addWorksheet('附表');
  ws.addRows([
    ['行政许可职权目录'],
    ['序号', '职权名称', '职权内容', '行使主体', '法律依据'],
    [1, '铁路机车车辆许可', '实施许可', '国家铁路局', '《铁路安全管理条例》'],
  ]);
};

const write = async (name: string, wb: ExcelJS.Workbook) => {
  writeFileSync(f(name), Buffer.from(await wb.xlsx.writeBuffer()));
  return f(name);
};
const validate = async (file: string) => JSON.parse((await runCli('validate', file, '--json')).out);

describe('a forged hidden _lianfang sheet never hides a visible table', () => {
  it('claiming another programme: the hand-typed forms are still read, their errors found, the claim reported', async () => {
    const wb = puyang(true).wb;
    addRailwayList(wb);
    forgeMeta(wb, 'railway-2014', [['附表', 'E1']]);
    const r = await validate(await write('forged-pack.xlsx', wb));
    expect(r.pack).toBe('puyang-2012');
    expect(r.valid).toBe(false);
    expect(r.forms.map((x: { sheet: string }) => x.sheet)).toEqual([
      '岗位职责目录',
      '职权运行目录',
      '张三',
      '李四',
      '王五',
    ]);
    const codes = r.issues.map((i: { code: string; sheet: string }) => `${i.code} ${i.sheet}`);
    expect(codes).toEqual(expect.arrayContaining(['required_missing 岗位职责目录', 'number_out_of_range 张三']));
    // The other programme's sheet is not checked, and that is an error, never a silent pass.
    expect(codes).toContain('sheet_other_pack 附表');
    expect(codes).toContain('meta_pack_disagrees 填表说明');
  });

  it('claiming a sheet is another form: the sheet is read as what its title and heading say', async () => {
    const wb = puyang(true).wb;
    forgeMeta(wb, 'puyang-2012', [
      ['张三', 'A1'],
      ['岗位职责目录', 'A1'],
    ]);
    const r = await validate(await write('forged-form.xlsx', wb));
    expect(r.forms.find((x: { sheet: string }) => x.sheet === '张三')).toMatchObject({ form: 'A3', how: 'headers' });
    expect(r.forms.find((x: { sheet: string }) => x.sheet === '岗位职责目录')).toMatchObject({
      form: 'A1',
      how: 'meta',
    });
    const at = r.issues.map((i: { code: string; sheet: string; cell: string }) => `${i.code} ${i.sheet}!${i.cell}`);
    expect(at).toEqual(expect.arrayContaining(['number_out_of_range 张三!E8', 'meta_disagrees 张三!A1']));
    expect(r.valid).toBe(false);
  });

  it('a forged rollup name on a real register: read, counted by consolidate, and reported', async () => {
    const wb = school(true).wb;
    wb.definedNames.add(`'风险点自查'!$A$1`, 'LF_ROLLUP_D1_SORTED');
    const file = await write('forged-rollup.xlsx', wb);
    const r = await validate(file);
    expect(r.forms.map((x: { sheet: string }) => x.sheet)).toContain('风险点自查');
    const at = r.issues.map((i: { code: string; sheet: string; cell: string }) => `${i.code} ${i.sheet}!${i.cell}`);
    expect(at).toEqual(expect.arrayContaining(['required_missing 风险点自查!K5', 'meta_copy_disagrees 风险点自查!A1']));
    const inbox = path.join(dir, 'inbox');
    mkdirSync(inbox, { recursive: true });
    writeFileSync(path.join(inbox, 'unit.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
    const c = await runCli('consolidate', inbox, '-o', path.join(dir, '汇总.xlsx'), '--json', '--pack', 'school-2010');
    const units = JSON.parse(c.out).units as Array<{ total: number }>;
    expect(units[0].total).toBeGreaterThan(0);
  });

  it('a visible sheet named like lianfang’s hidden ones is still read when it holds a form', async () => {
    const wb = school(true).wb;
    wb.getWorksheet('测评')!.name = '_lianfang_测评';
    const r = await validate(await write('forged-name.xlsx', wb));
    expect(r.forms.map((x: { sheet: string }) => x.sheet)).toContain('_lianfang_测评');
    const at = r.issues.map((i: { code: string; sheet: string }) => `${i.code} ${i.sheet}`);
    expect(at).toEqual(
      expect.arrayContaining(['low_score_needs_talk _lianfang_测评', 'meta_copy_disagrees _lianfang_测评']),
    );
  });
});
