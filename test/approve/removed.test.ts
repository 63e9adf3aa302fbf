import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import { workbookBytes } from '../../src/adapters/exceljs/write';
import { describeVerification, verifyWorkbook } from '../../src/core/approve';
import { a3, a3At, A3_ROLES, demoBytes, fromBytes, makeSigner, signStep, type KeyedSigner } from './helpers';
import { readRecords, resetBlock, stripAnchor, writeRecords } from './stampsSheet';

/**
 * Removed stamps: every stamp signs the manifest of the workbook's stamped forms and their chain lengths, so
 * stamps taken away afterwards — one form's whole chain, the last steps, a superior's 退回修改 — show.
 */
let signers: KeyedSigner[];
let both: Uint8Array; // 周立新's A3 fully signed, then 孙晓梅's 本人
const seal = (role: string) => role === 'unit';

beforeAll(async () => {
  signers = await Promise.all(['周立新', '王科长', '李局长', '办公室', '纪检组', '孙晓梅'].map(makeSigner));
  let bytes = await demoBytes();
  for (let i = 0; i < A3_ROLES.length; i++) bytes = await signStep(bytes, A3_ROLES[i], signers[i]);
  both = await signStep(bytes, 'self', signers[5], { pick: a3At(1) });
});

const verdict = async (bytes: Uint8Array) => {
  const v = await verifyWorkbook(snapshotWorkbook(await fromBytes(bytes)));
  return { v, text: describeVerification(v).join('\n') };
};

test("stripping one form's stamps, records and printed block alike, in a workbook with two signed forms is caught", async () => {
  const wb = await fromBytes(both);
  const f = a3(wb);
  stripAnchor(wb, f.anchor!);
  const ws = wb.getWorksheet(f.found.sheet)!;
  ws.unprotect();
  resetBlock(
    ws,
    A3_ROLES.map((r) => ({ cell: f.found.signoff[r].valueCell, seal: seal(r) })),
  );
  const { v, text } = await verdict(await workbookBytes(wb));
  expect(v.ok).toBe(false);
  expect(v.removed).toEqual([expect.objectContaining({ anchor: f.anchor, expected: 5, now: 0 })]);
  expect(text).toContain(`「${f.found.sheet}」（A3）已有 5 个签章，现在只有 0 个`);
});

test('deleting the last stamps of a chain (and resetting their cells) is caught when a later stamp attests them', async () => {
  const wb = await fromBytes(both);
  const f = a3(wb);
  const { head, records } = readRecords(wb);
  const last2 = new Set(
    records
      .filter((r) => r.type === 'stamp' && (r.stamp as { anchor: string }).anchor === f.anchor)
      .slice(-2)
      .map((r) => r.stamp),
  );
  writeRecords(
    wb,
    head,
    records.filter((r) => !last2.has(r.stamp)),
  );
  const ws = wb.getWorksheet(f.found.sheet)!;
  ws.unprotect();
  resetBlock(
    ws,
    ['unit', 'discipline'].map((r) => ({ cell: f.found.signoff[r].valueCell, seal: seal(r) })),
  );
  const { v } = await verdict(await workbookBytes(wb));
  expect(v.ok).toBe(false);
  expect(v.removed).toEqual([expect.objectContaining({ anchor: f.anchor, expected: 5, now: 3 })]);
});

test("a superior's 退回修改, removed with the cells reset, is caught once another stamp came after it", async () => {
  let bytes = await demoBytes();
  for (let i = 0; i < 4; i++) bytes = await signStep(bytes, A3_ROLES[i], signers[i]);
  bytes = await signStep(bytes, 'discipline', signers[4], { opinion: '退回修改', text: '风险等级偏低' });
  bytes = await signStep(bytes, 'self', signers[5], { pick: a3At(1) });
  expect((await verdict(bytes)).v.ok).toBe(true);
  const wb = await fromBytes(bytes);
  const f = a3(wb);
  const { head, records } = readRecords(wb);
  const returned = records.find((r) => r.type === 'stamp' && (r.stamp as { opinion: string }).opinion === '退回修改');
  writeRecords(
    wb,
    head,
    records.filter((r) => r !== returned),
  );
  // Put back what the form showed before the return: the four approvals … in the records they are history now,
  // so the attacker also puts back the cells; the manifest of 孙晓梅's stamp still counts five.
  const ws = wb.getWorksheet(f.found.sheet)!;
  resetBlock(ws, [{ cell: f.found.signoff.discipline.valueCell, seal: false }]);
  const { v, text } = await verdict(await workbookBytes(wb));
  expect(v.ok).toBe(false);
  expect(v.removed).toEqual([expect.objectContaining({ anchor: f.anchor, expected: 5, now: 4 })]);
  expect(text).toContain('签章被删除');
});
