import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readWorkbookStreamed } from '../../src/adapters/xlsx/read';
import { gradeWorkbook } from '../../src/core/grade';
import { findPack } from '../../src/core/packs';
import { recogniseWorkbook } from '../../src/core/recognise';
import { validateWorkbook } from '../../src/core/validate';
import { hangzhou } from './corpus/hangzhou';
import { heshui } from './corpus/heshui';
import { puyang } from './corpus/puyang';
import { railway } from './corpus/railway';
import { resaveWithLibreOffice } from './corpus/resave';
import { school } from './corpus/school';
import type { HandTyped } from './corpus/write';

const OUT = path.join(__dirname, '../../artifacts/validate/corpus');

const CORPUS: Array<{
  pack: string;
  build: (dirty: boolean) => HandTyped;
  forms: Record<string, string>;
  skipped: Record<string, string>;
}> = [
  {
    pack: 'puyang-2012',
    build: puyang,
    forms: { 岗位职责目录: 'A1', 职权运行目录: 'A2', 张三: 'A3', 李四: 'A3', 王五: 'A3' },
    skipped: { 填表说明: 'notes', 通讯录: 'unrecognised' },
  },
  {
    pack: 'heshui-2012',
    build: heshui,
    forms: { 李建军: 'B1', 政府采购股: 'B2', 专项清查: 'B3', 汇总: 'B4', 验收: 'B5' },
    skipped: { 旧表: 'hidden' },
  },
  {
    pack: 'hangzhou-2019',
    build: hangzhou,
    forms: { 局本级: 'C1', 行政审批处: 'C2', 法规处: 'C2', 工作安排: 'C3' },
    skipped: {},
  },
  {
    pack: 'school-2010',
    build: school,
    forms: {
      风险点自查: 'D1',
      总务处自查: 'D1',
      刘文斌责任卡: 'D2',
      李明责任卡: 'D2',
      刘文斌承诺书: 'D3',
      预警处置: 'D4',
      测评: 'D5',
    },
    skipped: {},
  },
  { pack: 'railway-2014', build: railway, forms: { 职权目录: 'E1', 风险分布: 'E2' }, skipped: {} },
];

/** Every book, clean and dirty, as ExcelJS wrote it and as LibreOffice saved it again. */
const books = new Map<string, { typed: HandTyped; file: string; resaved?: string }>();
const key = (pack: string, dirty: boolean) => `${pack}-${dirty ? 'dirty' : 'clean'}`;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  for (const c of CORPUS)
    for (const dirty of [false, true]) {
      const typed = c.build(dirty);
      const file = path.join(OUT, `${key(c.pack, dirty)}.xlsx`);
      writeFileSync(file, Buffer.from(await typed.wb.xlsx.writeBuffer()));
      books.set(key(c.pack, dirty), { typed, file });
    }
  const resaved = resaveWithLibreOffice(
    [...books.values()].map((b) => b.file),
    path.join(OUT, 'libreoffice'),
  );
  for (const b of books.values()) b.resaved = resaved.get(b.file);
});

/** Reads a file as the CLI and the page read every file: the streaming reader (the same snapshot as ExcelJS: test/xlsx). */
async function snapshot(file: string) {
  return readWorkbookStreamed(new Uint8Array(readFileSync(file)), path.basename(file)).snapshot;
}

const SAVERS = [
  ['ExcelJS', (b: { file: string }) => b.file],
  ['LibreOffice', (b: { resaved?: string }) => b.resaved!],
] as const;

describe.each(CORPUS)('hand-typed $pack', ({ pack, forms, skipped }) => {
  it.each(SAVERS)(
    'clean, saved by %s: every form recognised, other sheets skipped with their reason, zero errors',
    async (_, fileOf) => {
      const r = validateWorkbook(await snapshot(fileOf(books.get(key(pack, false))!)));
      expect(r.pack).toBe(pack);
      expect(Object.fromEntries(r.forms.map((f) => [f.sheet, f.form]))).toEqual(forms);
      expect(Object.fromEntries(r.skipped.map((s) => [s.sheet, s.reason]))).toEqual(skipped);
      expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(r.valid).toBe(true);
    },
  );

  it.each(SAVERS)(
    'dirty, saved by %s: every planted problem found at its cell, no error that was not planted',
    async (_, fileOf) => {
      const b = books.get(key(pack, true))!;
      const r = validateWorkbook(await snapshot(fileOf(b)));
      const found = r.issues.map((i) => `${i.code} ${i.sheet}!${i.cell}`);
      const planted = b.typed.planted.map((p) => `${p.code} ${p.sheet}!${p.cell}`);
      expect(planted.filter((p) => !found.includes(p))).toEqual([]);
      const stray = r.issues.filter((i) => i.severity === 'error').map((i) => `${i.code} ${i.sheet}!${i.cell}`);
      expect(stray.filter((s) => !planted.includes(s))).toEqual([]);
      expect(r.valid).toBe(false);
    },
  );

  it('clean: every row with factor scores gets the level the scheme gives', async () => {
    const b = books.get(key(pack, false))!;
    const wb = await snapshot(b.file);
    const g = gradeWorkbook(wb, recogniseWorkbook(wb), { pack: findPack(pack)! });
    const got = Object.fromEntries(g.rows.map((r) => [`${r.sheet}!${r.levelCell}`, r.levelName]));
    const want = Object.fromEntries(b.typed.grades.map((x) => [`${x.sheet}!${x.cell}`, x.level]));
    expect(Object.keys(want).length).toBeGreaterThan(0);
    expect(Object.fromEntries(Object.keys(want).map((k) => [k, got[k]]))).toEqual(want);
    // No row with factors is left ungraded or unexplained.
    expect(g.rows.filter((r) => r.status === 'incomplete' || r.status === 'invalid')).toEqual([]);
  });
});
