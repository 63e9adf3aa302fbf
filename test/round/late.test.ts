import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Consolidation } from '../../src/core/consolidate';
import type { RoundStatus } from '../../src/core/round/status';
import { readFileSync } from 'node:fs';
import { runCli } from '../helpers/cli';
import { excelProblems } from '../helpers/excelStrict';
import { writeRounds } from './generate';

let files: Awaited<ReturnType<typeof writeRounds>>;
beforeAll(async () => {
  files = await writeRounds('late');
}, 60_000);

const consolidate = (...extra: string[]) =>
  runCli('consolidate', files.now, '--expect', files.units, '--round', '2025', ...extra);

// The planted state of 2025 (see schools.ts): 丙 has no 廉政承诺书, 丁 handed in nothing, 乙's 勤廉责任卡 has
// two of its four signatures. D1 and D3 are due 4月20日, the sealed D2 cards 5月10日.
const CHASE_MAY_15 = [
  ['丙小学', 'risks', '缺D3《廉政承诺书》', '2025-04-20', 25],
  ['丁小学', 'risks', '缺D1《腐败风险点及防控措施自查表》；缺D3《廉政承诺书》', '2025-04-20', 25],
  ['乙小学', 'cards', 'D2《党员干部勤廉责任卡》（张校长）签章未完成（待集中评议签）', '2025-05-10', 5],
  ['丁小学', 'cards', '缺D2《党员干部勤廉责任卡》', '2025-05-10', 5],
];

it('lists, as of a date, every unit’s overdue deadlines and what is missing: the 催报 list is exact', async () => {
  const out = path.join(files.dir, '汇总-0515.xlsx');
  const r = await consolidate('--as-of', '2025-05-15', '--json', '-o', out, '--force');
  expect(r.err).toBe('');
  expect(r.code).toBe(1); // a unit is missing and some are late
  const c = JSON.parse(r.out) as Consolidation & { round: RoundStatus };
  expect(c.missing).toEqual(['丁小学']);
  expect(c.round.chase.map((x) => [x.unit, x.deadline, x.missing, x.date, x.daysOverdue])).toEqual(CHASE_MAY_15);
  expect(c.round.chase[0]).toMatchObject({ by: '4月20日', to: '学校腐败风险预警防控领导小组' });
  // Per unit: 甲 and 戊 are done; 乙 handed in D1/D3 on time but its card is unsealed.
  const status = (u: string) =>
    Object.fromEntries(c.round.units.find((x) => x.unit === u)!.deadlines.map((d) => [d.id, d.status]));
  expect(status('甲小学')).toEqual({ risks: 'done', cards: 'done' });
  expect(status('戊小学')).toEqual({ risks: 'done', cards: 'done' });
  expect(status('乙小学')).toEqual({ risks: 'done', cards: 'overdue' });
  // Papers that are not tables are listed as such, never counted late.
  expect(c.round.deadlines.filter((d) => !d.checked).map((d) => d.id)).toEqual(['duties', 'summary']);

  // The same list in the workbook, row by row as a clerk pastes it.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet('催报名单')!;
  const rows: unknown[][] = [];
  for (let i = 3; i <= ws.rowCount; i++) rows.push((ws.getRow(i).values as unknown[]).slice(1));
  expect(rows).toEqual(
    CHASE_MAY_15.map(([unit, id, missing, date, days], i) => [
      i + 1,
      unit,
      missing,
      `${id === 'risks' ? '4月20日' : '5月10日'}(${date})`,
      '学校腐败风险预警防控领导小组',
      days,
    ]),
  );
  expect(excelProblems(readFileSync(out))).toEqual([]); // Excel opens it without repair
  const progress = wb.getWorksheet('报送进度')!;
  expect(String(progress.getCell('C5').value)).toMatch(/^逾期5天\nD2/); // 乙小学, the cards deadline
});

it('before the sealed deadline the unsealed card is pending, not late; the console prints the 催报 lines', async () => {
  const r = await consolidate('--as-of', '2025年5月5日', '-o', path.join(files.dir, '汇总-0505.xlsx'), '--force');
  expect(r.code).toBe(1);
  const lines = r.out.split('\n').filter((l) => l.startsWith('催报：'));
  expect(lines).toEqual([
    '催报：丙小学|缺D3《廉政承诺书》|4月20日（2025-04-20）报学校腐败风险预警防控领导小组|逾期15天',
    '催报：丁小学|缺D1《腐败风险点及防控措施自查表》；缺D3《廉政承诺书》|4月20日（2025-04-20）报学校腐败风险预警防控领导小组|逾期15天',
  ]);
  expect(r.out).toContain('5 个单位，已到期事项全部报齐 3 个，逾期未报 2 个');
});

it('refuses a round or date it cannot read, in Chinese with a code', async () => {
  const bad = await runCli('consolidate', files.now, '--round', '明年', '--json');
  expect(bad.code).toBe(2);
  expect(bad.err).toContain('[round_bad_round]');
  const badDate = await consolidate('--as-of', '2025-02-30', '--json');
  expect(badDate.err).toContain('[round_bad_as_of]');
});

it('a unit that handed everything in, but saved its workbook after a date, is said to be late, not chased', async () => {
  const { copyFileSync, mkdirSync, readdirSync } = await import('node:fs');
  const dir = path.join(files.dir, 'saved-late');
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(files.now)) copyFileSync(path.join(files.now, f), path.join(dir, f));
  const jia = readdirSync(dir).find((f) => f.includes('甲小学'))!;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, jia));
  wb.modified = new Date(Date.UTC(2025, 4, 20, 2)); // 2025-05-20, China time
  await wb.xlsx.writeFile(path.join(dir, jia));
  const args = ['consolidate', dir, '--expect', files.units, '--round', '2025', '--as-of', '2025-06-01'];
  const c = JSON.parse((await runCli(...args, '--json')).out) as Consolidation & { round: RoundStatus };
  const jiaRound = c.round.units.find((u) => u.unit === '甲小学')!;
  expect(jiaRound.deadlines.map((d) => [d.id, d.status, d.late])).toEqual([
    ['risks', 'done', 30],
    ['cards', 'done', 10],
  ]);
  expect(c.round.chase.some((x) => x.unit === '甲小学')).toBe(false);
  const r = await runCli(...args, '-o', path.join(files.dir, '汇总-late.xlsx'), '--force');
  expect(r.out).toContain(
    '报齐但晚于规定日期的（按工作簿保存日期）：甲小学（4月20日，晚30天）、甲小学（5月10日，晚10天）',
  );
}, 60_000);
