import { readFile } from 'node:fs/promises';
import { applyOps } from '../../../adapters/exceljs/applyOps';
import { workbookBytes } from '../../../adapters/exceljs/write';
import { locateForms, OPINIONS, planSign, signerFromKeyFile, type Opinion } from '../../../core/approve';
import type { StampableForm } from '../../../core/approve';
import { shortFingerprint } from '../../../core/crypto';
import { LianfangError } from '../../../core/errors';
import { message } from '../../../core/messages';
import type { WorkbookSnapshot } from '../../../core/port';
import type { RegisterCommand } from '../context';
import { writeFileSafely } from '../io';
import { readKeyFileText } from '../keyFiles';
import { openForStamps } from './stampFile';

interface SignOpts {
  form: string;
  role: string;
  key: string;
  opinion: string;
  text?: string;
  output: string;
  force?: boolean;
  inPlace?: boolean;
  seal?: string;
  acceptWarnings?: boolean;
  newKey?: boolean;
  reason?: string;
}

/** `sign <in> --form A3 --role deptHead --key key.json --opinion 同意 -o out.xlsx` */
export const registerSign: RegisterCommand = (program, ctx) =>
  program
    .command('sign <in>')
    .description('对一张表格按顺序签章 (stamp one form, in the order of its sign-off chain)')
    .requiredOption('--form <id|sheet>', '表格编号（如 A3）或工作表名称')
    .requiredOption('--role <环节>', '签章环节：本人、部门负责人、主管领导、单位…（或 self、deptHead 等）')
    .requiredOption('--key <file>', '签章密钥文件（lianfang keygen 生成）')
    .requiredOption('--opinion <意见>', '同意 或 退回修改')
    .option('--text <text>', '意见说明')
    .option('--seal <png>', '单位公章图片（PNG），用于盖章环节')
    .option('--accept-warnings', '有校验提醒时仍签章')
    .option('--new-key', '签章人确已更换密钥时使用（验证时仍会提示密钥变更）')
    .option('--reason <理由>', '同一人签署本表两个环节时必须写明理由（记入签章，验证时列出）')
    .requiredOption('-o, --output <file>', '输出 .xlsx 文件')
    .option('--force', '覆盖已存在的输出文件')
    .option('--in-place', '直接修改输入文件（会先备份）')
    .action(async (input: string, opts: SignOpts) => {
      if (!(OPINIONS as readonly string[]).includes(opts.opinion))
        throw new LianfangError('opinion_invalid', { opinion: opts.opinion });
      const signer = await signerFromKeyFile(await readKeyFileText(opts.key, ctx.io));
      const seal = opts.seal
        ? (
            await readFile(opts.seal).catch((e) => {
              throw new LianfangError('file_not_found', { file: opts.seal }, { cause: e });
            })
          ).toString('base64')
        : undefined;
      const { snapshot, load } = await openForStamps(input);
      const form = pickForm(snapshot, opts.form);
      const plan = await planSign({
        wb: snapshot,
        form,
        role: opts.role,
        opinion: opts.opinion as Opinion,
        text: opts.text,
        signer,
        sealPng: seal,
        acceptWarnings: opts.acceptWarnings,
        allowNewKey: opts.newKey,
        reason: opts.reason,
      });
      const workbook = await load();
      applyOps(workbook, plan.ops);
      await writeFileSafely(opts.output, await workbookBytes(workbook), {
        force: opts.force,
        inputs: [input],
        inPlace: opts.inPlace,
      });
      const step = form.def.signoff.find((s) => s.role === plan.stamp.role)!;
      ctx.io.out(
        message('sign_done', {
          who: step.who,
          signer: signer.name,
          sheet: form.found.sheet,
          opinion: opts.opinion,
          fp: shortFingerprint(signer.fingerprint),
        }),
      );
      if (plan.returned) ctx.io.out(message('sign_returned', { count: plan.returned }));
      if (opts.opinion === '同意') ctx.io.out(message('protect_disclaimer'));
      ctx.io.out(message('stamp_disclaimer'));
    });

/** --form takes a sheet name, an anchor name or a form id (which must then be unique in the workbook). */
export function pickForm(wb: WorkbookSnapshot, wanted: string): StampableForm {
  const forms = locateForms(wb);
  const bySheet = forms.find((f) => f.found.sheet === wanted || f.anchor === wanted);
  if (bySheet) return bySheet;
  const byId = forms.filter((f) => f.def.id.toUpperCase() === wanted.toUpperCase());
  if (byId.length === 1) return byId[0];
  if (byId.length > 1)
    throw new LianfangError('form_ambiguous', { form: wanted, known: byId.map((f) => f.found.sheet).join('、') });
  throw new LianfangError('form_not_found', {
    form: wanted,
    known: forms.map((f) => `${f.def.id}「${f.found.sheet}」`).join('、') || '（无）',
  });
}
