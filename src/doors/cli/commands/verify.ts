import { describeVerification, type WorkbookVerification } from '../../../core/approve';
import { message } from '../../../core/messages';
import { verifyAnyWorkbook } from '../../../core/report';
import type { RegisterCommand } from '../context';
import { json } from '../output';
import { readRosterFile, refuseTrust } from '../rosterArg';
import { openForStamps } from './stampFile';

interface VerifyOpts {
  json?: boolean;
  roster?: string;
  trust?: string;
  requireComplete?: boolean;
}

/**
 * `verify <in> [--roster 名单.json] [--json]`: exit 0 every stamp intact (and, with a roster, every signer on it),
 * 1 some problem or no stamp at all, 2 unreadable. Without a roster the output says the identities were not checked.
 */
export const registerVerify: RegisterCommand = (program, ctx) =>
  program
    .command('verify <in>')
    .description('离线验证工作簿（或报送工作簿）中的全部签章 (verify every stamp offline)')
    .option('--json', '以 JSON 输出')
    .option('--roster <file>', '签章人名单（lianfang roster 生成，由上级签发）：核验签章人身份、可签环节和单位')
    .option('--trust <file>', '（已停用，请改用 --roster）')
    .option('--require-complete', '有表格未签完时也视为不通过')
    .action(async (input: string, opts: VerifyOpts) => {
      refuseTrust(opts.trust);
      const roster = opts.roster ? await readRosterFile(opts.roster) : undefined;
      const { snapshot } = await openForStamps(input);
      // A report workbook carries its forms' stamp records: they are verified again, never its printed words.
      const v = await verifyAnyWorkbook(snapshot, { roster });
      const incomplete = v.forms.some((f) => !f.complete && f.stamps.length);
      const pass = v.ok && v.stampCount > 0 && !(opts.requireComplete && incomplete);
      if (opts.json) ctx.io.out(json(verificationJson(v, pass)));
      else {
        for (const line of describeVerification(v)) ctx.io.out(line);
        ctx.io.out(message('stamp_disclaimer'));
      }
      ctx.exit(pass ? 0 : 1);
    });

/** A stable JSON shape for scripts: per form, its steps and each stamp with its problems and identity. */
export function verificationJson(v: WorkbookVerification, pass: boolean) {
  return {
    ok: pass,
    intact: v.intact,
    /** false without a roster: nobody checked who the signers are. */
    identityChecked: !!v.roster,
    trusted: v.trusted,
    roster: v.roster ?? null,
    stamps: v.stampCount,
    forms: v.forms
      .filter((f) => f.stamps.length || f.problems.length)
      .map((f) => ({
        sheet: f.sheet,
        form: f.form,
        anchor: f.anchor,
        unit: f.unit,
        complete: f.complete,
        next: f.next ?? null,
        steps: f.steps.map((s) => ({ role: s.role, who: s.who, state: s.state, signer: s.stamp?.signer ?? null })),
        stamps: f.stamps.map((c) => ({
          role: c.stamp.role,
          signer: c.stamp.signer,
          opinion: c.stamp.opinion,
          text: c.stamp.text,
          at: c.stamp.at,
          fingerprint: c.stamp.fingerprint,
          c14n: c.stamp.c14n,
          active: c.active,
          ok: c.ok,
          identity: c.identity.status,
          problems: [...c.problems, ...c.identity.problems],
          notes: c.notes,
        })),
        problems: f.problems,
      })),
    orphans: v.orphans.map((s) => ({ form: s.form, sheet: s.sheet, role: s.role, signer: s.signer })),
    removed: v.removed,
    store: v.store,
  };
}
