import { applyOps } from '../../../adapters/exceljs/applyOps';
import { workbookBytes } from '../../../adapters/exceljs/write';
import { LianfangError } from '../../../core/errors';
import { message } from '../../../core/messages';
import { findPack } from '../../../core/packs';
import type { Severity, ValidationReport } from '../../../core/validate';
import { groupIssues, markIssuesOps, validateWorkbook } from '../../../core/validate';
import type { RegisterCommand } from '../context';
import { writeFileSafely } from '../io';
import { openMany, type OpenedWorkbook } from '../open';
import { json, reportError } from '../output';

interface ValidateCliOptions {
  pack?: string;
  json?: boolean;
  form: string[];
  output?: string;
  force?: boolean;
  talkThreshold?: string;
}

/** The one place the command reads a file: the hardened worker-thread reader. Rejects with LianfangError only. */
export async function openForValidation(file: string): Promise<OpenedWorkbook> {
  const [outcome] = await openMany([file], (opened) => opened);
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

/** --form 表1=A3 → { 表1: 'A3' } */
export function parseFormOverrides(list: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list) {
    const at = item.lastIndexOf('=');
    const sheet = item.slice(0, at).trim();
    const form = item
      .slice(at + 1)
      .trim()
      .toUpperCase();
    if (at <= 0 || !/^[A-Z][0-9]{1,2}$/.test(form)) throw new LianfangError('bad_form_override', { value: item });
    out[sheet] = form;
  }
  return out;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'notice'];

/** `validate`: finds the pack's forms in any workbook and lists every bad cell. Exit 0 no errors, 1 errors, 2 unreadable. */
export const registerValidate: RegisterCommand = (program, ctx) =>
  program
    .command('validate')
    .description('一键校验:识别工作簿中的方案表格并指出每个有问题的单元格 (validate a workbook)')
    .argument('<file>', '.xlsx 文件')
    .option('--pack <id>', '指定方案(默认自动识别)')
    .option(
      '--form <sheet=form>',
      '指定某工作表是哪张表,如 --form "Sheet1=A3"(可重复)',
      (v, acc: string[]) => [...acc, v],
      [],
    )
    .option('--talk-threshold <n>', '廉洁指数测评低于此分须廉政谈话(默认 60)')
    .option('-o, --output <file>', '另存一份标出问题单元格并附「校验报告」工作表的副本')
    .option('--force', '覆盖已存在的输出文件')
    .option('--json', '以 JSON 输出')
    .action(async (file: string, opts: ValidateCliOptions) => {
      let opened: OpenedWorkbook;
      try {
        opened = await openForValidation(file);
      } catch (e) {
        reportError(ctx.io, e);
        return ctx.exit(2);
      }
      const talk = opts.talkThreshold === undefined ? undefined : Number(opts.talkThreshold);
      if (talk !== undefined && !Number.isFinite(talk))
        throw new LianfangError('bad_talk_threshold', { value: opts.talkThreshold });
      const report = validateWorkbook(opened.snapshot, {
        pack: opts.pack,
        overrides: parseFormOverrides(opts.form),
        talkThreshold: talk,
      });
      if (opts.output) {
        const wb = await opened.loadWorkbook();
        applyOps(wb, markIssuesOps(report));
        await writeFileSafely(opts.output, await workbookBytes(wb), {
          force: opts.force,
          inputs: [file],
        });
      }
      if (opts.json) ctx.io.out(json({ file, ...report }));
      else printReport(ctx.io.out, file, report);
      for (const w of opened.warnings) ctx.io.err(`警告 [${w.code}]: ${message(w.code, w.params)}`);
      if (report.stats.errors > 0) ctx.exit(1);
    });

/** Human output: what was recognised and skipped, then a table per sheet grouped by severity, with counts. */
export function printReport(out: (s: string) => void, file: string, r: ValidationReport): void {
  out(`${file}${r.pack ? ` — 方案 ${r.pack}` : ''}`);
  for (const f of r.forms)
    out(
      `  ✓ ${message('validate_recognised', { sheet: f.sheet, form: f.form, title: f.title, instance: f.instance, rows: f.rows })}`,
    );
  for (const s of r.skipped) out(`  – ${s.message}`);
  if (r.betterPack && r.pack) {
    const better = findPack(r.betterPack.pack);
    out(
      `  ! ${message('validate_better_pack', {
        better: better?.name ?? r.betterPack.pack,
        id: r.betterPack.pack,
        forms: r.betterPack.forms,
        titles: r.betterPack.titles,
        pack: findPack(r.pack)?.name ?? r.pack,
      })}`,
    );
  }
  for (const g of groupIssues(r)) {
    const counts = SEVERITIES.map((s) => `${message(`severity_${s}`)} ${g.counts[s]}`);
    out('');
    out(`工作表「${g.sheet}」 ${counts.join(' · ')}`);
    for (const severity of SEVERITIES)
      for (const i of g.bySeverity[severity])
        out(`  ${message(`severity_${severity}`)}  ${i.cell.padEnd(6)} ${i.message}  [${i.code}]`);
  }
  out('');
  out(r.stats.errors ? message('validate_failed', r.stats) : message('validate_ok', r.stats));
}
