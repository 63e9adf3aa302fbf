import { runCli } from '../helpers/cli';

it('packs --json gives each plan’s deadlines: stage, what, the plan’s words, date, to whom, forms, sealed', async () => {
  const r = await runCli('packs', '--json');
  expect(r.code).toBe(0);
  const packs = JSON.parse(r.out) as Array<{ id: string; deadlines: Array<Record<string, unknown>> }>;
  const puyang = packs.find((p) => p.id === 'puyang-2012')!;
  expect(puyang.deadlines[2]).toEqual({
    id: 'register',
    stage: '第三阶段:排查廉政风险,评估风险等级',
    what: expect.stringContaining('岗位廉政风险点登记表'),
    by: '8月26日前',
    to: '局机关廉政风险防控领导小组办公室',
    forms: ['A3'],
    sealed: true,
    date: '2012-08-26',
    rule: { yearOffset: 0, month: 8, day: 26 },
  });
  const heshui = packs.find((p) => p.id === 'heshui-2012')!;
  expect(heshui.deadlines.map((d) => d.by)).toEqual(['8月20日前', '9月25日前', '12月10日前']);
  const text = await runCli('packs');
  expect(text.out).toContain('09-25\t9月25日前');
});
