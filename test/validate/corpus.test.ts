import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readWorkbookStreamed } from '../../src/adapters/xlsx/read';
import { validateWorkbook } from '../../src/core/validate';
import type { HandTyped } from './corpus/write';
import { hangzhou } from './corpus/hangzhou';
import { heshui } from './corpus/heshui';
import { puyang } from './corpus/puyang';
import { railway } from './corpus/railway';
import { school } from './corpus/school';

const OUT = path.join(__dirname, '../../artifacts/validate/corpus');

/** Writes the book to a real .xlsx, reads it back as any office's file would be read, and validates it. */
async function roundTrip(name: string, b: HandTyped) {
  mkdirSync(OUT, { recursive: true });
  const bytes = Buffer.from(await b.wb.xlsx.writeBuffer());
  writeFileSync(path.join(OUT, `${name}.xlsx`), bytes);
  // Read as the CLI and the page read every file: the streaming reader (the same snapshot as ExcelJS: test/xlsx).
  return validateWorkbook(readWorkbookStreamed(new Uint8Array(bytes), `${name}.xlsx`).snapshot);
}

const CORPUS: Array<{
  pack: string;
  build: (dirty: boolean) => HandTyped;
  forms: Record<string, string>;
  skipped: Record<string, string>;
}> = [
  {
    pack: 'puyang-2012',
    build: puyang,
    forms: { 岗位职责目录: 'A1', 职权运行目录: 'A2', 张三: 'A3', 李四: 'A3' },
    skipped: { 填表说明: 'notes', 通讯录: 'unrecognised' },
  },
  {
    pack: 'heshui-2012',
    build: heshui,
    forms: { 李建军: 'B1', 专项清查: 'B3', 汇总: 'B4', 验收: 'B5' },
    skipped: { 旧表: 'hidden' },
  },
  {
    pack: 'hangzhou-2019',
    build: hangzhou,
    forms: { 局本级: 'C1', 行政审批处: 'C2', 工作安排: 'C3' },
    skipped: {},
  },
  {
    pack: 'school-2010',
    build: school,
    forms: { 风险点自查: 'D1', 刘文斌责任卡: 'D2', 预警处置: 'D4', 测评: 'D5' },
    skipped: {},
  },
  { pack: 'railway-2014', build: railway, forms: { 职权目录: 'E1', 风险分布: 'E2' }, skipped: {} },
];

describe.each(CORPUS)('hand-typed $pack', ({ pack, build, forms, skipped }) => {
  it('clean: every form recognised, the other sheets skipped with their reason, zero errors', async () => {
    const r = await roundTrip(`${pack}-clean`, build(false));
    expect(r.pack).toBe(pack);
    expect(Object.fromEntries(r.forms.map((f) => [f.sheet, f.form]))).toEqual(forms);
    expect(Object.fromEntries(r.skipped.map((s) => [s.sheet, s.reason]))).toEqual(skipped);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it('dirty: every planted problem found at its cell, and no error that was not planted', async () => {
    const b = build(true);
    const r = await roundTrip(`${pack}-dirty`, b);
    const found = r.issues.map((i) => `${i.code} ${i.sheet}!${i.cell}`);
    const planted = b.planted.map((p) => `${p.code} ${p.sheet}!${p.cell}`);
    expect(planted.filter((p) => !found.includes(p))).toEqual([]);
    const stray = r.issues.filter((i) => i.severity === 'error').map((i) => `${i.code} ${i.sheet}!${i.cell}`);
    expect(stray.filter((s) => !planted.includes(s))).toEqual([]);
    expect(r.valid).toBe(false);
  });
});
