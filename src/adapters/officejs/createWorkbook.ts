import { officeApiSupported, type ApiCheck } from './excelRun';

/** Opens a new Excel window on a base64 .xlsx (Excel.createWorkbook, ExcelApi 1.8). */
export type CreateWorkbook = (base64: string) => Promise<void>;

/** The real Excel.createWorkbook, or undefined where this Excel has no such API (older Excel, outside Office). */
export function officeCreateWorkbook(supported: ApiCheck = officeApiSupported): CreateWorkbook | undefined {
  const excel = (globalThis as { Excel?: { createWorkbook?: (base64?: string) => Promise<void> } }).Excel;
  const create = excel?.createWorkbook;
  if (typeof create !== 'function' || !supported('1.8')) return undefined;
  return (base64) => create.call(excel, base64);
}

/** Bytes as base64 without blowing the stack on a large file. */
export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
