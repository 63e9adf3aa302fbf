import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { applyOps } from '../../../adapters/exceljs/applyOps';
import { workbookBytes } from '../../../adapters/exceljs/write';
import { newWorkbook } from '../../../adapters/exceljs/lazy';
import {
  combineReports,
  consolidationOps,
  unreadableOf,
  type Consolidation,
  type UnitReport,
} from '../../../core/consolidate';
import { readExpectedUnits } from '../expectArg';
import { roundOps } from '../../../core/round/roundSheets';
import { consolidationPicture } from '../../../core/round/picture';
import { pictureOps } from '../../../core/round/pictureSheet';
import { printRound, roundFromOptions, roundOptions, type RoundOpts } from '../roundArg';
import { LianfangError } from '../../../core/errors';
import { message } from '../../../core/messages';
import type { RegisterCommand } from '../context';
import { writeFileSafely } from '../io';
import { readUnits, terminalProgress, type UnitsOptions } from '../units';
import { json } from '../output';
import { readRosterFile, refuseTrust } from '../rosterArg';
import type { Roster } from '../../../core/approve';

interface ConsolidateOpts extends RoundOpts {
  output?: string;
  expect?: string;
  pack?: string;
  json?: boolean;
  force?: boolean;
  validate?: boolean;
  roster?: string;
  trust?: string;
}

/** Every .xlsx under the given files and folders (folders searched through), lock files (~$…) left out. */
export async function collectFiles(args: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const a of args) {
    const st = await stat(a).catch(() => null);
    if (st?.isDirectory()) {
      const entries = await readdir(a, { recursive: true, withFileTypes: true });
      for (const e of entries) {
        const full = path.join(e.parentPath ?? a, e.name);
        if (e.isFile() && /\.xlsx$/i.test(e.name) && !e.name.startsWith('~$') && !e.name.startsWith('.'))
          out.push(full);
      }
    } else out.push(a); // a missing file is reported as unreadable, with the others still consolidated
  }
  return [...new Set(out)].sort((a, b) => a.localeCompare(b));
}

/** When a workbook was last saved (docProps/core.xml's dcterms:modified), and the file's own time. */
export async function modifiedOf(file: string, bytes?: Uint8Array): Promise<{ modified?: string; fileTime?: string }> {
  const st = await stat(file).catch(() => null);
  const fileTime = st ? st.mtime.toISOString() : undefined;
  if (bytes) {
    try {
      const parts = unzipSync(bytes, { filter: (f) => f.name === 'docProps/core.xml' });
      const xml = new TextDecoder().decode(parts['docProps/core.xml'] ?? new Uint8Array());
      const m = /<dcterms:modified[^>]*>([^<]+)</.exec(xml);
      if (m && !Number.isNaN(Date.parse(m[1]))) return { modified: new Date(m[1]).toISOString(), fileTime };
    } catch {
      // fall back to the file time
    }
  }
  return { modified: fileTime, fileTime };
}

/**
 * Consolidates files in worker threads (several at once for a large batch; bounded memory: only the per-unit
 * totals come back). A unit's date is its workbook's own save date, else the file's time.
 */
export async function consolidateFiles(
  files: string[],
  opts: { expect?: string[]; pack?: string; validate?: boolean; roster?: Roster } = {},
  units: UnitsOptions = {},
): Promise<Consolidation> {
  const outcomes = await readUnits(files, opts, units);
  const reports: UnitReport[] = [];
  const unreadable: Consolidation['unreadable'] = [];
  for (const o of outcomes) {
    if (o.ok) reports.push(o.value);
    else unreadable.push(unreadableOf(o.file, o.error));
  }
  return combineReports(reports, unreadable, opts);
}

/** `consolidate <files or folders…> [--expect units.txt] -o 汇总.xlsx [--json]` for the higher committee. */
export const registerConsolidate: RegisterCommand = (program, ctx) =>
  roundOptions(program.command('consolidate'))
    .description('汇总多个单位的工作簿:各单位统计并列、应报未报、重复报送、无法读取的文件 (consolidate many units)')
    .argument('<inputs...>', '.xlsx 文件或文件夹')
    .option('-o, --output <file>', '输出汇总 .xlsx 文件')
    .option('--expect <file|names>', '应报单位名单:文件(每行一个单位名称),或用逗号、顿号分隔的单位名称')
    .option('--pack <id>', '指定方案')
    .option('--no-validate', '不校验各单位的表格(更快)')
    .option('--json', '以 JSON 输出')
    .option('--roster <file>', '签章人名单(本机关签发):据此核验各单位的签章人')
    .option('--trust <file>', '(已停用,请改用 --roster)')
    .option('--force', '覆盖已存在的输出文件')
    .action(async (inputs: string[], opts: ConsolidateOpts) => {
      refuseTrust(opts.trust);
      const roster = opts.roster ? await readRosterFile(opts.roster) : undefined;
      if (!opts.output && !opts.json) throw new LianfangError('consolidate_no_output');
      const expect = await readExpectedUnits(opts.expect);
      const files = await collectFiles(inputs);
      if (!files.length) throw new LianfangError('consolidate_no_inputs');
      const progress = terminalProgress((done, total) => message('read_progress', { done, total }));
      const result = await consolidateFiles(
        files,
        { expect, pack: opts.pack, validate: opts.validate, roster },
        { progress: progress.update },
      ).finally(progress.clear);
      const round = roundFromOptions(opts, result, expect);
      if (opts.output) {
        const wb = await newWorkbook();
        applyOps(wb, consolidationOps(result));
        applyOps(wb, pictureOps(consolidationPicture(result)));
        if (round) applyOps(wb, roundOps(round));
        await writeFileSafely(opts.output, await workbookBytes(wb), {
          force: opts.force,
          inputs: files,
        });
      }
      if (result.unreadable.length) ctx.exit(2);
      else if (result.missing.length || result.duplicates.length || result.noUnit.length || round?.chase.length)
        ctx.exit(1);
      if (opts.json) return ctx.io.out(json(round ? { ...result, round } : result));
      ctx.io.out(
        message('consolidate_summary', {
          files: files.length,
          units: new Set(result.units.filter((u) => u.unit).map((u) => u.unit)).size,
          missing: result.missing.length,
          duplicates: result.duplicates.length,
          unreadable: result.unreadable.length,
        }),
      );
      const unchecked = result.units.filter((u) => u.signoff?.identity === 'unchecked').length;
      if (unchecked) ctx.io.out(message('consolidate_identity_not_checked', { units: unchecked }));
      if (result.missing.length) ctx.io.out(`${message('consolidate_missing')}:${result.missing.join('、')}`);
      for (const d of result.duplicates)
        ctx.io.out(
          `${message('consolidate_duplicates')}:${d.unit}(${d.files.join('、')};${message('consolidate_newest')}:${d.newest})`,
        );
      for (const u of result.unreadable) ctx.io.err(`${message('consolidate_unreadable_list')}:${u.file}:${u.reason}`);
      if (round) printRound(ctx.io, round);
      if (opts.output) ctx.io.out(`已写入 ${opts.output}`);
    });
