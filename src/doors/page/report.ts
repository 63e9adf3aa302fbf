import type ExcelJS from 'exceljs';
import { applyOps } from '../../adapters/exceljs/applyOps';
import { snapshotWorkbook } from '../../adapters/exceljs/snapshot';
import type { Pack } from '../../core/forms/pack';
import { buildReport, reportCounts, type ReportCounts } from '../../core/report';
import { rememberedRoster } from '../ui/approve/rosterMemory';
import { loadExcelJS, toBytes } from './workbook';

/** The report's bytes and the counts its cover states. */
export interface PageReport extends ReportCounts {
  bytes: Uint8Array;
}

/** Today on this computer's clock, yyyy-mm-dd (not UTC: before 8 a.m. in China that is still yesterday). */
export const localDate = (d = new Date()): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * 生成报送工作簿: the report over the opened unit workbooks of the chosen programme, built in the browser. The page
 * passes only workbooks that belong to `pack` (see docs.ts): another programme's forms are never recast as these.
 */
export async function reportWorkbook(
  pack: Pack,
  docs: ReadonlyArray<{ file: string; wb: ExcelJS.Workbook }>,
): Promise<PageReport> {
  const sources = docs.map((d) => ({ name: d.file, snapshot: snapshotWorkbook(d.wb) }));
  // The roster this browser was given decides 核验有效 in the report; without one the report says 身份未核验.
  const roster = (await rememberedRoster()) ?? undefined;
  const plan = await buildReport({ pack, sources, generated: localDate(), roster });
  const { Workbook } = await loadExcelJS();
  const out = new Workbook();
  out.creator = 'lianfang';
  applyOps(out, plan.ops);
  return { bytes: await toBytes(out), ...reportCounts(pack, plan.model) };
}

/** The report's bytes alone (tests that check what the page writes). */
export const reportWorkbookBytes = async (...a: Parameters<typeof reportWorkbook>) =>
  (await reportWorkbook(...a)).bytes;

export const reportFileName = (file: string) => `${file.replace(/\.xlsx$/i, '')}-报送.xlsx`;
