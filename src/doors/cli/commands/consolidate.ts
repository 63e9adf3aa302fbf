import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { applyOps } from '../../../adapters/exceljs/applyOps';
import { workbookBytes } from '../../../adapters/exceljs/write';
import { loadExcelJS, newWorkbook } from '../../../adapters/exceljs/lazy';
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
import { printRound, refuseAsOfAlone, roundFromOptions, roundOptions, type RoundOpts } from '../roundArg';
import { LianfangError } from '../../../core/errors';
import { message } from '../../../core/messages';
import type { RegisterCommand } from '../context';
import { writeFileSafely } from '../io';
import { readUnits, terminalProgress, type UnitsOptions } from '../units';
import { json, type Io } from '../output';
import { chinaTimeText } from '../../../core/consolidate/localTime';
import { consolidationSummary, likelyFiles, likelySame } from '../../../core/consolidate/summary';
import { findPack } from '../../../core/packs';
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

/**
 * A spreadsheet a unit may hand in: .xlsx, and what offices save instead — .xlsm, WPS's .et, the old .xls, .ods,
 * .csv — each read, or named as unreadable with what to do, never passed over unsaid. A name may end in a space.
 */
const SPREADSHEET = /\.(?:xlsx|xlsm|xltx|et|ett|xls|ods|csv)\s*$/i;
/** Other documents in an inbox (a cover letter, a scan): named on the screen as not read, never counted. */
const DOCUMENT = /\.(?:docx?|wps|pdf|ofd|jpe?g|png|zip|rar|7z)\s*$/i;

/**
 * Every spreadsheet under the given files and folders (folders searched through), lock files (~$…) left out; and
 * the other documents found in those folders, which are not read.
 */
export async function collectInputs(args: string[]): Promise<{ files: string[]; others: string[] }> {
  const out: string[] = [];
  const others: string[] = [];
  for (const a of args) {
    const st = await stat(a).catch(() => null);
    if (st?.isDirectory()) {
      const entries = await readdir(a, { recursive: true, withFileTypes: true });
      for (const e of entries) {
        if (!e.isFile() || e.name.startsWith('~$') || e.name.startsWith('.')) continue;
        const full = path.join(e.parentPath ?? a, e.name);
        if (SPREADSHEET.test(e.name)) out.push(full);
        else if (DOCUMENT.test(e.name)) others.push(full);
      }
    } else out.push(a); // a missing file is reported as unreadable, with the others still consolidated
  }
  const sorted = (xs: string[]) => [...new Set(xs)].sort((x, y) => x.localeCompare(y));
  return { files: sorted(out), others: sorted(others) };
}

/** The spreadsheets of collectInputs. */
export const collectFiles = async (args: string[]): Promise<string[]> => (await collectInputs(args)).files;

/**
 * The folder the inputs share (the inbox, when one folder is given): file names are shown relative to it, as the
 * clerk sees them in that folder, never as the path the command happened to be typed with.
 */
export async function inboxOf(args: string[]): Promise<string> {
  const dirs = await Promise.all(
    args.map(async (a) =>
      (await stat(a).catch(() => null))?.isDirectory() ? path.resolve(a) : path.dirname(path.resolve(a)),
    ),
  );
  let base = dirs[0] ?? process.cwd();
  for (const d of dirs) while (path.relative(base, d).startsWith('..')) base = path.dirname(base);
  return base;
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
  opts: { expect?: string[]; pack?: string; validate?: boolean; roster?: Roster; inbox?: string } = {},
  units: UnitsOptions = {},
): Promise<Consolidation> {
  const outcomes = await readUnits(files, opts, units);
  const shown = (file: string) => (opts.inbox ? path.relative(opts.inbox, path.resolve(file)) : file);
  const reports: UnitReport[] = [];
  const unreadable: Consolidation['unreadable'] = [];
  for (const o of outcomes) {
    if (o.ok) reports.push({ ...o.value, file: shown(o.file) });
    else {
      const e = o.error as { params?: Record<string, unknown> };
      const params = { ...e.params, ...(e.params && 'file' in e.params ? { file: shown(o.file) } : {}) };
      unreadable.push(unreadableOf(shown(o.file), { ...o.error, code: o.error.code, params }));
    }
  }
  return combineReports(reports, unreadable, opts);
}

