import type { Command } from 'commander';
import { applyOps } from '../../../adapters/exceljs/applyOps';
import { workbookBytes } from '../../../adapters/exceljs/write';
import {
  keptRosterOps,
  localIso,
  parseFingerprint,
  rosterBody,
  rosterEntriesFromTable,
  signerFromKeyFile,
  signRoster,
  splitList,
  sameName,
  type Roster,
  type RosterEntry,
} from '../../../core/approve';
import { shortFingerprint } from '../../../core/crypto';
import { LianfangError } from '../../../core/errors';
import { message } from '../../../core/messages';
import { PACKS } from '../../../core/packs';
import type { CliContext, RegisterCommand } from '../context';
import { writeFileSafely } from '../io';
import { readKeyFileText } from '../keyFiles';
import { openWorkbookFile } from '../open';
import { json } from '../output';
import { readRosterFile } from '../rosterArg';

/** Every step name, label and role id the packs know: a roster naming another step would never match. */
const KNOWN_STEPS = new Set(
  PACKS.flatMap((p) => p.forms.flatMap((f) => f.signoff.flatMap((s) => [s.who, s.label, s.role]))),
);

function checkRoles(entries: RosterEntry[]): void {
  for (const e of entries)
    for (const r of e.roles)
      if (![...KNOWN_STEPS].some((k) => sameName(k, r)))
        throw new LianfangError('roster_role_unknown', {
          role: r,
          name: e.name,
          known: [...new Set(PACKS.flatMap((p) => p.forms.flatMap((f) => f.signoff.map((s) => s.who))))].join('、'),
        });
}

/** Signs the entries with the committee's key and writes the roster file. */
async function issue(
  ctx: CliContext,
  o: { key: string; issuer?: string; output: string; force?: boolean; inputs?: string[]; inPlace?: boolean },
  entries: RosterEntry[],
  issuerName?: string,
): Promise<Roster> {
  checkRoles(entries);
  const signer = await signerFromKeyFile(await readKeyFileText(o.key, ctx.io));
  const body = await rosterBody(
    { name: o.issuer ?? issuerName ?? signer.name, key: signer.publicKey },
    entries,
    localIso(new Date()),
  );
  const roster = await signRoster(body, signer.privateKey);
  await writeFileSafely(o.output, new TextEncoder().encode(`${JSON.stringify(roster, null, 2)}\n`), {
    force: o.force,
    inputs: o.inputs,
    inPlace: o.inPlace,
  });
  ctx.io.out(
    message('roster_written', {
      file: o.output,
      issuer: roster.issuer.name,
      fp: shortFingerprint(roster.issuer.fingerprint),
      count: roster.entries.length,
    }),
  );
  return roster;
}

/** An edited roster must be re-signed by the same committee that issued it. */
async function sameIssuer(roster: Roster, keyFile: string, ctx: CliContext): Promise<void> {
  const signer = await signerFromKeyFile(await readKeyFileText(keyFile, ctx.io));
  if (signer.fingerprint !== roster.issuer.fingerprint)
    throw new LianfangError('roster_other_issuer', {
      issuer: roster.issuer.name,
      fp: shortFingerprint(roster.issuer.fingerprint),
    });
}

const outputOf = (file: string, o: { output?: string; inPlace?: boolean }) => {
  if (!o.output && !o.inPlace) throw new LianfangError('roster_no_output');
  return { output: o.output ?? file, inputs: [file], inPlace: o.inPlace };
};

const withIssuing = (c: Command) =>
  c
    .requiredOption('--key <file>', '签发名单的纪检监察机关的密钥文件（lianfang keygen 生成）')
    .option('--force', '覆盖已存在的输出文件');

