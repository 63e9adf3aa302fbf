/**
 * @jest-environment jsdom
 */
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { webcrypto } from 'node:crypto';
import { TextDecoder, TextEncoder } from 'node:util';
import { createOfficeHost } from '../../src/adapters/officejs/host';
import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import { planInsert } from '../../src/core/build/template';
import { PACKS } from '../../src/core/packs';
import { recogniseWorkbook } from '../../src/core/recognise';
import { COVER_SHEET } from '../../src/core/report';
import { UNIT_SHEET, readUnitSettings, unitSettingsOps } from '../../src/core/settings';
import { TaskPane } from '../../src/doors/taskpane/App';
import { createFakeExcel } from '../fakes/fakeExcel';
import { pickPack } from './pickPack';

// jsdom lacks the encoders and WebCrypto that every browser (and so the pane) has.
Object.assign(globalThis, { TextEncoder, TextDecoder });
Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });

// Generous waits: CI shares two cores with the browser tests.
configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(60_000);

// A 1×1 red PNG: the unit's seal.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
const pack = PACKS.find((p) => p.id === 'puyang-2012')!;

/** The fake Excel with the pack's tables inserted and the unit settings kept, as a clerk would have it. */
async function excelWithTables(createWorkbook: 'fake' | null) {
  const fake = createFakeExcel();
  const host = createOfficeHost({ run: fake.run, createWorkbook: createWorkbook ? fake.createWorkbook : null });
  await host.apply(planInsert({ pack }).ops);
  await host.apply(unitSettingsOps({ unitName: '濮阳市测试局', sealPng: PNG }, await host.read()));
  return { ...fake, host };
}

describe('task pane 生成报送工作簿', () => {
  test('builds the report from the open workbook and opens it as a new Excel workbook', async () => {
    const { state, host } = await excelWithTables('fake');
    render(<TaskPane host={host} packs={PACKS} />);
    await pickPack(pack.name);
    const button = screen.getByRole('button', { name: '生成报送工作簿' });
    expect(screen.queryByText('此处不可用')).toBeNull();
    fireEvent.click(button);
    await screen.findByText(/已在新的 Excel 窗口中打开报送工作簿（共 \d+ 张表）/);

    expect(state.createdWorkbooks).toHaveLength(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(state.createdWorkbooks[0] as unknown as ArrayBuffer);
    const visible = wb.worksheets.filter((w) => w.state === 'visible');
    expect(visible[0].name).toBe(COVER_SHEET);
    const cover = snapshotWorkbook(wb).sheets.find((s) => s.name === COVER_SHEET)!;
    // The unit is named from the workbook's unit settings (the tables leave 单位名称 blank).
    expect(cover.rows.flat().some((v) => typeof v === 'string' && v.includes('濮阳市测试局'))).toBe(true);
    // Every form of the pack is in the report, and lianfang recognises them there.
    const forms = recogniseWorkbook(snapshotWorkbook(wb), { pack: pack.id }).forms;
    expect(new Set(forms.map((f) => f.form))).toEqual(new Set(pack.forms.map((f) => f.id)));
    // The open workbook itself is not changed by making the report.
    expect(state.sheets.some((s) => s.name === COVER_SHEET)).toBe(false);
  });

  test('an Excel without createWorkbook (older than ExcelApi 1.8) gets a clear message, nothing opened', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => {}); // the pane logs the failure it shows
    const { state, host } = await excelWithTables(null);
    render(<TaskPane host={host} packs={PACKS} />);
    await pickPack(pack.name);
    fireEvent.click(screen.getByRole('button', { name: '生成报送工作簿' }));
    await screen.findByText(/当前 Excel 版本不能直接打开新工作簿/);
    expect(state.createdWorkbooks).toHaveLength(0);
  });
});

describe('单位设置 section', () => {
  const pngFile = (b64: string, name = 'seal.png') =>
    new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], name, { type: 'image/png' });

  test('shows what the workbook keeps, saves a new name and seal into the hidden sheet', async () => {
    const { state, host } = await excelWithTables('fake');
    render(<TaskPane host={host} packs={PACKS} />);
    const name = await screen.findByDisplayValue('濮阳市测试局');
    expect(screen.getByRole('img', { name: '公章图片预览' }).getAttribute('src')).toBe(`data:image/png;base64,${PNG}`);

    fireEvent.click(screen.getByRole('button', { name: '移除公章图片' }));
    expect(screen.queryByRole('img', { name: '公章图片预览' })).toBeNull();
    fireEvent.change(name, { target: { value: '清丰县纪委' } });
    // A file that is not a PNG is refused with a message; the preview stays empty.
    fireEvent.change(screen.getByLabelText('公章图片（PNG）'), {
      target: { files: [new File(['not an image'], 'seal.jpg', { type: 'image/jpeg' })] },
    });
    await screen.findByText(/公章图片须为 PNG/);
    expect(screen.queryByRole('img', { name: '公章图片预览' })).toBeNull();
    fireEvent.change(screen.getByLabelText('公章图片（PNG）'), { target: { files: [pngFile(PNG)] } });
    await screen.findByRole('img', { name: '公章图片预览' });

    fireEvent.click(screen.getByRole('button', { name: '保存单位设置' }));
    await screen.findByText(/已把单位设置保存在工作簿中（单位名称：清丰县纪委；公章图片：有）/);
    expect(readUnitSettings(await host.read())).toEqual({ unitName: '清丰县纪委', sealPng: PNG });
    expect(state.sheet(UNIT_SHEET).visibility).toBe('VeryHidden');
  });

  test('插入表格 fills 单位名称 of the new tables from the settings', async () => {
    const fake = createFakeExcel();
    const host = createOfficeHost({ run: fake.run, createWorkbook: fake.createWorkbook });
    await host.apply(unitSettingsOps({ unitName: '濮阳市测试局' }, await host.read()));
    render(<TaskPane host={host} packs={PACKS} />);
    await pickPack(pack.name);
    fireEvent.click(screen.getByRole('button', { name: '插入表格' }));
    await screen.findByText(/已插入 \d+ 张表/);
    const forms = recogniseWorkbook(await host.read(), { pack: pack.id }).forms;
    expect(forms).toHaveLength(pack.forms.length);
    for (const f of forms) expect(f.header.unit?.value).toBe('濮阳市测试局');
  });

  test('damaged settings in the workbook are reported, and saving writes good ones', async () => {
    const { state, host } = await excelWithTables('fake');
    state.type(UNIT_SHEET, 'A1', [['{"app":"lianfang-unit","version":1}']]);
    render(<TaskPane host={host} packs={PACKS} />);
    await screen.findByText(/单位设置（隐藏表「_lianfang_unit」）已损坏/);
    fireEvent.change(screen.getByLabelText('单位名称'), { target: { value: '新单位' } });
    await waitFor(() => expect(screen.getByRole('button', { name: '保存单位设置' })).toHaveProperty('disabled', false));
    fireEvent.click(screen.getByRole('button', { name: '保存单位设置' }));
    await screen.findByText(/单位名称：新单位；公章图片：无/);
    expect(readUnitSettings(await host.read())).toEqual({ unitName: '新单位' });
  });
});