/** What the console says: the 各单位汇总 sheet's sentence and counts, then each list the 报送情况 sheet holds. */
function printConsolidation(io: Io, c: Consolidation, inbox: string, named: boolean): void {
  io.out(message('consolidate_inbox', { inbox }));
  // Which programme the totals are of: where the workbooks chose it (the most of them), said with how to choose.
  if (c.pack)
    io.out(
      message(named ? 'consolidate_programme' : 'consolidate_programme_found', {
        pack: findPack(c.pack)?.name ?? c.pack,
      }),
    );
  io.out(consolidationSummary(c));
  const unchecked = c.units.filter((u) => u.signoff?.identity === 'unchecked').length;
  if (unchecked) io.out(message('consolidate_identity_not_checked', { units: unchecked }));
  const list = (what: string, items: string[]) =>
    items.length && io.out(message('consolidate_list', { what: message(what), items: items.join('、') }));
  list('consolidate_missing', c.missing);
  list('consolidate_unexpected', c.unexpected);
  for (const s of likelySame(c)) io.out(message('consolidate_likely_same', s));
  for (const f of likelyFiles(c)) io.out(message('consolidate_likely_file', { ...f }));
  const at = (file: string) =>
    message('consolidate_file_time', { file, time: chinaTimeText(c.units.find((u) => u.file === file)?.modified) });
  for (const d of c.duplicates)
    io.out(
      message('consolidate_duplicate_line', {
        what: message('consolidate_duplicates'),
        unit: d.unit,
        files: d.files.map(at).join('、'),
        newest: message('consolidate_newest'),
        file: d.newest,
      }),
    );
  list(
    'consolidate_other_list',
    c.units.filter((u) => u.otherPack).map((u) => `${u.file}（${findPack(u.pack ?? '')?.name ?? u.pack}）`),
  );
  list('consolidate_no_unit_list', c.noUnit);
  for (const u of c.unreadable)
    io.err(
      message('consolidate_list', { what: message('consolidate_unreadable_list'), items: `${u.file}：${u.reason}` }),
    );
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
      refuseAsOfAlone(opts);
      const roster = opts.roster ? await readRosterFile(opts.roster) : undefined;
      if (!opts.output && !opts.json) throw new LianfangError('consolidate_no_output');
      const expect = await readExpectedUnits(opts.expect);
      const { files, others } = await collectInputs(inputs);
      if (!files.length) throw new LianfangError('consolidate_no_inputs');
      const inbox = await inboxOf(inputs);
      const progress = terminalProgress((done, total) => message('read_progress', { done, total }));
      // ExcelJS (a fifth of a second to load) loads on this thread while the workers report, once this thread has
      // nothing more to hand them: never while a thread waits for it.
      let excel: Promise<unknown> | undefined;
      const result = await consolidateFiles(
        files,
        { expect, pack: opts.pack, validate: opts.validate, roster, inbox },
        {
          progress: progress.update,
          spare: () => {
            if (opts.output) excel ??= new Promise((go) => setImmediate(go)).then(loadExcelJS);
          },
        },
      ).finally(progress.clear);
      await excel;
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
      const passed = others.map((f) => path.relative(inbox, path.resolve(f)));
      if (opts.json)
        return ctx.io.out(
          json({ inbox, ...result, ...(round ? { round } : {}), ...(passed.length ? { notRead: passed } : {}) }),
        );
      printConsolidation(ctx.io, result, inbox, Boolean(opts.pack));
      if (passed.length) ctx.io.out(message('consolidate_not_spreadsheets', { files: passed.join('、') }));
      if (round) printRound(ctx.io, round);
      if (opts.output) ctx.io.out(`已写入 ${opts.output}`);
    });
