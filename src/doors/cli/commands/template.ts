import { applyOps } from '../../../adapters/exceljs/applyOps';
import { workbookBytes } from '../../../adapters/exceljs/write';
import { newWorkbook } from '../../../adapters/exceljs/lazy';
import { planInsert } from '../../../core/build/template';
import type { RegisterCommand } from '../context';
import { writeFileSafely } from '../io';
import { packArg } from '../packArg';

/** `template` writes the blank tables of a pack; `demo` the same tables filled with the pack's sample. */
export const registerTemplate: RegisterCommand = (program, ctx) => {
  for (const [name, filled] of [
    ['template', false],
    ['demo', true],
  ] as const) {
    program
      .command(`${name} <pack>`)
      .description(
        filled ? '生成填好示例内容的工作簿 (a realistic filled sample)' : '生成空白表格工作簿 (blank template)',
      )
      .requiredOption('-o, --output <file>', '输出 .xlsx 文件')
      .option('--force', '覆盖已存在的输出文件')
      .action(async (packId: string, opts: { output: string; force?: boolean }) => {
        const pack = packArg(packId);
        const wb = await buildPackWorkbook(pack, filled);
        await writeFileSafely(opts.output, await workbookBytes(wb), { force: opts.force });
        ctx.io.out(
          `已写入 ${opts.output}:${pack.name},${wb.worksheets.filter((w) => w.state === 'visible').length} 张表`,
        );
      });
  }
};

export async function buildPackWorkbook(pack: Parameters<typeof planInsert>[0]['pack'], filled: boolean) {
  const wb = await newWorkbook();
  const plan = planInsert({ pack, instances: filled ? pack.sample.instances : undefined });
  applyOps(wb, plan.ops);
  return wb;
}
