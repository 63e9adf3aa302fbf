import { applyOps } from '../../../adapters/exceljs/applyOps';
import { workbookBytes } from '../../../adapters/exceljs/write';
import { LianfangError } from '../../../core/errors';
import { message } from '../../../core/messages';
import { findPack, PACKS } from '../../../core/packs';
import { recogniseForRollup, rollupWorkbook } from '../../../core/rollup/rollupWorkbook';
import { parseAsOf } from '../../../core/round/round';
import type { RegisterCommand } from '../context';
import { writeFileSafely } from '../io';
import { openWorkbookFile } from '../open';
import { json } from '../output';

interface RollupOpts {
  output: string;
  pack?: string;
  force?: boolean;
  inPlace?: boolean;
  json?: boolean;
  asOf?: string;
}

/** `rollup <in> -o <out>`: writes (or rewrites) the 汇总 sheets of one unit's workbook. */
export const registerRollup: RegisterCommand = (program, ctx) =>
  program
    .command('rollup <in>')
    .description('生成本单位汇总表 (风险汇总、附表4、风险点目录等;重复运行会替换上次生成的汇总表)')
    .requiredOption('-o, --output <file>', '输出 .xlsx 文件')
    .option('--pack <id>', '指定方案')
    .option('--json', '以 JSON 输出统计结果')
    .option('--as-of <date>', '预警台账按哪一天统计逾期(默认今天),例如 2025-05-20')
    .option('--force', '覆盖已存在的输出文件')
    .option('--in-place', '直接修改输入文件(会先备份)')
    .action(async (input: string, opts: RollupOpts) => {
      const opened = await openWorkbookFile(input);
      const recognition = recogniseForRollup(opened.snapshot, opts.pack);
      const pack = recognition.pack ? findPack(recognition.pack) : undefined;
      if (!pack) throw new LianfangError('rollup_no_pack', { known: PACKS.map((p) => p.id).join('、') });
      const result = rollupWorkbook(opened.snapshot, recognition, {
        pack,
        ...(opts.asOf ? { asOf: parseAsOf(opts.asOf) } : {}),
      });
      const wb = await opened.loadWorkbook();
      applyOps(wb, result.ops);
      wb.modified = new Date(); // the content changed: the file says when, so consolidation can tell copies apart
      await writeFileSafely(opts.output, await workbookBytes(wb), {
        force: opts.force,
        inputs: [input],
        inPlace: opts.inPlace,
      });
      if (opts.json)
        return ctx.io.out(
          json({
            file: opts.output,
            pack: pack.id,
            unit: result.unit,
            sheets: result.sheets,
            counts: result.counts,
            total: result.total,
            warnings: result.warnings,
            flowcharts: result.flowcharts,
          }),
        );
      ctx.io.out(message('rollup_done', { sheets: result.sheets.map((s) => s.sheet).join('、') }));
      const charts = result.flowcharts;
      if (charts.sheets.length)
        ctx.io.out(
          message('flowchart_written', {
            count: charts.sheets.length,
            title: pack.flowcharts.map((f) => f.title).join('、'),
            sheets: charts.sheets.map((s) => s.sheet).join('、'),
          }),
        );
      for (const n of charts.notices) ctx.io.out(`  ${n.text}`);
      const w = result.warnings;
      const total = Object.values(w).reduce((a, b) => a + b, 0);
      if (total)
        ctx.io.out(
          message('ledger_summary', {
            total,
            open: w.open,
            undated: w.undated,
            overdue: w.overdue,
            answered: w.answered + w.answeredLate,
            late: w.answeredLate,
          }),
        );
    });
