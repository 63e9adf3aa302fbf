/**
 * @jest-environment jsdom
 */
import { configure, fireEvent, render, screen } from '@testing-library/react';
import { applyOps } from '../../src/adapters/exceljs/applyOps';
import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import { PACKS } from '../../src/core/packs';
import { unitSettingsOps } from '../../src/core/settings';
import type { Op } from '../../src/core/ops';
import { TaskPane } from '../../src/doors/taskpane/App';
import type { Host } from '../../src/doors/ui/host';
import { signOnHost } from '../../src/doors/ui/approve/actions';
import { describeVerification, readStampStore, verifyWorkbook } from '../../src/core/approve';
import { a3, demoBytes, fromBytes, makeSigner } from '../approve/helpers';
import '../helpers/jsdomWebCrypto';

configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(60_000);

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

test('签章 on the 公章 step uses the seal kept in 单位设置 when none is chosen', async () => {
  const wb = await fromBytes(await demoBytes());
  const applied: Op[] = [];
  const host: Host = {
    kind: 'file',
    read: async () => snapshotWorkbook(wb),
    apply: async (ops) => {
      applied.push(...ops);
      applyOps(wb, ops);
    },
  };
  const sheet = a3(wb).found.sheet;
  const person = String(a3(wb).found.header.name.value);
  for (const [i, role] of ['self', 'deptHead', 'leader'].entries())
    // 本人 is the person the form is for.
    await signOnHost(host, await makeSigner(i === 0 ? person : `签字人${i}`), {
      sheet,
      role,
      opinion: '同意',
      acceptWarnings: true,
    });
  applyOps(wb, unitSettingsOps({ unitName: '濮阳市测试局', sealPng: PNG }, snapshotWorkbook(wb)));
  applied.length = 0;

  const office = await makeSigner('办公室');
  render(<TaskPane host={host} packs={PACKS} />);
  fireEvent.change(screen.getByLabelText('签章密钥文件'), {
    target: { files: [new File([office.file], 'key.json', { type: 'application/json' })] },
  });
  await screen.findByText('已载入「办公室」的密钥。');
  fireEvent.click(screen.getByRole('combobox', { name: '要签章的表格' }));
  fireEvent.click(await screen.findByRole('option', { name: sheet }));
  fireEvent.click(await screen.findByRole('radio', { name: a3(wb).def.signoff.find((s) => s.role === 'unit')!.label }));
  await screen.findByText('未选择图片时使用单位设置中的公章图片。');
  fireEvent.click(screen.getByRole('checkbox'));
  fireEvent.click(screen.getByRole('button', { name: '签章' }));
  await screen.findByText(new RegExp(`「${sheet}」已由 办公室`));
  expect(applied.filter((o) => o.kind === 'image').map((o) => (o as { pngBase64: string }).pngBase64)).toEqual([PNG]);
});

test('one person on a second step in the pane: refused with where to give a reason; with 兼签理由 signed, and verify lists it', async () => {
  const wb = await fromBytes(await demoBytes());
  const host: Host = {
    kind: 'file',
    read: async () => snapshotWorkbook(wb),
    apply: async (ops) => applyOps(wb, ops),
  };
  const sheet = a3(wb).found.sheet;
  const person = await makeSigner(String(a3(wb).found.header.name.value));
  await signOnHost(host, person, { sheet, role: 'self', opinion: '同意', acceptWarnings: true });

  render(<TaskPane host={host} packs={PACKS} />);
  fireEvent.change(screen.getByLabelText('签章密钥文件'), {
    target: { files: [new File([person.file], 'key.json', { type: 'application/json' })] },
  });
  await screen.findByText(`已载入「${person.name}」的密钥。`);
  fireEvent.click(screen.getByRole('combobox', { name: '要签章的表格' }));
  fireEvent.click(await screen.findByRole('option', { name: sheet }));
  const deptHead = a3(wb).def.signoff.find((s) => s.role === 'deptHead')!;
  fireEvent.click(await screen.findByRole('radio', { name: deptHead.label }));
  fireEvent.click(screen.getByRole('checkbox'));
  fireEvent.click(screen.getByRole('button', { name: '签章' }));
  await screen.findByText(/不能再签「部门负责人」.*网页和任务窗格中填「兼签理由」/);
  expect(readStampStore(snapshotWorkbook(wb)).stamps).toHaveLength(1);

  fireEvent.change(screen.getByRole('textbox', { name: '兼签理由' }), { target: { value: '科室只有一人' } });
  fireEvent.click(screen.getByRole('button', { name: '签章' }));
  await screen.findByText(new RegExp(`「${sheet}」已由 ${person.name}（部门负责人）签章`));
  const stamps = readStampStore(snapshotWorkbook(wb)).stamps;
  expect(stamps.map((s) => [s.role, s.v === 2 ? s.reason : undefined])).toEqual([
    ['self', undefined],
    ['deptHead', '科室只有一人'],
  ]);
  const text = describeVerification(await verifyWorkbook(snapshotWorkbook(wb))).join('\n');
  expect(text).toContain(`签章时写明的理由：科室只有一人`);
});
