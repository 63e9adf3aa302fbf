import { createKeyFile } from '../../../core/approve';
import { shortFingerprint } from '../../../core/crypto';
import { message } from '../../../core/messages';
import type { RegisterCommand } from '../context';
import { writeFileSafely } from '../io';
import { warnAboutKeyFile } from '../keyFiles';

/** `keygen --name 张三 -o key.json`: a signer's key pair; the file holds the private key, so it warns. */
export const registerKeygen: RegisterCommand = (program, ctx) =>
  program
    .command('keygen')
    .description('生成签章密钥 (create a signing key pair; the file holds the private key: keep it safe)')
    .requiredOption('--name <姓名>', '签章人姓名')
    .requiredOption('-o, --output <file>', '输出密钥文件 (.json)')
    .option('--force', '覆盖已存在的文件')
    .action(async (opts: { name: string; output: string; force?: boolean }) => {
      const kf = await createKeyFile(opts.name);
      await writeFileSafely(opts.output, new TextEncoder().encode(`${JSON.stringify(kf, null, 2)}\n`), {
        force: opts.force,
        // Only its owner may read a private key (like ssh-keygen).
        mode: 0o600,
      });
      await warnAboutKeyFile(opts.output, ctx.io);
      ctx.io.out(message('keygen_done', { name: kf.name, file: opts.output, fp: shortFingerprint(kf.fingerprint) }));
      ctx.io.out(
        message('keygen_trust_entry', { entry: JSON.stringify({ name: kf.name, fingerprint: kf.fingerprint }) }),
      );
      ctx.io.out(message('stamp_disclaimer'));
    });
