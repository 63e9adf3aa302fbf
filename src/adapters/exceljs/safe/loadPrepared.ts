import type ExcelJS from 'exceljs';
import { LianfangError, isLianfangError } from '../../../core/errors';
import { loadExcelJS } from '../lazy';

const GUARDED: Array<[string, object]> = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
];

/** Runs a parse and proves it left the built-in prototypes as they were; undoes and refuses it if not. */
async function guardPrototypes<T>(file: string, run: () => Promise<T>): Promise<T> {
  const before = GUARDED.map(([, proto]) => new Set(Reflect.ownKeys(proto)));
  const result = await run();
  const added: string[] = [];
  GUARDED.forEach(([label, proto], i) => {
    for (const key of Reflect.ownKeys(proto))
      if (!before[i].has(key)) {
        added.push(`${label}.${String(key)}`);
        delete (proto as Record<PropertyKey, unknown>)[key];
      }
  });
  if (added.length) throw new LianfangError('unsafe_content', { file, part: added.join(', ') });
  return result;
}

/** Loads bytes that prepareWorkbook produced. Parser failures become `corrupt`, never a raw TypeError. */
export async function loadPrepared(bytes: Uint8Array, file: string): Promise<ExcelJS.Workbook> {
  const { Workbook } = await loadExcelJS();
  return guardPrototypes(file, async () => {
    const workbook = new Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch (e) {
      if (isLianfangError(e)) throw e;
      const detail = String((e as Error)?.message ?? e).slice(0, 160);
      throw new LianfangError('corrupt', { file, kind: 'unreadable', detail }, { cause: e });
    }
    return workbook;
  });
}
