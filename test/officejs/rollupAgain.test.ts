import { createOfficeHost } from '../../src/adapters/officejs/host';
import { planInsert } from '../../src/core/build/template';
import { findPack } from '../../src/core/packs';
import { gradeStep } from '../../src/doors/ui/actions';
import { createFakeExcel } from '../fakes/fakeExcel';

/*
 * 计算等级 / 汇总 in the task pane, run again as clerks do after changing a level: the earlier 风险汇总 is replaced as in
 * the CLI and the page, never refused over lianfang's own LF_ name (left as #REF! when Excel deleted its sheet).
 */
const pack = findPack('puyang-2012')!;
const controls = () => ({ signal: new AbortController().signal, progress: () => undefined });

it('a second run replaces the earlier rollup sheets and re-points lianfang’s names to them', async () => {
  const { state, run } = createFakeExcel();
  const host = createOfficeHost({ run });
  await host.apply(planInsert({ pack, instances: pack.sample.instances }).ops);
  const first = await gradeStep(host, pack, controls());
  expect(first.rollup.total).toBeGreaterThan(0);

  // The clerk clears a level that the scores give.
  const snap = await host.read();
  const a3 = snap.sheets.find((s) => s.name.startsWith('A3'))!;
  const row = a3.rows.findIndex((r) => r.includes('一级'));
  const col = a3.rows[row].indexOf('一级');
  await host.apply([
    { kind: 'setValues', sheet: a3.name, at: `${String.fromCharCode(65 + col)}${row + 1}`, values: [[null]] },
  ]);

  const second = await gradeStep(host, pack, controls());
  expect(second.grade.counts.filled).toBe(1);
  expect(second.rollup.total).toBe(first.rollup.total);
  const summary = state.names.find((n) => n.name === 'LF_ROLLUP_SUMMARY');
  expect(summary?.formula).toMatch(/^=.*风险汇总.*!\$A\$1$/);
  expect(state.sheets.filter((s) => s.name === '风险汇总')).toHaveLength(1);
});

it('a name of the user’s own that a run would define is still refused, before anything is written', async () => {
  const { state, run } = createFakeExcel();
  const host = createOfficeHost({ run });
  state.names.push({ name: '我的名称', formula: '=Sheet1!$A$1' });
  await expect(
    host.apply([
      { kind: 'addSheet', sheet: '新表' },
      { kind: 'defineName', name: '我的名称', sheet: '新表', range: '$A$1' },
    ]),
  ).rejects.toMatchObject({ code: 'officejs_name_exists' });
  expect(state.sheets.map((s) => s.name)).toEqual(['Sheet1']);
});
