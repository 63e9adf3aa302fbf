import type { ExcelRun } from './excelRun';

/** Deletes what a failed apply added: its sheets, and the names it defined (which would point at #REF!). */
export async function rollback(run: ExcelRun, sheets: string[], names: string[]): Promise<boolean> {
  if (!sheets.length && !names.length) return true;
  return run(async (ctx) => {
    const ws = sheets.map((s) => ctx.workbook.worksheets.getItemOrNullObject(s).load('isNullObject'));
    const ns = names.map((n) => ctx.workbook.names.getItemOrNullObject(n).load('isNullObject'));
    await ctx.sync();
    for (const n of ns) if (!n.isNullObject) n.delete();
    for (const w of ws) if (!w.isNullObject) w.delete();
    await ctx.sync();
    return true;
  });
}