/** `roster …`: the committee issues the signers' roster (名单) its units' stamps are verified against. */
export const registerRoster: RegisterCommand = (program, ctx) => {
  const roster = program
    .command('roster')
    .description(
      "签章人名单：由上级签发，规定谁可以为哪些单位签哪些环节 (the signers' roster, issued by the level above)",
    );

  withIssuing(roster.command('new').description('新建一份空名单并签发'))
    .requiredOption('--issuer <名称>', '签发机关，如 濮阳市纪委')
    .requiredOption('-o, --output <file>', '名单文件 (.json)')
    .action(async (o) => void (await issue(ctx, o, [])));

  withIssuing(roster.command('import <table>').description('从 Excel 表（姓名、单位、环节、公钥指纹）生成并签发名单'))
    .requiredOption('--issuer <名称>', '签发机关，如 濮阳市纪委')
    .requiredOption('-o, --output <file>', '名单文件 (.json)')
    .action(async (table: string, o) => {
      const opened = await openWorkbookFile(table);
      await issue(ctx, o, rosterEntriesFromTable(opened.snapshot, table));
    });

  withIssuing(roster.command('add <roster>').description('在名单中加一人（重新签发）'))
    .requiredOption('--name <姓名>', '签章人姓名')
    .requiredOption('--fingerprint <hex>', '签章人的公钥指纹（keygen 输出的 64 位）')
    .requiredOption('--unit <单位>', '可签的单位，多个用顿号或逗号分隔；* 表示任何单位')
    .requiredOption('--role <环节>', '可签的环节，如 本人、部门负责人；多个用顿号或逗号分隔')
    .option('--note <text>', '备注（职务等）')
    .option('-o, --output <file>', '写入另一个文件')
    .option('--in-place', '直接修改名单文件（会先备份）')
    .action(async (file: string, o) => {
      const r = await readRosterFile(file);
      await sameIssuer(r, o.key, ctx);
      const entry: RosterEntry = {
        name: o.name.trim(),
        fingerprint: parseFingerprint(o.fingerprint),
        units: splitList(o.unit),
        roles: splitList(o.role),
        ...(o.note ? { note: o.note } : {}),
      };
      const others = r.entries.filter((e) => !(e.fingerprint === entry.fingerprint && sameName(e.name, entry.name)));
      await issue(ctx, { ...o, ...outputOf(file, o) }, [...others, entry], r.issuer.name);
    });

  withIssuing(roster.command('remove <roster>').description('从名单中删去一人或一把密钥（重新签发）'))
    .option('--name <姓名>', '签章人姓名')
    .option('--fingerprint <hex>', '公钥指纹')
    .option('-o, --output <file>', '写入另一个文件')
    .option('--in-place', '直接修改名单文件（会先备份）')
    .action(async (file: string, o) => {
      const r = await readRosterFile(file);
      await sameIssuer(r, o.key, ctx);
      const fp = o.fingerprint ? parseFingerprint(o.fingerprint) : undefined;
      const keep = r.entries.filter((e) => !((o.name && sameName(e.name, o.name)) || (fp && e.fingerprint === fp)));
      if (keep.length === r.entries.length)
        throw new LianfangError('roster_entry_not_found', { name: o.name ?? o.fingerprint ?? '' });
      await issue(ctx, { ...o, ...outputOf(file, o) }, keep, r.issuer.name);
    });

  roster
    .command('show <roster>')
    .description('核对名单的签名并列出名单中的人')
    .option('--json', '以 JSON 输出')
    .action(async (file: string, o: { json?: boolean }) => {
      const r = await readRosterFile(file);
      if (o.json) return ctx.io.out(json(r));
      ctx.io.out(
        message('roster_header', {
          issuer: r.issuer.name,
          fp: shortFingerprint(r.issuer.fingerprint),
          full: r.issuer.fingerprint,
          issued: r.issued.slice(0, 10),
          count: r.entries.length,
        }),
      );
      for (const e of r.entries)
        ctx.io.out(
          `  ${e.name} · 密钥 ${shortFingerprint(e.fingerprint)} · 单位：${e.units.join('、')} · 环节：${e.roles.join('、')}${e.note ? ` · ${e.note}` : ''}`,
        );
    });

  roster
    .command('keep <roster> <workbook>')
    .description('把名单保存到单位工作簿的设置中（网页与任务窗格据此核验签章人）')
    .option('-o, --output <file>', '输出 .xlsx 文件')
    .option('--in-place', '直接修改工作簿（会先备份）')
    .option('--force', '覆盖已存在的输出文件')
    .action(async (file: string, book: string, o: { output?: string; inPlace?: boolean; force?: boolean }) => {
      const r = await readRosterFile(file);
      const opened = await openWorkbookFile(book);
      const wb = await opened.loadWorkbook();
      applyOps(wb, keptRosterOps(r, opened.snapshot));
      const out = outputOf(book, o);
      await writeFileSafely(out.output, await workbookBytes(wb), { ...out, force: o.force });
      ctx.io.out(
        message('roster_kept', { file: out.output, issuer: r.issuer.name, fp: shortFingerprint(r.issuer.fingerprint) }),
      );
    });
};
