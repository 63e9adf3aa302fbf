import ExcelJS from 'exceljs';
import { applyOps } from '../../src/adapters/exceljs/applyOps';
import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import { planInsert } from '../../src/core/build/template';
import { findPack } from '../../src/core/packs';
import { recogniseWorkbook } from '../../src/core/recognise';
import { validateWorkbook } from '../../src/core/validate';

async function lianfangBook(packId: string, instances = findPack(packId)!.sample.instances) {
  const pack = findPack(packId)!;
  const wb = new ExcelJS.Workbook();
  applyOps(wb, planInsert({ pack, instances }).ops);
  const out = new ExcelJS.Workbook();
  await out.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return out;
}

describe("lianfang's own sheets", () => {
  it('杭州: the sample’s department 附件2 beside the bureau’s 附件1 is the bureau’s own list: no other-unit warning', async () => {
    const r = validateWorkbook(snapshotWorkbook(await lianfangBook('hangzhou-2019')));
    expect(r.issues.filter((i) => i.code === 'unit_differs')).toEqual([]);
    // A 附件1 of another bureau still is another unit's.
    const instances = structuredClone(findPack('hangzhou-2019')!.sample.instances);
    const c1 = instances.find((i) => i.form === 'C1')!;
    instances.push({ ...structuredClone(c1), name: '别局', header: { ...c1.header, unit: '杭州市水利局' } });
    const two = validateWorkbook(snapshotWorkbook(await lianfangBook('hangzhou-2019', instances)));
    expect(two.issues.filter((i) => i.code === 'unit_differs')).toHaveLength(1);
  });

  it('are found through the hidden identification, even renamed, with their instance', async () => {
    const snap = snapshotWorkbook(await lianfangBook('hangzhou-2019'));
    // Renaming a sheet in Excel rewrites the defined names that point into it.
    snap.sheets.find((s) => s.name === 'C2 行政审批处')!.name = '审批处清单';
    for (const n of snap.names) if (n.sheet === 'C2 行政审批处') n.sheet = '审批处清单';
    const r = recogniseWorkbook(snap);
    expect(r.pack).toBe('hangzhou-2019');
    expect(r.forms.find((f) => f.sheet === '审批处清单')).toMatchObject({
      form: 'C2',
      how: 'meta',
      instance: '行政审批处',
    });
    expect(r.skipped).toEqual([
      { sheet: '说明', reason: 'lianfang' },
      { sheet: '_lianfang', reason: 'lianfang' },
    ]);
  });

  it.each(['puyang-2012', 'heshui-2012', 'hangzhou-2019', 'school-2010', 'railway-2014'])(
    '%s sample as lianfang writes it has no errors',
    async (pack) => {
      const r = validateWorkbook(snapshotWorkbook(await lianfangBook(pack)));
      expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(r.forms.every((f) => f.how === 'meta')).toBe(true);
    },
  );

  it('heshui: a 附表4 that counts 9 of the 11 risk points 附表1–3 hold is an error (the demo once did)', async () => {
    const instances = structuredClone(findPack('heshui-2012')!.sample.instances);
    const b4 = instances.find((i) => i.form === 'B4')!;
    b4.rows = b4.rows.filter((r) => r.dept !== '办公室' && r.dept !== '监督检查股');
    const r = validateWorkbook(snapshotWorkbook(await lianfangBook('heshui-2012', instances)));
    const total = r.issues.find((i) => i.code === 'rollup_total_mismatch');
    expect(total).toMatchObject({ severity: 'error', params: { counted: 9, held: 11 } });
    expect(r.issues.filter((i) => i.code === 'rollup_dept_missing').map((i) => i.params?.dept)).toEqual([
      '办公室',
      '监督检查股',
    ]);
    expect(r.valid).toBe(false);
  });
});
