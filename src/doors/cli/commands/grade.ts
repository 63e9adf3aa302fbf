import { applyOps } from '../../../adapters/exceljs/applyOps';
import { workbookBytes } from '../../../adapters/exceljs/write';
import { LianfangError } from '../../../core/errors';
import { gradeWorkbook } from '../../../core/grade/gradeWorkbook';
import { message } from '../../../core/messages';
import { findPack, PACKS } from '../../../core/packs';
import { recogniseForRollup } from '../../../core/rollup/rollupWorkbook';
import { SETTINGS_SHEET, settingsSheetOps } from '../../../core/settings/schemeSettings';
import type { RegisterCommand } from '../context';
import { writeFileSafely } from '../io';
import { openWorkbookFile } from '../open';
import { json } from '../output';

interface GradeOpts {
  output: string;
  pack?: string;
  force?: boolean;
  inPlace?: boolean;
  json?: boolean;
  writeSettings?: boolean;
  notes?: boolean;
}

/** `grade <in> -o <out>`: computes levels from factor scores, fills blank ones and 监控责任, flags differences. */
export const registerGrade: RegisterCommand = (program, ctx) =>
  program
    .command('grade <in>')
    .description('计算风险等级并填写监控责任 (compute levels from factor scores; never overwrites an entered level)')
    .requiredOption('-o, --output <file>', '输出 .xlsx 文件')
    .option('--pack <id>', '指定方案')
    .option('--write-settings', `在工作簿中写入「${SETTINGS_SHEET}」表,便于本单位调整定级规则`)
    .option('--no-notes', '不在等级单元格上添加定级说明批注(行数很多时更快、文件更小)')
    .option('--json', '以 JSON 输出每一行的定级结果')
    .option('--force', '覆盖已存在的输出文件')
    .option('--in-place', '直接修改输入文件(会先备份)')
    .action(async (input: string, opts: GradeOpts) => {
      const opened = await openWorkbookFile(input);
      const recognition = recogniseForRollup(opened.snapshot, opts.pack);
      const pack = recognition.pack ? findPack(recognition.pack) : undefined;
      if (!pack) throw new LianfangError('rollup_no_pack', { known: PACKS.map((p) => p.id).join('、') });
      const result = gradeWorkbook(opened.snapshot, recognition, { pack, notes: opts.notes });
      const wb = await opened.loadWorkbook();
      applyOps(wb, result.ops);
      if (opts.writeSettings)
        applyOps(
          wb,
          settingsSheetOps(
            result.scheme,
            opened.snapshot.sheets.some((s) => s.name === SETTINGS_SHEET),
          ),
        );
      wb.modified = new Date(); // the content changed: the file says when, so consolidation can tell copies apart
      await writeFileSafely(opts.output, await workbookBytes(wb), {
        force: opts.force,
        inputs: [input],
        inPlace: opts.inPlace,
      });
      if (result.counts.needsReason || result.counts.unknownLevel || result.counts.invalid) ctx.exit(1);
      if (opts.json)
        return ctx.io.out(
          json({
            file: opts.output,
            pack: pack.id,
            rule: result.rule,
            source: result.source,
            counts: result.counts,
            unmonitored: result.unmonitored,
            rows: result.rows,
          }),
        );
      ctx.io.out(message('grade_done', { file: opts.output, ...result.counts, rule: result.rule }));
      for (const u of result.unmonitored) ctx.io.out(`  ${message('grade_no_monitor_column', u)}`);
      for (const r of result.rows) for (const n of r.notes) ctx.io.out(`  ${r.sheet}!${r.levelCell ?? r.row}: ${n}`);
    });
