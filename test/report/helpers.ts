import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import type { WorkbookSnapshot } from '../../src/core/port';
import { runCli } from '../helpers/cli';

export const DIR = path.resolve(__dirname, '../../artifacts/report/test');

export function freshDir(): string {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  return DIR;
}

/** Runs the CLI as a person would, capturing what it prints. */
export const cli = runCli;

export async function load(file: string): Promise<{ wb: ExcelJS.Workbook; snap: WorkbookSnapshot }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return { wb, snap: snapshotWorkbook(wb) };
}

export interface PySheet {
  name: string;
  state: string;
  paperSize: number | null;
  orientation: string | null;
  fitToWidth: boolean | null;
  printTitleRows: string | null;
  printArea: string[] | string | null;
  footer: string | null;
  values: unknown[][];
}

/** The report as openpyxl (an independent reader) sees it. */
export function openpyxl(file: string): { active: string; sheets: PySheet[] } {
  const json = execFileSync('/usr/bin/python3', [path.join(__dirname, 'inspect_report.py'), file], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(json);
}

export const texts = (rows: unknown[][]): string =>
  rows
    .flat()
    .filter((v) => v !== null)
    .join('\n');
