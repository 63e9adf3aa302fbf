import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import { createKeyFile, signerFromKeyFile } from '../../src/core/approve';
import { formSheetName } from '../../src/core/build/sheetName';
import { findPack } from '../../src/core/packs';
import { reportWorkbookBytes } from '../../src/doors/page/report';
import { blankWorkbookBytes, openWorkbook, toBytes, workbookHost } from '../../src/doors/page/workbook';
import { reportInExcel } from '../../src/doors/taskpane/report';
import { gradeStep, validateStep } from '../../src/doors/ui/actions';
import { signOnHost } from '../../src/doors/ui/approve/actions';
import { excelProblems } from '../helpers/excelStrict';
import { runCli } from '../helpers/cli';
import { PACK_IDS, ROOT } from '../template/cli';

/**
 * Every workbook lianfang writes, through every door, opens in Excel without repair: each is unzipped and held
 * to what Excel checks (test/helpers/excelStrict.ts). CLI: template, demo, validate -o, grade, rollup, sign,
 * report, consolidate; page: blank template, the working copy after 校验 / 定级汇总 / 签章, the report; task pane:
 * the report it opens in Excel.
 */
const dir = join(ROOT, 'artifacts/strict');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const f = (name: string) => join(dir, name);
const controls = { signal: new AbortController().signal, progress: () => undefined };

const cli = async (...args: string[]) => {
  const r = await runCli(...args);
  if (r.code === 2) throw new Error(`lianfang ${args.join(' ')}: ${r.err}`);
  return r;
};

/**
 * The sheet and role of the first step a demo can sign (a form of the sample with a block of its own), and who
 * signs it: 本人 is the person the form is for.
 */
function firstSignable(id: string): { sheet: string; role: string; signer: string } | null {
  const pack = findPack(id)!;
  for (const inst of pack.sample.instances) {
    const form = pack.forms.find((x) => x.id === inst.form)!;
    if (form.signoff.length)
      return {
        sheet: formSheetName(form.id, form.title, inst.name),
        role: form.signoff[0].role,
        signer: form.signoff[0].role === 'self' && inst.name ? inst.name : '测试签章人',
      };
  }
  return null;
}

describe.each(PACK_IDS.map((id) => [id] as const))('%s: every workbook written opens in Excel without repair', (id) => {
  const pack = findPack(id)!;
  const p = (name: string) => f(`${id}-${name}.xlsx`);

  it('through the CLI', async () => {
    await cli('template', id, '-o', p('template'));
    await cli('demo', id, '-o', p('demo'));
    await cli('validate', p('demo'), '-o', p('validated'));
    await cli('grade', p('demo'), '--write-settings', '-o', p('graded'));
    await cli('rollup', p('graded'), '-o', p('rolledup'));
    await cli('report', p('rolledup'), '--period', '2024年度', '-o', p('report'));
    const signable = firstSignable(id);
    if (signable) {
      const { sheet, role } = signable;
      const key = f(`${id}-key.json`);
      await cli('keygen', '--name', signable.signer, '-o', key, '--force');
      await cli('sign', p('demo'), '--form', sheet, '--role', role, '--key', key, '--opinion', '同意',
        '--accept-warnings', '-o', p('signed')); // prettier-ignore
      await cli('report', p('signed'), '-o', p('report-signed'));
    }
    mkdirSync(f(`${id}-inbox`), { recursive: true });
    copyFileSync(p('demo'), join(f(`${id}-inbox`), 'a.xlsx'));
    copyFileSync(p('graded'), join(f(`${id}-inbox`), 'b.xlsx'));
    await cli('consolidate', f(`${id}-inbox`), '--expect', `${pack.sample.unit},未报单位`, '-o', p('consolidated'));
    const written = ['template', 'demo', 'validated', 'graded', 'rolledup', 'report', 'consolidated'];
    if (signable) written.push('signed', 'report-signed');
    const problems = written.flatMap((w) => excelProblems(readFileSync(p(w))).map((x) => `${w}: ${x}`));
    expect(problems).toEqual([]);
  });

  it('through the page and the task pane (the shared ExcelJS adapter)', async () => {
    const demo = readFileSync(p('demo'));
    const written: Array<[string, Uint8Array]> = [['blank', await blankWorkbookBytes(pack)]];
    const wb = await openWorkbook(demo.buffer.slice(demo.byteOffset, demo.byteOffset + demo.length), 'demo.xlsx');
    const host = workbookHost(wb, () => undefined);
    await validateStep(host, pack, controls);
    written.push(['validated', await toBytes(wb)]);
    await gradeStep(host, pack, controls);
    written.push(['graded', await toBytes(wb)]);
    const signable = firstSignable(id);
    if (signable) {
      const signer = await signerFromKeyFile(JSON.stringify(await createKeyFile(signable.signer)));
      await signOnHost(host, signer, {
        sheet: signable.sheet,
        role: signable.role,
        opinion: '同意',
        acceptWarnings: true,
      });
      written.push(['signed', await toBytes(wb)]);
    }
    written.push(['report', await reportWorkbookBytes(pack, [{ file: 'demo.xlsx', wb }])]);
    let opened: Uint8Array | undefined;
    const paneWb = new ExcelJS.Workbook();
    await paneWb.xlsx.load(demo as unknown as ArrayBuffer);
    await reportInExcel(
      {
        kind: 'excel',
        read: async () => snapshotWorkbook(paneWb),
        apply: async () => undefined,
        openNewWorkbook: async (b) => void (opened = b),
      },
      pack,
      controls,
    );
    written.push(['pane report', opened!]);
    const problems = written.flatMap(([w, b]) => excelProblems(b).map((x) => `page ${w}: ${x}`));
    expect(problems).toEqual([]);
  });
});
