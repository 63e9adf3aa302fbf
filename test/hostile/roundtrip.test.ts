import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { applyOps } from '../../src/adapters/exceljs/applyOps';
import { writeFileSafely } from '../../src/doors/cli/io';
import { openWorkbookFile } from '../../src/doors/cli/open';
import { openpyxlFiles, PYTHON } from './corpus';

/** What lianfang does not own survives a read and write; what ExcelJS cannot keep is named before saving. */
let dir: string;
let files: { comments: string; chart: string };
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lianfang-roundtrip-'));
  files = openpyxlFiles(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Reads a workbook with openpyxl and returns what a person would check. */
function readWithOpenpyxl(file: string): {
  sheets: string[];
  cells: Record<string, [unknown, string]>;
  comments: Record<string, string>;
  bold: boolean;
  fill: string;
  names: Record<string, string>;
} {
  const script = `
import json, sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
ws = wb.worksheets[0]
cells = {}
for row in ws.iter_rows():
    for c in row:
        if c.value is not None:
            cells[c.coordinate] = [c.value, c.data_type]
comments = {c.coordinate: c.comment.text for row in ws.iter_rows() for c in row if c.comment}
names = {d.name: d.attr_text for d in wb.defined_names.definedName}
print(json.dumps({"sheets": wb.sheetnames, "cells": cells, "comments": comments, "bold": bool(ws["A1"].font.b),
  "fill": str(ws["B1"].fill.fgColor.rgb), "names": names}, ensure_ascii=False))
`;
  const r = spawnSync(PYTHON, ['-c', script, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

test('comments, styles, defined names and other sheets from openpyxl survive a lianfang edit and save', async () => {
  const before = readWithOpenpyxl(files.comments);
  const opened = await openWorkbookFile(files.comments);
  // ExcelJS keeps the comments but writes them under the author "Author": the user is told.
  expect(opened.warnings).toEqual([
    { code: 'lost_on_save', params: { file: files.comments, items: 'comment_authors' } },
  ]);
  const wb = await opened.loadWorkbook();
  applyOps(wb, [{ kind: 'setValues', sheet: '风险点', at: 'E1', values: [['已核对']] }]);
  const out = path.join(dir, 'edited.xlsx');
  await writeFileSafely(out, new Uint8Array(await wb.xlsx.writeBuffer()), { inputs: [files.comments] });
  const after = readWithOpenpyxl(out);
  expect(after.sheets).toEqual(before.sheets);
  expect(after.comments).toEqual(before.comments);
  expect(after.comments.A2).toBe('请核对岗位名称');
  expect(after.bold).toBe(true);
  expect(after.fill).toBe(before.fill);
  expect(after.names).toEqual(before.names);
  expect(after.cells).toEqual({ ...before.cells, E1: ['已核对', 's'] });
});

test('a chart that ExcelJS would drop is reported as lost_on_save before anything is saved', async () => {
  const opened = await openWorkbookFile(files.chart);
  const lost = opened.warnings.find((w) => w.code === 'lost_on_save');
  expect(lost?.params.items).toContain('charts');
  // And it really is lost on save: the warning is not a false alarm.
  const wb = await opened.loadWorkbook();
  const out = new Uint8Array(await wb.xlsx.writeBuffer());
  const { unzipSync } = await import('fflate');
  expect(Object.keys(unzipSync(out)).filter((n) => n.startsWith('xl/charts/'))).toEqual([]);
  expect(Object.keys(unzipSync(out))).toContain('xl/comments1.xml');
});

test('text that looks like a formula is written as text, never as a formula', async () => {
  const wb = new ExcelJS.Workbook();
  const hostile = [
    '=SUM(A1:A9)',
    '+1+1',
    '-2+3',
    '@SUM(1)',
    '\t=1+1',
    '\r=1+1',
    '=HYPERLINK("http://evil","点我")',
    "=cmd|' /C calc'!A0",
  ];
  applyOps(wb, [
    { kind: 'addSheet', sheet: '表' },
    { kind: 'setValues', sheet: '表', at: 'A1', values: hostile.map((v) => [v]) },
    // A formula lianfang itself writes stays a formula: the check below can tell the two apart.
    { kind: 'setFormulas', sheet: '表', at: 'B1', formulas: [['=1+1']], results: [[2]] },
  ]);
  const file = path.join(dir, 'injection.xlsx');
  await writeFileSafely(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  const { cells } = readWithOpenpyxl(file);
  // (XML parsers read a bare CR back as LF: the text changes by that, but stays text.)
  hostile.forEach((v, i) => expect(cells[`A${i + 1}`]).toEqual([v.replace(/\r/g, '\n'), 's']));
  expect(cells.B1).toEqual(['=1+1', 'f']);
});
