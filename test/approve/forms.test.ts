import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import { locateForms, verifyWorkbook } from '../../src/core/approve';
import { META_SHEET } from '../../src/core/meta/schema';
import { findPack } from '../../src/core/packs';
import { buildPackWorkbook } from '../../src/doors/cli/commands/template';
import { demoBytes, fromBytes, makeSigner, signStep, toBytes } from './helpers';

describe('stamps on other kinds of sheets', () => {
  it('a step signed in a header field (hangzhou 单位主要负责人(签字)) stamps that field, which is not approved content', async () => {
    const bytes = await toBytes(await buildPackWorkbook(findPack('hangzhou-2019')!, true));
    const pick = (wb: Awaited<ReturnType<typeof fromBytes>>) =>
      locateForms(snapshotWorkbook(wb)).find((f) => f.def.id === 'C1')!;
    const before = pick(await fromBytes(bytes));
    const cell = before.found.signoff.head?.valueCell;
    expect(cell).toBe(before.found.header.head.cell);
    const signed = await signStep(bytes, 'head', await makeSigner('周主任'), { pick });
    const wb = await fromBytes(signed);
    expect(String(wb.getWorksheet(before.found.sheet)!.getCell(cell!).value)).toMatch(/^同意。\n签字:周主任/);
    const v = await verifyWorkbook(snapshotWorkbook(wb));
    expect(v.ok).toBe(true);
    expect(v.forms.find((f) => f.form === 'C1')!.complete).toBe(true);
  });

  it('a sheet lianfang did not build gets a defined name with its first stamp and is found again by it', async () => {
    const wb = await fromBytes(await demoBytes());
    wb.removeWorksheet(wb.getWorksheet(META_SHEET)!.id);
    // What a hand-made copy looks like: no identification sheet, no LF_ names.
    const names = wb.definedNames as unknown as {
      model: Array<{ name: string; ranges: string[] }>;
      remove: (location: string, name: string) => void;
    };
    for (const { name, ranges } of names.model) if (name.startsWith('LF_')) names.remove(ranges[0], name);
    const bytes = await toBytes(wb);
    const first = locateForms(snapshotWorkbook(await fromBytes(bytes))).find((f) => f.def.id === 'A3')!;
    expect(first.found.how).toBe('headers');
    expect(first.anchor).toBeNull();
    const pick = (w: Awaited<ReturnType<typeof fromBytes>>) =>
      locateForms(snapshotWorkbook(w)).find((f) => f.found.sheet === first.found.sheet)!;
    let signed = await signStep(bytes, 'self', await makeSigner('周立新'), { pick });
    signed = await signStep(signed, 'deptHead', await makeSigner('王科长'), { pick });
    const v = await verifyWorkbook(snapshotWorkbook(await fromBytes(signed)));
    expect(v.ok).toBe(true);
    const f = v.forms.find((x) => x.sheet === first.found.sheet)!;
    expect(f.anchor).toBe('LFS_A3_1');
    expect(f.steps.map((s) => s.state).slice(0, 3)).toEqual(['signed', 'signed', 'pending']);
  });
});
