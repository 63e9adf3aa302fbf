import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { runCli } from '../helpers/cli';
import { excelProblems } from '../helpers/excelStrict';
import { convertWithLibreOffice } from '../helpers/libreoffice';
import { writeRounds } from './generate';

let files: Awaited<ReturnType<typeof writeRounds>>;
let out: string;
let parts: Record<string, string>;
beforeAll(async () => {
  files = await writeRounds('picture');
  out = path.join(files.dir, '汇总.xlsx');
  const r = await runCli('consolidate', files.now, '--expect', files.units, '-o', out);
  expect(r.code).toBe(1); // 丁小学 has not handed in
  parts = Object.fromEntries(Object.entries(unzipSync(readFileSync(out))).map(([k, v]) => [k, strFromU8(v)]));
}, 60_000);

const sheetXml = (name: string) => {
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(parts['xl/workbook.xml'])![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(parts['xl/_rels/workbook.xml.rels'])![1];
  return { path: `xl/${target.replace(/^\/?xl\//, '')}`, xml: parts[`xl/${target.replace(/^\/?xl\//, '')}`] };
};

it('the consolidation workbook has a units × levels heat map Excel keeps live (a colour scale per level)', () => {
  const { xml } = sheetXml('各单位风险分布图');
  const scales = [...xml.matchAll(/<conditionalFormatting sqref="([^"]+)"><cfRule type="colorScale"/g)].map(
    (m) => m[1],
  );
  expect(scales).toEqual(['B5:B8', 'C5:C8', 'D5:D8']); // 一级, 二级, 三级 over the four units that handed in
  expect(xml).toContain('<cfRule type="expression"'); // shares above the line in red
});

it('and a native column chart of each unit’s 一级 share against the 20% line, read from the cells', () => {
  const { path: sheetPath, xml } = sheetXml('各单位风险分布图');
  expect(xml).toMatch(/<drawing r:id="rId\d+"\/>/);
  const rels = parts[sheetPath.replace(/([^/]+)$/, '_rels/$1.rels')];
  expect(rels).toContain('Target="../drawings/drawing1.xml"');
  const chart = parts['xl/charts/chart1.xml'];
  expect(chart).toContain('<c:barChart><c:barDir val="col"/>');
  expect(chart).toContain('<c:lineChart>');
  expect(chart).toContain("<c:f>'各单位风险分布图'!$F$5:$F$8</c:f>"); // 一级占比
  expect(chart).toContain("<c:f>'各单位风险分布图'!$G$5:$G$8</c:f>"); // 参考线
  expect(parts['[Content_Types].xml']).toContain('/xl/charts/chart1.xml');
  expect(excelProblems(readFileSync(out))).toEqual([]);
});

it('openpyxl reads the chart and LibreOffice draws it (a PNG kept for the README)', () => {
  const charts = execFileSync('/usr/bin/python3', [
    '-c',
    'import sys, openpyxl; wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["各单位风险分布图"]; print(len(ws._charts), ws["F6"].value)',
    out,
  ])
    .toString()
    .trim();
  expect(charts.split(' ')[0]).toBe('1');
  const pdfDir = path.join(files.dir, 'pdf');
  rmSync(pdfDir, { recursive: true, force: true });
  mkdirSync(pdfDir, { recursive: true });
  convertWithLibreOffice([out], 'pdf', pdfDir);
  const pdf = path.join(pdfDir, '汇总.pdf');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);
  const page = [...Array(pages).keys()]
    .map((i) => i + 1)
    .find((i) =>
      execFileSync('pdftotext', ['-f', `${i}`, '-l', `${i}`, pdf, '-'])
        .toString()
        .includes('各单位一级风险占比与参考线'),
    );
  expect(page).toBeDefined(); // the chart's title is drawn on the picture's page
  execFileSync('pdftoppm', [
    '-f',
    `${page}`,
    '-l',
    `${page}`,
    '-r',
    '80',
    '-png',
    '-singlefile',
    pdf,
    path.join(pdfDir, 'picture'),
  ]);
}, 120_000);
