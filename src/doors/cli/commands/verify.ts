import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import {
  describeVerification,
  verifyWorkbook,
  type TrustedKey,
  type WorkbookVerification,
} from '../../../core/approve';
import { LianfangError } from '../../../core/errors';
import { message } from '../../../core/messages';
import type { RegisterCommand } from '../context';
import { json } from '../output';
import { openForStamps } from './stampFile';

const TrustSchema = z
  .array(z.object({ name: z.string().min(1), fingerprint: z.string().regex(/^[0-9a-f]{64}$/) }))
  .max(10_000);

/** `verify <in> [--json]`: exit 0 every stamp valid, 1 some invalid or none at all, 2 unreadable. */
export const registerVerify: RegisterCommand = (program, ctx) =>
  program
    .command('verify <in>')
    .description('离线验证工作簿中的全部签章 (verify every stamp offline)')
    .option('--json', '以 JSON 输出')
    .option('--trust <file>', '受信任密钥名单 JSON:[{"name":"张三","fingerprint":"…"}]')
    .option('--require-complete', '有表格未签完时也视为不通过')
    .action(async (input: string, opts: { json?: boolean; trust?: string; requireComplete?: boolean }) => {
      const trusted = opts.trust ? await readTrust(opts.trust) : undefined;
      const { snapshot } = await openForStamps(input);
      const v = await verifyWorkbook(snapshot, { trusted });
      const incomplete = v.forms.some((f) => !f.complete);
      const pass = v.ok && v.stampCount > 0 && !(opts.requireComplete && incomplete);
      if (opts.json) ctx.io.out(json(toJson(v, pass)));
      else {
        for (const line of describeVerification(v)) ctx.io.out(line);
        ctx.io.out(message('stamp_disclaimer'));
      }
      ctx.exit(pass ? 0 : 1);
    });

async function readTrust(file: string): Promise<TrustedKey[]> {
  const text = await readFile(file, 'utf8').catch((e) => {
    throw new LianfangError('file_not_found', { file }, { cause: e });
  });
  try {
    const r = TrustSchema.safeParse(JSON.parse(text));
    if (r.success) return r.data;
  } catch {
    // reported below
  }
  throw new LianfangError('trust_file_invalid', { file });
}

/** A stable JSON shape for scripts: per form, its steps and each stamp with its problems. */
function toJson(v: WorkbookVerification, pass: boolean) {
  return {
    ok: pass,
    stamps: v.stampCount,
    forms: v.forms
      .filter((f) => f.stamps.length || f.problems.length)
      .map((f) => ({
        sheet: f.sheet,
        form: f.form,
        anchor: f.anchor,
        complete: f.complete,
        next: f.next ?? null,
        steps: f.steps.map((s) => ({ role: s.role, who: s.who, state: s.state, signer: s.stamp?.signer ?? null })),
        stamps: f.stamps.map((c) => ({
          role: c.stamp.role,
          signer: c.stamp.signer,
          opinion: c.stamp.opinion,
          at: c.stamp.at,
          fingerprint: c.stamp.fingerprint,
          active: c.active,
          ok: c.ok,
          problems: c.problems,
        })),
        problems: f.problems,
      })),
    orphans: v.orphans.map((s) => ({ form: s.form, sheet: s.sheet, role: s.role, signer: s.signer })),
    store: v.store,
  };
}
