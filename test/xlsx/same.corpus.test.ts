import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { PACKS } from '../../src/core/packs';
import { buildPackWorkbook } from '../../src/doors/cli/commands/template';
import { unitWorkbook } from '../consolidate/units';
import { runCli } from '../helpers/cli';
import { convertWithLibreOffice } from '../helpers/libreoffice';
import { buildCorpus } from '../hostile/corpus';
import { hangzhou } from '../validate/corpus/hangzhou';
import { heshui } from '../validate/corpus/heshui';
import { puyang } from '../validate/corpus/puyang';
import { railway } from '../validate/corpus/railway';
import { school } from '../validate/corpus/school';
import { bothReaders, differences } from './compare';

/**
 * The whole test corpus through both readers, compared cell by cell: hand-typed office workbooks, every pack's
 * blank and filled template, unit workbooks, what every writing command produces (graded, rolled up, signed,
 * annotated, reported, consolidated), the hostile files that read, openpyxl's files and LibreOffice re-saves.
 */
const DIR = path.resolve(__dirname, '../../artifacts/xlsx/corpus');
const files: string[] = [];

const bytesOf = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(path.join(DIR, 'hostile'), { recursive: true });
  const put = (name: string, bytes: Uint8Array) => {
    writeFileSync(path.join(DIR, name), bytes);
    files.push(path.join(DIR, name));
  };
  for (const [id, build] of Object.entries({ puyang, heshui, hangzhou, school, railway }))
    for (const dirty of [false, true])
      put(`typed-${id}-${dirty ? 'dirty' : 'clean'}.xlsx`, await bytesOf(build(dirty).wb));
  for (const pack of PACKS) {
    put(`blank-${pack.id}.xlsx`, await bytesOf(await buildPackWorkbook(pack, false)));
    put(`demo-${pack.id}.xlsx`, await bytesOf(await buildPackWorkbook(pack, true)));
    put(`unit-${pack.id}.xlsx`, await unitWorkbook(pack, '测试单位', 3, new Date(Date.UTC(2024, 4, 20))));
  }
  const at = (n: string) => path.join(DIR, n);
  const commands = [
    ['grade', at('demo-school-2010.xlsx'), '-o', at('graded.xlsx')],
    ['rollup', at('demo-heshui-2012.xlsx'), '-o', at('rolled-up.xlsx')],
    ['validate', at('typed-heshui-dirty.xlsx'), '-o', at('annotated.xlsx')],
    ['keygen', '--name', '蒋忠良', '-o', at('key.json')],
    [
      'sign',
      at('demo-puyang-2012.xlsx'),
      '--form',
      'A1',
      '--role',
      'unit',
      '--key',
      at('key.json'),
      '--opinion',
      '同意',
      '-o',
      at('signed.xlsx'),
    ],
    ['report', at('signed.xlsx'), '-o', at('report.xlsx'), '--period', '2024年度'],
    ['consolidate', at('unit-heshui-2012.xlsx'), at('demo-heshui-2012.xlsx'), '-o', at('consolidated.xlsx')],
  ];
  for (const args of commands) {
    const r = await runCli(...args);
    const out = args[args.indexOf('-o') + 1];
    if (!existsSync(out)) throw new Error(`${args[0]} wrote nothing: ${r.err}`);
    if (out.endsWith('.xlsx')) files.push(out);
  }
  for (const c of await buildCorpus(path.join(DIR, 'hostile'))) if (!c.error) files.push(c.file);
  // LibreOffice re-saves, as a clerk who edits in LibreOffice hands them in.
  const resave = files.filter((f) => /typed-.*dirty|demo-|rolled-up|report/.test(path.basename(f)));
  convertWithLibreOffice(resave, 'xlsx', path.join(DIR, 'libreoffice'));
  files.push(...readdirSync(path.join(DIR, 'libreoffice')).map((f) => path.join(DIR, 'libreoffice', f)));
}, 300_000);

test('the corpus holds every kind of workbook it names (so the comparison below covers them)', () => {
  const names = files.map((f) => path.relative(DIR, f));
  expect(names.filter((n) => n.startsWith('libreoffice/')).length).toBeGreaterThanOrEqual(12);
  for (const n of [
    'graded.xlsx',
    'rolled-up.xlsx',
    'annotated.xlsx',
    'signed.xlsx',
    'report.xlsx',
    'consolidated.xlsx',
  ])
    expect(names).toContain(n);
  expect(names.some((n) => n.includes('openpyxl'))).toBe(true);
  expect(files.length).toBeGreaterThanOrEqual(55);
});

test('ExcelJS and the streaming reader give the same snapshot, cell by cell, for every workbook of the corpus', async () => {
  const differ: Record<string, string[]> = {};
  for (const file of files) {
    const { viaExcelJS, streamed, warnings } = await bothReaders(new Uint8Array(readFileSync(file)), file);
    const d = differences(viaExcelJS, streamed);
    if (JSON.stringify(warnings[0]) !== JSON.stringify(warnings[1])) d.push(`warnings: ${JSON.stringify(warnings)}`);
    if (d.length) differ[path.relative(DIR, file)] = d;
  }
  expect(differ).toEqual({});
});
