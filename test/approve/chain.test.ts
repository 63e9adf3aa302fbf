import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import {
  approvedContent,
  describeVerification,
  locateForms,
  locateOwnForms,
  verifyWorkbook,
  STAMPS_SHEET,
} from '../../src/core/approve';
import { isLianfangError } from '../../src/core/errors';
import { message } from '../../src/core/messages';
import { a3, A3_ROLES, demoBytes, fromBytes, makeSigner, signStep, type KeyedSigner } from './helpers';

const NAMES = ['周立新', '王科长', '李局长', '办公室', '纪检组'];
let signers: KeyedSigner[];
let signed: Uint8Array;

beforeAll(async () => {
  signers = await Promise.all(NAMES.map(makeSigner));
  let bytes = await demoBytes();
  for (let i = 0; i < A3_ROLES.length; i++) bytes = await signStep(bytes, A3_ROLES[i], signers[i]);
  signed = bytes;
});

/** ExcelJS keeps sheet protection in an untyped field. */
const protectedSheet = (ws: object): boolean =>
  (ws as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet === true;

const verify = async (bytes: Uint8Array) => verifyWorkbook(snapshotWorkbook(await fromBytes(bytes)));

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (isLianfangError(e)) return e.code;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('a full sign-off chain', () => {
  it('signed in order, every stamp verifies and the form is complete', async () => {
    const v = await verify(signed);
    expect(v.ok).toBe(true);
    expect(v.stampCount).toBe(5);
    const f = v.forms.find((x) => x.stamps.length)!;
    expect(f.complete).toBe(true);
    expect(f.steps.map((s) => s.state)).toEqual(['signed', 'signed', 'signed', 'signed', 'signed']);
    expect(f.stamps.map((c) => c.stamp.signer)).toEqual(NAMES);
    expect(describeVerification(v).at(-1)).toBe(message('verify_intact_unverified', { count: 5 }));
  });

  it('writes the visible stamp into the sign-off block, a red text seal for 单位, and protects the sheet', async () => {
    const wb = await fromBytes(signed);
    const f = a3(wb);
    const ws = wb.getWorksheet(f.found.sheet)!;
    const dept = String(ws.getCell(f.found.signoff.deptHead.valueCell).value);
    expect(dept).toMatch(/^同意。\n签字:王科长　\d{4}年\d{1,2}月\d{1,2}日$/);
    const unitCell = ws.getCell(f.found.signoff.unit.valueCell);
    expect(String(unitCell.value)).toContain('〔濮阳市科学技术局 · 核验章〕');
    expect(unitCell.font?.color?.argb).toBe('FFC00000');
    expect(unitCell.font?.bold).toBe(true);
    expect(protectedSheet(ws)).toBe(true);
    expect(wb.getWorksheet(STAMPS_SHEET)!.state).toBe('veryHidden');
  });

  it('never writes a private key into the workbook', async () => {
    const wb = await fromBytes(signed);
    const all = JSON.stringify(snapshotWorkbook(wb));
    for (const s of signers) expect(all).not.toContain(JSON.parse(s.file).privateKey.d);
    expect(all).not.toMatch(/"d":/);
  });

  it('recognition reads the same approved content as the builder laid out', async () => {
    const snap = snapshotWorkbook(await fromBytes(signed));
    const own = locateOwnForms(snap);
    const found = locateForms(snap);
    expect(found.map((f) => f.anchor)).toEqual(own.map((f) => f.anchor));
    for (const f of found) {
      const o = own.find((x) => x.anchor === f.anchor)!;
      expect(approvedContent(f)).toEqual(approvedContent(o));
      expect(f.found.signoff).toEqual(o.found.signoff);
    }
  });

  it('refuses a role before the roles before it', async () => {
    const bytes = await demoBytes();
    expect(await refusal(signStep(bytes, 'leader', signers[2]))).toBe('out_of_order');
    const one = await signStep(bytes, 'self', signers[0]);
    expect(await refusal(signStep(one, 'leader', signers[2]))).toBe('out_of_order');
    expect(await refusal(signStep(one, 'self', signers[0]))).toBe('out_of_order');
    expect(await refusal(signStep(signed, 'discipline', signers[4]))).toBe('chain_complete');
    expect(await refusal(signStep(bytes, 'nobody', signers[0]))).toBe('unknown_role');
  });

  it('validation decides: errors refuse 同意, warnings need the signer to confirm', async () => {
    const clean = await demoBytes();
    await expect(signStep(clean, 'self', signers[0], { acceptWarnings: false })).resolves.toBeInstanceOf(Uint8Array);
    // A post missing from A1 岗位职责目录 is a warning: the signer must confirm it.
    const warned = await fromBytes(clean);
    const w = a3(warned);
    warned.getWorksheet(w.found.sheet)!.getCell(w.found.header.post.cell).value = '司机';
    const bytes = new Uint8Array(await warned.xlsx.writeBuffer());
    expect(await refusal(signStep(bytes, 'self', signers[0], { acceptWarnings: false }))).toBe('form_has_warnings');
    const wb = await fromBytes(bytes);
    const f = a3(wb);
    wb.getWorksheet(f.found.sheet)!.getCell(f.found.rows[0].row, f.found.columns.riskPoint).value = null;
    const broken = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await refusal(signStep(broken, 'self', signers[0]))).toBe('form_has_errors');
    // Sending back is always possible.
    await expect(signStep(broken, 'self', signers[0], { opinion: '退回修改' })).resolves.toBeInstanceOf(Uint8Array);
  });

  it('退回修改 sends the form back: the round goes to history and signing restarts at the first step', async () => {
    let bytes = await demoBytes();
    bytes = await signStep(bytes, 'self', signers[0]);
    bytes = await signStep(bytes, 'deptHead', signers[1]);
    bytes = await signStep(bytes, 'leader', signers[2], { opinion: '退回修改', text: '风险等级偏低' });
    let v = await verify(bytes);
    let f = v.forms.find((x) => x.stamps.length)!;
    expect(v.ok).toBe(true);
    expect(f.stamps.map((c) => c.active)).toEqual([false, false, false]);
    expect(f.steps.map((s) => s.state)).toEqual(['pending', 'pending', 'returned', 'pending', 'pending']);
    expect(f.next).toBe('self');
    const wb = await fromBytes(bytes);
    const form = a3(wb);
    const ws = wb.getWorksheet(form.found.sheet)!;
    expect(String(ws.getCell(form.found.signoff.self.valueCell).value)).toBe('（签字）\n年　　月　　日');
    expect(String(ws.getCell(form.found.signoff.leader.valueCell).value)).toMatch(
      /^退回修改:风险等级偏低\n签字:李局长/,
    );
    expect(protectedSheet(ws)).toBe(false);
    // The filler edits and the chain starts again; history stays verifiable.
    const cell = ws.getCell(form.found.rows[0].row, form.found.columns.level);
    cell.value = '一级';
    bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    bytes = await signStep(bytes, 'self', signers[0]);
    v = await verify(bytes);
    f = v.forms.find((x) => x.stamps.length)!;
    expect(v.ok).toBe(true);
    expect(f.stamps.map((c) => c.active)).toEqual([false, false, false, true]);
    expect(f.steps[0].state).toBe('signed');
  });
});
