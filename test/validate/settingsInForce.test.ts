import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readWorkbookStreamed } from '../../src/adapters/xlsx/read';
import type { CellValue } from '../../src/core/cell';
import { gradeWorkbook } from '../../src/core/grade';
import { findPack } from '../../src/core/packs';
import { recogniseWorkbook } from '../../src/core/recognise';
import { SETTINGS_SHEET, settingsSheetOps } from '../../src/core/settings/schemeSettings';
import { validateWorkbook } from '../../src/core/validate';
import { artifacts } from '../grade/workbooks';
import { resaveWithLibreOffice } from './corpus/resave';
import { school } from './corpus/school';

const pack = findPack('school-2010')!;

/** The school's hand-typed book with the settings sheet lianfang wrote, one item then changed by the unit. */
async function withSettings(name: string, item: string, value: CellValue): Promise<string> {
  const op = settingsSheetOps(pack.grading, false).find((o) => o.kind === 'setValues');
  if (op?.kind !== 'setValues') throw new Error('no settings values');
  const rows = op.values.map((r) => [...r]);
  const at = rows.findIndex((r) => r[0] === item);
  rows[at][1] = value;
  const b = school(false);
  const ws = b.wb.addWorksheet(SETTINGS_SHEET);
  rows.forEach((r, i) => r.forEach((v, c) => v !== null && (ws.getCell(i + 1, c + 1).value = v as string | number)));
  const file = path.join(artifacts('validate/settings-in-force'), `${name}.xlsx`);
  writeFileSync(file, Buffer.from(await b.wb.xlsx.writeBuffer()));
  return file;
}

const snapshot = (file: string) =>
  readWorkbookStreamed(new Uint8Array(readFileSync(file)), path.basename(file)).snapshot;

const files: Record<string, string> = {};

beforeAll(async () => {
  files.lowered = await withSettings('lowered', '一级最低分', 9);
  files.broken = await withSettings('broken', '二级最低分', '八');
  const resaved = resaveWithLibreOffice(
    [files.lowered, files.broken],
    path.join(artifacts('validate/settings-in-force'), 'libreoffice'),
  );
  files.loweredLO = resaved.get(files.lowered)!;
  files.brokenLO = resaved.get(files.broken)!;
});

describe.each([
  ['ExcelJS', ''],
  ['LibreOffice', 'LO'],
])('saved by %s', (_, suffix) => {
  it("validation computes levels by the unit's settings, as grading does", () => {
    const wb = snapshot(files[`lowered${suffix}`]);
    const r = validateWorkbook(wb);
    // 李明 (风险点自查 row 5) and 王芳 (总务处自查 row 6): 3 × 3 = 9, typed 二级; with 一级 from 9 the scores say 一级.
    const reasons = r.issues.filter((i) => i.code === 'level_needs_reason').map((i) => `${i.sheet}!${i.cell}`);
    expect(reasons).toEqual(expect.arrayContaining(['风险点自查!H5', '总务处自查!H6']));
    expect(r.issues.find((i) => i.cell === 'H5' && i.sheet === '风险点自查')!.message).toContain('= 9 ≥ 9 → 一级');
    const g = gradeWorkbook(wb, recogniseWorkbook(wb), { pack });
    expect(g.rows.find((x) => x.sheet === '风险点自查' && x.row === 5)!.computed!.name).toBe('一级');
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('a setting that cannot be read is an error at its cell; the rest is still checked by the plan', () => {
    const r = validateWorkbook(snapshot(files[`broken${suffix}`]));
    const bad = r.issues.filter((i) => i.severity === 'error');
    expect(bad.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ['settings_invalid', SETTINGS_SHEET, expect.stringMatching(/^B\d+$/)],
    ]);
    expect(bad[0].message).toContain('的值「八」无效：应为数字');
    expect(r.valid).toBe(false);
    expect(r.forms.map((f) => f.sheet)).toContain('风险点自查');
    // The plan's own rule: 3 × 3 = 9 is 二级, as typed.
    expect(r.issues.filter((i) => i.code === 'level_needs_reason' && i.cell === 'H5')).toEqual([]);
  });
});
