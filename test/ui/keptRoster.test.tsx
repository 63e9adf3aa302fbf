/**
 * @jest-environment jsdom
 */
import { configure, fireEvent, render, screen, within } from '@testing-library/react';
import { applyOps } from '../../src/adapters/exceljs/applyOps';
import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import { keptRosterOps, rosterBody, signRoster, type Roster } from '../../src/core/approve';
import { shortFingerprint } from '../../src/core/crypto';
import { PACKS } from '../../src/core/packs';
import { TaskPane } from '../../src/doors/taskpane/App';
import type { Host } from '../../src/doors/ui/host';
import { signOnHost } from '../../src/doors/ui/approve/actions';
import { forgetRoster } from '../../src/doors/ui/approve/rosterMemory';
import { reportWorkbookBytes } from '../../src/doors/page/report';
import { a3, demoBytes, fromBytes, makeSigner, type KeyedSigner } from '../approve/helpers';
import '../helpers/jsdomWebCrypto';

configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(120_000);

const UNIT = '濮阳市科学技术局';
const STEPS = ['本人', '部门负责人'];

/** A roster issued under the name 濮阳市纪委 by whoever holds `issuer`'s key, listing these signers' keys. */
async function rosterOf(issuer: KeyedSigner, signers: KeyedSigner[]): Promise<Roster> {
  const entries = signers.map((s, i) => ({
    name: s.name,
    fingerprint: s.fingerprint,
    units: [UNIT],
    roles: [STEPS[i]],
  }));
  const body = await rosterBody({ name: '濮阳市纪委', key: issuer.publicKey }, entries, '2026-12-01T09:00:00+08:00');
  return signRoster(body, issuer.privateKey);
}

/**
 * The unit keeps its roster in the workbook (issue 15), so a forger can keep one too: he signs under the real names
 * with keys he made and keeps a roster he issued himself under the committee's name. The pane must name that
 * roster's issuer key in its verdict (not a bare 核验有效), and the committee's own roster, once given, wins.
 */
test('a forged chain with a self-issued roster kept in the workbook: the verdict names the kept roster’s key; the real roster wins', async () => {
  const wb = await fromBytes(await demoBytes());
  const host: Host = { kind: 'file', read: async () => snapshotWorkbook(wb), apply: async (ops) => applyOps(wb, ops) };
  const sheet = a3(wb).found.sheet;
  const person = String(a3(wb).found.header.name.value);
  const names = [person, '王科长'];
  const real = await Promise.all(names.map(makeSigner));
  const fake = await Promise.all(names.map(makeSigner));
  const committee = await makeSigner('濮阳市纪委');
  const forger = await makeSigner('濮阳市纪委');
  for (const [i, role] of ['self', 'deptHead'].entries())
    await signOnHost(host, fake[i], { sheet, role, opinion: '同意', acceptWarnings: true });
  applyOps(wb, keptRosterOps(await rosterOf(forger, fake), snapshotWorkbook(wb)));
  forgetRoster();

  render(<TaskPane host={host} packs={PACKS} />);
  const forgerFp = shortFingerprint(forger.fingerprint);
  await screen.findByText(new RegExp(`使用工作簿中保存的名单：濮阳市纪委 签发（签发人密钥指纹 ${forgerFp}`));
  fireEvent.click(screen.getByRole('button', { name: '验证签章' }));
  // The notice and the last line of the result both say it.
  const verdicts = await screen.findAllByText(/依据工作簿中保存的名单核验有效/);
  expect(verdicts).toHaveLength(2);
  for (const v of verdicts) expect(v.textContent).toContain(`只有签发人密钥指纹 ${forgerFp} 与上级正式下发的一致时`);
  // Never the bare verdict a roster of one's own would earn.
  expect(screen.queryByText(/^核验有效：/)).toBeNull();

  // The committee's roster, given in the pane, decides: the forged keys are not on it.
  const realRoster = JSON.stringify(await rosterOf(committee, real));
  fireEvent.change(screen.getByLabelText('签章人名单'), {
    target: { files: [new File([realRoster], '名单.json', { type: 'application/json' })] },
  });
  await screen.findByText(/使用您提供的名单：濮阳市纪委 签发/);
  fireEvent.click(screen.getByRole('button', { name: '验证签章' }));
  await screen.findAllByText(/签章人与名单不符/);
  const list = screen.getByRole('list', { name: '验证结果' });
  expect(within(list).getAllByText(/身份不符合名单/)).toHaveLength(2);
  expect(screen.queryByText(/核验有效/)).toBeNull();
  forgetRoster();
});

test('a report opened in the pane is verified from the stamp records it carries, as `lianfang verify` does', async () => {
  forgetRoster();
  const unitWb = await fromBytes(await demoBytes());
  const host: Host = {
    kind: 'file',
    read: async () => snapshotWorkbook(unitWb),
    apply: async (ops) => applyOps(unitWb, ops),
  };
  const sheet = a3(unitWb).found.sheet;
  const person = await makeSigner(String(a3(unitWb).found.header.name.value));
  await signOnHost(host, person, { sheet, role: 'self', opinion: '同意', acceptWarnings: true });
  const pack = PACKS.find((p) => p.id === 'puyang-2012')!;
  const report = await fromBytes(await reportWorkbookBytes(pack, [{ file: '科技局.xlsx', wb: unitWb }]));
  const reportHost: Host = { kind: 'file', read: async () => snapshotWorkbook(report), apply: async () => undefined };

  render(<TaskPane host={reportHost} packs={PACKS} />);
  // Nothing is offered for signing on a report; the pane says why and what it can do.
  await screen.findByText(/这是报送工作簿：其中的签章是各单位签章的随附记录，不能在上面签章/);
  fireEvent.click(screen.getByRole('combobox', { name: '要签章的表格' }));
  expect(screen.queryAllByRole('option', { name: /周立新/ })).toEqual([]);
  fireEvent.click(await screen.findByRole('button', { name: '验证签章' }));
  const list = await screen.findByRole('list', { name: '验证结果' });
  await within(list).findByText(/^这是报送工作簿：以下按其中附带的原始签章记录重新核验/);
  expect(within(list).getByText(/本人：.* · 同意 · 内容完整 · 签章人身份未核验/)).toBeTruthy();
  expect(within(list).queryByText(/尚无签章|此工作簿中没有签章/)).toBeNull();
  await screen.findAllByText(/全部 1 个签章内容完整（签后未被改动）；签章人身份未核验/);
});
