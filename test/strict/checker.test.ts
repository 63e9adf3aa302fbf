import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { applyOps } from '../../src/adapters/exceljs/applyOps';
import { workbookBytes } from '../../src/adapters/exceljs/write';
import { planInsert } from '../../src/core/build/template';
import { findPack } from '../../src/core/packs';
import { excelProblems, sheetNameProblem } from '../helpers/excelStrict';

/**
 * The strictness checker must catch what Excel repairs; otherwise its green means nothing. Each case takes a
 * clean lianfang workbook, breaks one thing the way a writer bug would, and expects that problem named.
 */
let clean: Uint8Array;
let raw: Uint8Array;
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  applyOps(wb, planInsert({ pack: findPack('puyang-2012')! }).ops);
  clean = await workbookBytes(wb);
  raw = new Uint8Array(await wb.xlsx.writeBuffer()); // ExcelJS alone: its string-sorted validation ranges
});

/** Rewrites one part of the package with `edit`. */
function mutate(bytes: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const parts = unzipSync(bytes);
  const before = strFromU8(parts[part]);
  const after = edit(before);
  if (after === before) throw new Error(`mutation of ${part} changed nothing`);
  parts[part] = strToU8(after);
  return zipSync(parts);
}
const SHEET = 'xl/worksheets/sheet2.xml';
const BOOK = 'xl/workbook.xml';

it('passes the clean workbook, fails the one ExcelJS writes alone', () => {
  expect(excelProblems(clean)).toEqual([]);
  expect(excelProblems(raw)).toContainEqual(expect.stringMatching(/data validations E5:E16 and E10:E16 overlap/));
});

it.each([
  [
    'overlapping merges',
    SHEET,
    (x: string) =>
      x.replace(/<mergeCells count="(\d+)">/, (_, n) => `<mergeCells count="${+n + 1}"><mergeCell ref="A1:B3"/>`),
    /merged ranges .* overlap/,
  ],
  [
    'worksheet element order',
    SHEET,
    (x: string) => x.replace(/(<mergeCells[\s\S]*?<\/mergeCells>)([\s\S]*?<pageSetup[^>]*\/>)/, '$2$1'),
    /<mergeCells> comes after <pageSetup>/,
  ],
  [
    'workbook element order',
    BOOK,
    (x: string) => x.replace(/(<sheets>[\s\S]*?<\/sheets>)(<definedNames>[\s\S]*?<\/definedNames>)/, '$2$1'),
    /<sheets> comes after <definedNames>/,
  ],
  [
    'a sheet name with a colon',
    BOOK,
    (x: string) => x.replace(/name="A1 [^"]*"/, 'name="A1: 目录"'),
    /contains one of/,
  ],
  ['the reserved name History', BOOK, (x: string) => x.replace(/name="A1 [^"]*"/, 'name="history"'), /reserved/],
  [
    'two names differing only in case',
    BOOK,
    (x: string) => x.replace(/name="A1 [^"]*"/, 'name="A2 职权运行目录"'),
    /used twice/,
  ],
  [
    'a print area on another sheet',
    BOOK,
    (x: string) => x.replace(/(localSheetId="1">&apos;)A2 [^&]*/, '$1A1 岗位职责目录'),
    /belongs to sheet/,
  ],
  [
    'a name pointing nowhere',
    BOOK,
    (x: string) => x.replace(/&apos;A1 [^&]*&apos;!/, '&apos;没有这张表&apos;!'),
    /missing sheet/,
  ],
  ['a style out of range', SHEET, (x: string) => x.replace(/ s="\d+"/, ' s="9999"'), /style 9999/],
  [
    'a shared string out of range',
    SHEET,
    (x: string) => x.replace(/t="s"><v>\d+<\/v>/, 't="s"><v>99999</v>'),
    /shared string 99999/,
  ],
  ['broken XML', SHEET, (x: string) => x.replace('</sheetData>', '</sheetDat>'), /closes|xmllint/],
  [
    'a dropdown list longer than Excel takes',
    SHEET,
    (x: string) =>
      x.replace(/<formula1>&quot;.*?&quot;<\/formula1>/, `<formula1>&quot;${'长'.repeat(300)}&quot;</formula1>`),
    /list longer than 255/,
  ],
])('finds %s', (_what, part, edit, want) => {
  expect(excelProblems(mutate(clean, part, edit))).toContainEqual(expect.stringMatching(want));
});

it('knows Excel’s sheet-name rules', () => {
  expect(sheetNameProblem('A3 岗位廉政风险点登记表')).toBeNull();
  expect(sheetNameProblem('一'.repeat(32))).toMatch(/31/);
  expect(sheetNameProblem("'引号")).toMatch(/apostrophe/);
  expect(sheetNameProblem('a/b')).toMatch(/contains/);
});
