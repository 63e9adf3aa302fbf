import path from 'node:path';
import { applyOps } from '../../../adapters/exceljs/applyOps';
import { workbookBytes } from '../../../adapters/exceljs/write';
import { newWorkbook } from '../../../adapters/exceljs/lazy';
import { compareYears, type Comparison } from '../../../core/compare/compare';
import { comparisonOps } from '../../../core/compare/compareSheets';
import { unitRisks, type UnitRisks } from '../../../core/compare/extract';
import { unreadableOf } from '../../../core/consolidate';
import { LianfangError } from '../../../core/errors';
import { message } from '../../../core/messages';
import type { RegisterCommand } from '../context';
import { writeFileSafely } from '../io';
import { openMany } from '../open';
import { json } from '../output';
import { collectFiles, modifiedOf } from './consolidate';

interface CompareOpts {
  output?: string;
  json?: boolean;
  pack?: string;
  force?: boolean;
}

/** 2024/ → 2024年; 去年.xlsx → 去年: what the sheets call each side. */
const label = (arg: string, fallback: string) => {
  const m = /(\d{4})/.exec(path.basename(path.resolve(arg)));
  return m ? `${m[1]}年` : fallback;
};

async function readSide(arg: string, year: 'last' | 'now', pack: string | undefined) {
  const files = await collectFiles([arg]);
  if (!files.length) throw new LianfangError('compare_no_inputs', { side: arg });
  const outcomes = await openMany(files, async (o) =>
    unitRisks(o.snapshot, o.file, { pack, ...(await modifiedOf(o.file, o.bytes)) }),
  );
  const units: UnitRisks[] = [];
  const unreadable: Comparison['unreadable'] = [];
  for (const o of outcomes)
    if (o.ok) units.push(o.value);
    else unreadable.push({ ...unreadableOf(o.file, o.error), year });
  return { files, units, unreadable };
}

const percent = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

/** `compare <last year> <this year> -o 对比.xlsx [--json]`: each unit's register against its own of last year. */
export const registerCompare: RegisterCommand = (program, ctx) =>
  program
    .command('compare')
    .description(
      '对比两年的风险清单:各单位新增、删除、改写、等级升降、高等级占比、新增措施,按变化排名 (this year against last)',
    )
    .argument('<last>', '去年的 .xlsx 文件或文件夹')
    .argument('<now>', '今年的 .xlsx 文件或文件夹')
    .option('-o, --output <file>', '输出对比 .xlsx 文件')
    .option('--pack <id>', '指定方案')
    .option('--json', '以 JSON 输出')
    .option('--force', '覆盖已存在的输出文件')
    .action(async (lastArg: string, nowArg: string, opts: CompareOpts) => {
      if (!opts.output && !opts.json) throw new LianfangError('compare_no_output');
      const last = await readSide(lastArg, 'last', opts.pack);
      const now = await readSide(nowArg, 'now', opts.pack);
      const years = { last: label(lastArg, '去年'), now: label(nowArg, '今年') };
      const result = compareYears(last.units, now.units, { unreadable: [...last.unreadable, ...now.unreadable] });
      if (opts.output) {
        const wb = await newWorkbook();
        applyOps(wb, comparisonOps(result, years));
        await writeFileSafely(opts.output, await workbookBytes(wb), {
          force: opts.force,
          inputs: [...last.files, ...now.files],
        });
      }
      if (result.unreadable.length) ctx.exit(2);
      if (opts.json) return ctx.io.out(json({ years, ...result }));
      const sum = (f: (u: Comparison['units'][number]) => number) => result.units.reduce((n, u) => n + f(u), 0);
      ctx.io.out(
        message('compare_summary', {
          ...years,
          units: result.units.length,
          added: sum((u) => u.added.length),
          removed: sum((u) => u.removed.length),
          reworded: sum((u) => u.reworded.length),
          raised: sum((u) => u.raised.length),
          lowered: sum((u) => u.lowered.length),
          measures: sum((u) => u.measuresAdded.length),
        }),
      );
      for (const u of result.units)
        ctx.io.out(
          message('compare_unit_line', {
            rank: u.rank,
            unit: u.unit,
            status: message(`compare_status_${u.status}`),
            added: u.added.length,
            removed: u.removed.length,
            reworded: u.reworded.length,
            raised: u.raised.length,
            lowered: u.lowered.length,
            top: result.levels[0] ?? '',
            before: percent(u.topShare.before),
            after: percent(u.topShare.after),
            unlevelledBefore: u.unlevelled.before,
            unlevelledAfter: u.unlevelled.after,
          }),
        );
      for (const d of result.duplicates)
        ctx.io.out(
          message('compare_duplicate', {
            unit: d.unit,
            year: years[d.year],
            used: d.used,
            others: d.others.join('、'),
          }),
        );
      for (const u of result.unreadable) ctx.io.err(`${message('consolidate_unreadable_list')}:${u.file}:${u.reason}`);
      if (opts.output) ctx.io.out(`已写入 ${opts.output}`);
    });
