import type ExcelJS from 'exceljs';

let loaded: Promise<typeof ExcelJS> | undefined;

/**
 * ExcelJS is large (a second of start-up in the CLI, most of the page's script): every door loads it
 * on first use only, through here. Commands that only read never load it at all.
 */
export const loadExcelJS = (): Promise<typeof ExcelJS> =>
  (loaded ??= import('exceljs').then((m) => {
    const mod = m as unknown as { default?: typeof ExcelJS } & typeof ExcelJS;
    return mod.default ?? mod;
  }));

/** A new, empty ExcelJS workbook written by lianfang. */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { Workbook } = await loadExcelJS();
  const wb = new Workbook();
  wb.creator = 'lianfang';
  return wb;
}
