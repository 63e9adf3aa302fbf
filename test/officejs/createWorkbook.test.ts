import ExcelJS from 'exceljs';
import { officeCreateWorkbook } from '../../src/adapters/officejs/createWorkbook';
import { createOfficeHost } from '../../src/adapters/officejs/host';
import { message } from '../../src/core/messages';
import { createFakeExcel } from '../fakes/fakeExcel';

async function xlsxBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('封面').getCell('A1').value = '报送';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('opening a new workbook from the task pane', () => {
  afterEach(() => delete (globalThis as { Excel?: unknown }).Excel);

  test('the host passes the .xlsx to Excel.createWorkbook as base64; the fake keeps the bytes', async () => {
    const { state, createWorkbook } = createFakeExcel();
    const host = createOfficeHost({ run: createFakeExcel().run, createWorkbook });
    const bytes = await xlsxBytes();
    await host.openNewWorkbook!(bytes);
    expect(state.createdWorkbooks).toEqual([bytes]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(state.createdWorkbooks[0] as unknown as ArrayBuffer);
    expect(back.worksheets[0].getCell('A1').value).toBe('报送');
  });

  test('the fake is strict like Excel: not base64 of an .xlsx is InvalidArgument, mapped to a user message', async () => {
    const { state, createWorkbook } = createFakeExcel();
    await expect(createWorkbook('not base64!')).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(createWorkbook(btoa('plain text'))).rejects.toMatchObject({ code: 'InvalidArgument' });
    const host = createOfficeHost({ run: createFakeExcel().run, createWorkbook });
    await expect(host.openNewWorkbook!(new TextEncoder().encode('hello'))).rejects.toMatchObject({
      code: 'officejs_general',
    });
    expect(state.createdWorkbooks).toHaveLength(0);
  });

  test('Excel.createWorkbook is used only where ExcelApi 1.8 is supported', async () => {
    expect(officeCreateWorkbook()).toBeUndefined(); // outside Office
    const calls: string[] = [];
    Object.assign(globalThis, { Excel: { createWorkbook: async (b: string) => void calls.push(b) } });
    expect(officeCreateWorkbook(() => false)).toBeUndefined();
    await officeCreateWorkbook(() => true)!('UEsDBA==');
    expect(calls).toEqual(['UEsDBA==']);
  });

  test('without it the host says which Excel is needed', async () => {
    const host = createOfficeHost({ run: createFakeExcel().run, createWorkbook: null });
    const err = await host.openNewWorkbook!(await xlsxBytes()).catch((e: unknown) => e);
    expect(message((err as { code: string }).code)).toMatch(/当前 Excel 版本不能直接打开新工作簿/);
  });
});
