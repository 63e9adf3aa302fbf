import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import type { WorkbookSnapshot } from '../../src/core/port';
import { main } from '../../src/doors/cli/main';
import type { Io } from '../../src/doors/cli/output';

export const DIR = path.resolve(__dirname, '../../artifacts/report/test');

export function freshDir(): string {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  return DIR;
}

/** Runs the CLI as a person would, capturing what it prints. */
export async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (s) => out.push(s), err: (s) => err.push(s), debug: false };
  const code = await main(['node', 'lianfang', ...args], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

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
