import ExcelJS from 'exceljs';
import { applyOps } from '../../src/adapters/exceljs/applyOps';
import { planInsert } from '../../src/core/build/template';
import type { Pack, SampleInstance } from '../../src/core/forms/pack';

/**
 * A unit's workbook for consolidation tests: the pack's sample with the unit's own name, and `extra` more
 * top-level risk rows in the first graded form, so every unit's totals differ.
 */
export async function unitWorkbook(pack: Pack, unit: string, extra: number, modified: Date): Promise<Uint8Array> {
  const instances: SampleInstance[] = structuredClone(pack.sample.instances).map((i) => ({
    ...i,
    header: Object.fromEntries(Object.entries(i.header).map(([k, v]) => [k, k === 'unit' ? unit : v])),
  }));
  const first = instances.find((i) => i.rows.some((r) => r.level))!;
  const template = first.rows.find((r) => r.level)!;
  for (let n = 0; n < extra; n++)
    first.rows.push({ ...template, level: pack.grading.levels[0].name, seq: first.rows.length + 1 });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'lianfang-test';
  applyOps(wb, planInsert({ pack, instances }).ops);
  wb.modified = modified;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
