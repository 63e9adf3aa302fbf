import { LianfangError } from '../../core/errors';
import type { Host } from '../../doors/ui/host';
import { applyOps, type LeftBehind } from './applyOps';
import { rollback } from './rollback';
import { bytesToBase64, officeCreateWorkbook, type CreateWorkbook } from './createWorkbook';
import { officeErrorToLianfang, RETRYABLE } from './errors';
import { officeExcelRun, type ExcelRun } from './excelRun';
import { readSnapshot } from './readSnapshot';

export interface OfficeHostOptions {
  /** Defaults to the real Excel.run; tests pass the fake's. */
  run?: ExcelRun;
  /** Request size budget in bytes (tests use a small one to force several requests). */
  budget?: number;
  /** Defaults to the real Excel.createWorkbook where this Excel has it; tests pass the fake's, or null for none. */
  createWorkbook?: CreateWorkbook | null;
}

/** The task pane's Host: reads and writes the open workbook through office-js. Errors are LianfangErrors. */
export function createOfficeHost(opts: OfficeHostOptions = {}): Host {
  const run = opts.run ?? officeExcelRun;
  // Sheets a failed apply could not remove at once (Excel was still in cell-edit mode): removed before the next one.
  let leftBehind: LeftBehind | null = null;
  return {
    kind: 'excel',
    read: (signal) => readSnapshot({ run, signal }),
    apply: async (ops, signal) => {
      if (leftBehind) {
        const { sheets, names } = leftBehind;
        await rollback(run, sheets, names).catch((e: unknown) => {
          throw officeErrorToLianfang(e, { sheets: sheets.join('、'), rolledBack: 0 });
        });
        leftBehind = null;
      }
      await applyOps(ops, { run, signal, budget: opts.budget, onLeftBehind: (left) => (leftBehind = left) });
    },
    openNewWorkbook: async (bytes) => {
      const create = opts.createWorkbook === undefined ? officeCreateWorkbook() : opts.createWorkbook;
      if (!create) throw new LianfangError('officejs_create_workbook_missing');
      try {
        await create(bytesToBase64(bytes));
      } catch (e) {
        throw officeErrorToLianfang(e);
      }
    },
    select: async (sheet, cell) => {
      try {
        await run(async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(cell).select();
          await ctx.sync();
        });
      } catch (e) {
        throw officeErrorToLianfang(e, { sheet, cell });
      }
    },
  };
}

export type { ExcelRun };

/** Whether a failure's code is one the user clears in Excel and then retries (the pane can offer 重试). */
export const isRetryable = (code: string): boolean => RETRYABLE.has(code);
