import { message } from '../../../core/messages';
import type { RegisterCommand } from '../context';
import { openMany } from '../open';
import { json, reportError } from '../output';

/** Opens each file safely and says what is in it, or why it cannot be read (exit 2 if any cannot). */
export const registerInspect: RegisterCommand = (program, ctx) =>
  program
    .command('inspect')
    .description('安全地打开工作簿并列出工作表与行数 (open workbooks safely; list sheets and rows)')
    .argument('<files...>', '.xlsx 文件')
    .option('--json', '以 JSON 输出')
    .action(async (files: string[], opts: { json?: boolean }) => {
      const outcomes = await openMany(files, (o) =>
        o.snapshot.sheets.map((s) => ({ name: s.name, rows: s.rows.length })),
      );
      if (outcomes.some((o) => !o.ok)) ctx.exit(2);
      if (opts.json) {
        const list = outcomes.map((o) =>
          o.ok
            ? {
                file: o.file,
                ok: true,
                sheets: o.value,
                warnings: o.warnings.map((w) => ({ code: w.code, message: message(w.code, w.params) })),
              }
            : {
                file: o.file,
                ok: false,
                error: { code: o.error.code, message: message(o.error.code, o.error.params) },
              },
        );
        return ctx.io.out(json(list));
      }
      for (const o of outcomes) {
        if (!o.ok) {
          reportError(ctx.io, o.error);
          continue;
        }
        ctx.io.out(`${o.file}`);
        for (const s of o.value) ctx.io.out(`  ${s.name}\t${s.rows} 行`);
        for (const w of o.warnings) ctx.io.err(`警告 [${w.code}]: ${message(w.code, w.params)}`);
      }
    });
