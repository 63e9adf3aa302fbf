import type { SampleInstance } from '../../src/core/forms/pack';
import { puyang2012 } from '../../src/core/packs/puyang-2012/pack';
import { rollupWorkbook, SUMMARY_SHEET } from '../../src/core/rollup/rollupWorkbook';
import { apply, packWorkbook, recognise, snap } from '../grade/workbooks';

/** 300 staff, one A3 sheet each: the counts stay right even where a formula would pass Excel's length limit. */
it('a unit with 300 person sheets gets correct counts (values where formulas would be too long)', async () => {
  const pack = puyang2012;
  const person = pack.sample.instances.find((i) => i.form === 'A3')!;
  const instances: SampleInstance[] = Array.from({ length: 300 }, (_, i) => ({
    ...structuredClone(person),
    name: `干部${i + 1}`,
    header: { ...person.header, name: `干部${i + 1}` },
  }));
  const wb = await packWorkbook(pack, instances);
  const r = rollupWorkbook(snap(wb), recognise(wb), { pack });
  const perPerson = person.rows.filter((x) => x.level === '一级').length;
  expect(Object.values(r.counts['一级']).reduce((a, b) => a + b, 0)).toBe(300 * perPerson);
  const out = await apply(wb, r.ops);
  const ws = out.getWorksheet(SUMMARY_SHEET)!;
  let top: unknown;
  ws.eachRow((row) => {
    if (top === undefined && row.getCell(1).value === '一级')
      top = row.getCell(pack.categories.values.length + 3).value;
  });
  expect(top).toBe(300 * perPerson); // a plain value: 300 COUNTIFS would pass 8,192 characters
  expect(String(ws.getCell('A4').value)).toMatch(/^注意：有 \d+ 个数字涉及的表格过多/);
}, 60_000);
