import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { planBytes } from '../../../adapters/exceljs/streamOps';
import { readExpectedUnits } from '../expectArg';
import { LianfangError } from '../../../core/errors';
import type { Pack } from '../../../core/forms/pack';
import { message } from '../../../core/messages';
import { PACKS, findPack } from '../../../core/packs';
import { programmeOf, standing } from '../../../core/consolidate';
import { buildReport, reportCounts, type ReportSource } from '../../../core/report';
import type { RegisterCommand } from '../context';
import { writeFileSafely } from '../io';
import { packArg } from '../packArg';
import { openMany } from '../open';
import { convertToPdf } from '../pdf';
import { readRosterFile, refuseTrust } from '../rosterArg';

interface ReportOptions {
  output: string;
  pdf?: boolean;
  pack?: string;
  period?: string;
  expect?: string;
  seal?: string;
  force?: boolean;
  roster?: string;
  trust?: string;
}

/** Reads the inputs through the hardened opener (checks, worker thread with limits); any unreadable file stops the report. */
export async function openForReport(files: string[]): Promise<ReportSource[]> {
  const outcomes = await openMany(files, (o) => o.snapshot);
  const failed = outcomes.find((o) => !o.ok);
  if (failed && !failed.ok) throw failed.error;
  return outcomes.map((o) => ({ name: path.basename(o.file), snapshot: o.ok ? o.value : { sheets: [], names: [] } }));
}

/** `report <files…> -o 报告.xlsx [--pdf]`: the workbook a unit sends up, print-ready, with its data hidden inside. */
export const registerReport: RegisterCommand = (program, ctx) =>
  program
    .command('report <files...>')
    .description('生成报送上级纪检监察机关的工作簿 (print-ready report workbook; --pdf also writes a PDF)')
    .requiredOption('-o, --output <file>', '输出 .xlsx 文件')
    .option('--pdf', '同时用 LibreOffice 生成 PDF(与输出文件同名)')
    .option('--pack <id>', `方案 (${PACKS.map((p) => p.id).join(', ')});默认按输入文件判断`)
    .option('--period <text>', '报送期间,如 2024年度')
    .option(
      '--expect <file|names>',
      '应报送的单位:文件(每行一个单位名称),或用逗号、顿号分隔的单位名称;汇总表列出未报送的单位',
    )
    .option('--seal <png>', '单位公章图片 (PNG):盖在已签「同意」的盖章环节上')
    .option('--roster <file>', '签章人名单(上级签发):签章人在名单中才标“核验有效”')
    .option('--trust <file>', '(已停用,请改用 --roster)')
    .option('--force', '覆盖已存在的输出文件')
    .action(async (files: string[], opts: ReportOptions) => {
      refuseTrust(opts.trust);
      const roster = opts.roster ? await readRosterFile(opts.roster) : undefined;
      const sources = await openForReport(files);
      const pack = choosePack(sources, opts.pack);
      const plan = await buildReport({
        pack,
        sources,
        generated: today(),
        period: opts.period,
        ...(opts.seal ? { seals: { '*': await readSeal(opts.seal) } } : {}),
        expect: await readExpectedUnits(opts.expect),
        roster,
      });
      const forms = plan.model.units.reduce((n, u) => n + u.forms.length, 0);
      if (!forms) throw new LianfangError('report_no_forms', { file: files.join('、'), pack: pack.id });
      // A large report streams, each part made as it is written (bounded memory); the same workbook either way.
      const bytes = await planBytes(plan);
      await writeFileSafely(opts.output, bytes, { force: opts.force, inputs: files });
      // The same counts as the cover: units, forms, risk points, and what validation recorded. Counted after the
      // write: a large report's risk points are not held while it streams.
      ctx.io.out(message('report_written', { file: opts.output, pack: pack.name, ...reportCounts(pack, plan.model) }));
      // What the sign-off cells say of each stamp, said here too: a broken one never hides behind the others.
      const stamps = plan.model.units.flatMap((u) => u.forms.flatMap((f) => f.stamps.map((s) => ({ f, s }))));
      const broken = stamps.filter(({ s }) => s.verification === 'changed' || s.verification === 'invalid');
      const intact = stamps.filter(({ s }) => s.verification === 'intact').length;
      if (intact && !roster) ctx.io.out(message('report_identity_not_checked', { count: intact }));
      if (broken.length)
        ctx.io.out(
          message('report_stamps_broken', {
            count: broken.length,
            forms: [...new Set(broken.map(({ f }) => f.sheet))].join('、'),
          }),
        );
      if (opts.pdf) await writePdf(opts.output, bytes, opts.force, ctx.io.out);
    });

/**
 * The programme of the report, found as validate finds it: each input's own forms (or a lower level's report data).
 * Asked for (--pack) only when unsure: inputs that fit two programmes equally, or none. A named programme is kept,
 * and an input of another programme is refused by name, never recast.
 */
function choosePack(sources: ReportSource[], wanted?: string): Pack {
  const name = (id: string) => findPack(id)?.name ?? id;
  if (wanted) {
    const pack = packArg(wanted);
    const others = sources
      .map((s) => ({ s, st: standing(s.snapshot, pack.id) }))
      .filter((x) => x.st.belonging === 'other');
    if (others.length)
      throw new LianfangError('report_other_programme', {
        pack: pack.name,
        files: others.map((x) => `「${x.s.name}」（${name(x.st.other!)}）`).join('、'),
      });
    return pack;
  }
  const seen = sources.map((s) => {
    const p = programmeOf(s.snapshot);
    return { s, fits: p.pack ? [p.pack] : (p.candidates ?? []) };
  });
  const none = seen.find((x) => !x.fits.length);
  if (none) throw new LianfangError('report_no_pack', { file: none.s.name });
  const common = seen.reduce((acc, x) => acc.filter((id) => x.fits.includes(id)), seen[0].fits);
  if (common.length === 1) return findPack(common[0])!;
  if (common.length > 1)
    throw new LianfangError('report_pack_unsure', {
      packs: common.map((id) => `${name(id)}（--pack ${id}）`).join('、'),
    });
  throw new LianfangError('report_mixed_packs', {
    packs: seen.map((x) => `${x.s.name}：${x.fits.map(name).join('或')}`).join('；'),
  });
}

/** Converts in a private temporary folder, then writes the PDF beside the report like any output. */
async function writePdf(xlsx: string, bytes: Uint8Array, force: boolean | undefined, out: (s: string) => void) {
  const target = xlsx.replace(/\.xlsx$/i, '') + '.pdf';
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lianfang-pdf-'));
  try {
    const tmp = path.join(dir, 'report.xlsx');
    await writeFile(tmp, bytes);
    const [pdf] = await convertToPdf([tmp], dir);
    await writeFileSafely(target, new Uint8Array(await readFile(pdf)), { force });
    out(message('report_pdf_written', { file: target }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The seal image as base64, refusing anything that is not a PNG. */
async function readSeal(file: string): Promise<string> {
  if (!existsSync(file)) throw new LianfangError('file_not_found', { file });
  const bytes = await readFile(file);
  if (bytes.length > 1_000_000 || !bytes.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])))
    throw new LianfangError('report_seal_not_png', { file });
  return bytes.toString('base64');
}

const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
