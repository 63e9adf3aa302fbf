import type ExcelJS from 'exceljs';
import { applyOps } from '../../src/adapters/exceljs/applyOps';
import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import { workbookBytes } from '../../src/adapters/exceljs/write';
import {
  canonicalContent,
  contentDigest,
  describeVerification,
  localIso,
  readStampStore,
  signedBytes,
  signedFields,
  stampStoreOps,
  verifyWorkbook,
  visibleStampOps,
  STAMPS_SHEET,
  type Stamp,
  type StampBodyV1,
} from '../../src/core/approve';
import { fromBase64Url, sha256Hex, signBytes, toBase64Url } from '../../src/core/crypto';
import { a3, A3_ROLES, demoBytes, fromBytes, makeSigner, signStep, type KeyedSigner } from './helpers';

/**
 * Stamps made before the printed canonical form (stamp v1, lianfang-c14n-1) keep verifying by their own rules;
 * new stamps can follow them in the same chain; the output says what the old ones do not cover.
 */
let signers: KeyedSigner[];

/** Signs one step exactly as lianfang did before version 2 (the stamp, the printed block, the hidden record). */
async function signV1(bytes: Uint8Array, role: string, signer: KeyedSigner): Promise<Uint8Array> {
  const wb = await fromBytes(bytes);
  const snap = snapshotWorkbook(wb);
  const form = a3(wb);
  const store = readStampStore(snap);
  const mine = store.stamps.filter((s) => s.anchor === form.anchor);
  const content = canonicalContent(form.found, signedFields(form.def));
  const last = mine[mine.length - 1];
  const body: StampBodyV1 = {
    v: 1,
    c14n: 'lianfang-c14n-1',
    form: 'A3',
    anchor: form.anchor!,
    sheet: form.found.sheet,
    role,
    signer: signer.name,
    opinion: '同意',
    text: '',
    at: localIso(new Date()),
    digest: await contentDigest(content),
    key: signer.publicKey,
    fingerprint: signer.fingerprint,
    prev: last ? await sha256Hex(fromBase64Url(last.sig)) : null,
  };
  const stamp: Stamp = { ...body, sig: toBase64Url(await signBytes(signer.privateKey, signedBytes(body))) };
  const step = form.def.signoff.find((s) => s.role === role)!;
  const contents = new Map(store.contents);
  contents.set(stamp.digest, content);
  applyOps(wb, [
    ...visibleStampOps({
      sheet: form.found.sheet,
      valueCell: form.found.signoff[role].valueCell,
      stamp,
      seal: step.seal,
      unit: '濮阳市科学技术局',
    }),
    ...stampStoreOps(
      [...store.stamps, stamp],
      contents,
      snap.sheets.some((s) => s.name === STAMPS_SHEET),
    ),
  ]);
  return workbookBytes(wb);
}

const verdict = async (bytes: Uint8Array) => {
  const v = await verifyWorkbook(snapshotWorkbook(await fromBytes(bytes)));
  return { v, text: describeVerification(v).join('\n') };
};

async function formatted(bytes: Uint8Array, edit: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = await fromBytes(bytes);
  edit(wb.getWorksheet(a3(wb).found.sheet)!);
  return workbookBytes(wb);
}

beforeAll(async () => {
  signers = await Promise.all(['周立新', '王科长', '李局长', '办公室', '纪检组'].map(makeSigner));
});

test('a chain signed under version 1 verifies, and says what version 1 does not cover', async () => {
  let bytes = await demoBytes();
  for (let i = 0; i < 3; i++) bytes = await signV1(bytes, A3_ROLES[i], signers[i]);
  const { v, text } = await verdict(bytes);
  expect(v.intact).toBe(true);
  expect(v.forms.find((f) => f.stamps.length)!.stamps.map((c) => c.stamp.c14n)).toEqual(
    Array(3).fill('lianfang-c14n-1'),
  );
  expect(text).toContain('有 3 个签章按旧版规范（lianfang-c14n-1）做出');
  // A value changed after a version-1 stamp is still caught and named.
  const changed = await formatted(bytes, (ws) => (ws.getCell('C9').value = '三级'));
  expect((await verdict(changed)).text).toContain('C9 签章时为「一级」，现为「三级」');
});

test('new stamps follow version-1 stamps in the same chain; from then on the printed form is covered', async () => {
  let bytes = await demoBytes();
  for (let i = 0; i < 2; i++) bytes = await signV1(bytes, A3_ROLES[i], signers[i]);
  for (let i = 2; i < 5; i++) bytes = await signStep(bytes, A3_ROLES[i], signers[i]);
  const { v } = await verdict(bytes);
  expect(v.intact).toBe(true);
  const f = v.forms.find((x) => x.stamps.length)!;
  expect(f.stamps.map((c) => c.stamp.v)).toEqual([1, 1, 2, 2, 2]);
  expect(f.complete).toBe(true);
  // A format that prints another score: the version-2 stamps catch it, the version-1 ones cannot see it.
  const shown = await verdict(await formatted(bytes, (ws) => (ws.getCell('E8').numFmt = '"1"')));
  expect(shown.v.ok).toBe(false);
  const states = shown.v.forms.find((x) => x.stamps.length)!.stamps.map((c) => c.ok);
  expect(states).toEqual([true, true, false, false, false]);
});

test('one key on two steps, written without lianfang’s refusal (an old-format record, no reason), fails verify', async () => {
  // The attacker skips `sign` (which refuses a second step without --reason) and writes the records directly.
  let bytes = await demoBytes();
  bytes = await signV1(bytes, 'self', signers[0]);
  bytes = await signV1(bytes, 'deptHead', signers[0]);
  const { v, text } = await verdict(bytes);
  expect(v.intact).toBe(false);
  const checks = v.forms.find((f) => f.stamps.length)!.stamps;
  expect(checks.map((c) => c.problems.map((p) => p.code))).toEqual([[], ['signer_repeated']]);
  expect(text).toContain('「部门负责人」由 周立新 签署，而此人（或同一把密钥）在本轮已签过「本人」，且未写明理由');
  // The same name under a second key is one person too: reported on both counts.
  const other = await makeSigner('周立新');
  let twoKeys = await demoBytes();
  twoKeys = await signV1(twoKeys, 'self', signers[0]);
  twoKeys = await signV1(twoKeys, 'deptHead', other);
  const again = await verdict(twoKeys);
  expect(again.v.intact).toBe(false);
  const codes = again.v.forms.find((f) => f.stamps.length)!.stamps[1].problems.map((p) => p.code);
  expect(codes).toEqual(expect.arrayContaining(['signer_repeated', 'signer_key_changed']));
});
