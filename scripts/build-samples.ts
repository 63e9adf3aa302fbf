/**
 * The sample workbooks the standalone page opens with one click: one filled .xlsx per pack, made by the same
 * code path as `npx lianfang demo <pack>`. webpack.config.js calls buildSamples() and ships the files as
 * samples/<pack>.xlsx; run directly (`npx tsx scripts/build-samples.ts <dir>`) it writes them to a folder.
 */
import { PACKS } from '../src/core/packs';
import { workbookBytes } from '../src/adapters/exceljs/write';
import { buildPackWorkbook } from '../src/doors/cli/commands/template';

export async function buildSamples(): Promise<Record<string, Uint8Array>> {
  const out: Record<string, Uint8Array> = {};
  for (const pack of PACKS) {
    const wb = await buildPackWorkbook(pack, true);
    out[`${pack.id}.xlsx`] = await workbookBytes(wb);
  }
  return out;
}

if (process.argv[1]?.endsWith('build-samples.ts') && process.argv[2]) {
  const dir = process.argv[2];
  void (async () => {
    const { mkdir, writeFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    await mkdir(dir, { recursive: true });
    for (const [name, bytes] of Object.entries(await buildSamples())) await writeFile(join(dir, name), bytes);
    console.log(`samples written to ${dir}`);
  })();
}
