import type { Host } from '../../doors/ui/host';
import { applyOps } from './applyOps';
import { officeErrorToLianfang } from './errors';
import { officeExcelRun, type ExcelRun } from './excelRun';
import { readSnapshot } from './readSnapshot';

export interface OfficeHostOptions {
  /** Defaults to the real Excel.run; tests pass the fake's. */
  run?: ExcelRun;
}

/** The task pane's Host: reads and writes the open workbook through office-js. Errors are LianfangErrors. */
export function createOfficeHost(opts: OfficeHostOptions = {}): Host {
  const run = opts.run ?? officeExcelRun;
  return {
    kind: 'excel',
    read: (signal) => readSnapshot({ run, signal }),
    apply: async (ops, signal) => {
      await applyOps(ops, { run, signal });
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
