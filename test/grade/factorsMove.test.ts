import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readWorkbookStreamed } from '../../src/adapters/xlsx/read';
import type { Pack } from '../../src/core/forms/pack';
import type { FactorKey } from '../../src/core/forms/schema';
import { computeLevel, type FactorValues } from '../../src/core/grade/compute';
import { gradeWorkbook } from '../../src/core/grade';
import { findPack } from '../../src/core/packs';
import { recogniseWorkbook } from '../../src/core/recognise';
import { resaveWithLibreOffice } from '../validate/corpus/resave';
import { HandTyped } from '../validate/corpus/write';
import { artifacts } from './workbooks';

/**
 * Every factor a plan names changes the level: for each pack, a clerk's hand-typed risk table (the plan's layout,
 * the factor headings in everyday words) holds, for each factor, two rows that differ only in that factor — at its
 * lowest and at its highest score. Graded as written and after a LibreOffice re-save, the high row must be graded
 * higher, unless the pack's own data says why that factor cannot move the level (`inert`).
 */
interface Layout {
  pack: string;
  sheet: string;
  title: string[][];
  header: string[];
  /** The factor each heading is, by column index of `header`. */
  factors: Partial<Record<FactorKey, number>>;
  /** What the other cells of a risk row hold (the level cell left blank: grading fills it). */
  row: (i: number) => Array<string | number | null>;
}

const LAYOUTS: Layout[] = [
  {
    pack: 'puyang-2012',
    sheet: '张三',
    title: [['岗位廉政风险点登记表'], ['单位名称(盖章)：濮阳市科学技术局'], ['姓  名', '张三', '职务(岗位)', '科员']],
    header: ['风险点表现形式', '风险\n等级', '风险类型', '可能性（1-5分）', '严重程度'],
    factors: { probability: 3, impact: 4 },
    row: (i) => [`风险点${i}`, null, '岗位职责'],
  },
  {
    pack: 'heshui-2012',
    sheet: '李建军',
    title: [['个人岗位风险点自查表'], ['单位：合水县财政局　　科室：国库股　　姓名：李建军　　岗位：股长']],
    header: [
      '序号',
      '风险点描述',
      '风险类型',
      '风险等级',
      '防控措施',
      '发生概率',
      '危害程度',
      '自由裁量权',
      '资金关联',
    ],
    factors: { probability: 5, impact: 6, discretion: 7, funds: 8 },
    row: (i) => [i, `风险点${i}`, '岗位职责', null, '双人复核'],
  },
  {
    pack: 'hangzhou-2019',
    sheet: '局本级',
    title: [['杭州市生态环境局廉政风险清单'], ['填报单位：杭州市生态环境局']],
    header: [
      '排查类别',
      '序号',
      '主要廉政风险',
      '风险类别',
      '责任部门',
      '责任领导',
      '重要程度',
      '裁量权大小',
      '概率',
      '危害',
    ],
    factors: { importance: 6, discretion: 7, probability: 8, impact: 9 },
    row: (i) => [i === 1 ? '权力运行类' : null, i, `风险${i}`, null, '办公室', '王副局长'],
  },
  {
    pack: 'school-2010',
    sheet: '风险点自查',
    title: [['腐败风险点及防控措施自查表'], ['单位名称：高桥小学']],
    header: [
      '序号',
      '处室（科室）',
      '岗位',
      '姓名',
      '风险类型',
      '风险点',
      '风险等级',
      '几率',
      '后果严重程度',
      '紧迫程度',
    ],
    factors: { probability: 7, impact: 8, urgency: 9 },
    row: (i) => [i, '总务处', '会计', '刘强', '岗位职责风险', `风险点${i}`, null],
  },
  {
    pack: 'railway-2014',
    sheet: '风险分布',
    title: [['许可审批事项廉政风险分布表'], ['填报单位：科技与法制司']],
    header: [
      '序号',
      '许可事项',
      '流程环节',
      '廉政风险点',
      '风险类型',
      '风险等级',
      '防控措施',
      '责任人',
      '发生可能性',
      '危害性',
    ],
    factors: { probability: 8, impact: 9 },
    row: (i) => [i, '机车车辆许可', '受理', `风险点${i}`, '权力行使', null, '一次性告知', '张处长'],
  },
];

/** Scores to hold the other factors at: every combination of low, middle and high, lowest first. */
function bases(pack: Pack, moving: FactorKey): FactorValues[] {
  let out: FactorValues[] = [{}];
  for (const f of pack.grading.factors) {
    if (f.key === moving) continue;
    const steps = [...new Set([f.min, Math.round((f.min + f.max) / 2), f.max])];
    out = out.flatMap((b) => steps.map((v) => ({ ...b, [f.key]: v })));
  }
  return out;
}

const levelOf = (pack: Pack, v: FactorValues) => {
  const r = computeLevel(pack.grading, v);
  return r.ok ? r.computed.level : undefined;
};

/** Two rows, the factor at its lowest and at its highest, where the pack's rule gives them different levels. */
function witness(pack: Pack, key: FactorKey): [FactorValues, FactorValues] | undefined {
  const f = pack.grading.factors.find((x) => x.key === key)!;
  for (const b of bases(pack, key)) {
    const low = { ...b, [key]: f.min };
    const high = { ...b, [key]: f.max };
    if (levelOf(pack, low) !== levelOf(pack, high)) return [low, high];
  }
  return undefined;
}

const books = new Map<string, { file: string; resaved?: string; pairs: Array<[FactorKey, number, number]> }>();

beforeAll(async () => {
  const dir = artifacts('grade/factors-move');
  for (const l of LAYOUTS) {
    const pack = findPack(l.pack)!;
    const rows: Array<Array<string | number | null>> = [...l.title, l.header];
    const pairs: Array<[FactorKey, number, number]> = [];
    for (const f of pack.grading.factors) {
      const w = witness(pack, f.key);
      if (!w) continue;
      pairs.push([f.key, rows.length + 1, rows.length + 2]);
      for (const values of w) {
        const row = l.row(rows.length - l.title.length);
        for (const [k, col] of Object.entries(l.factors)) row[col] = values[k as FactorKey] ?? null;
        rows.push(row);
      }
    }
    const b = new HandTyped(false);
    b.sheet(l.sheet, rows);
    const file = path.join(dir, `${l.pack}.xlsx`);
    writeFileSync(file, Buffer.from(await b.wb.xlsx.writeBuffer()));
    books.set(l.pack, { file, pairs });
  }
  const resaved = resaveWithLibreOffice(
    [...books.values()].map((b) => b.file),
    path.join(dir, 'libreoffice'),
  );
  for (const b of books.values()) b.resaved = resaved.get(b.file);
});

const SAVERS = [
  ['ExcelJS', (b: { file: string }) => b.file],
  ['LibreOffice', (b: { resaved?: string }) => b.resaved!],
] as const;

describe.each(LAYOUTS.map((l) => [l.pack, l] as const))('%s', (packId, layout) => {
  const pack = findPack(packId)!;

  it('every factor the plan names is read by the rule, or the pack says why not', () => {
    for (const f of pack.grading.factors)
      if (!witness(pack, f.key)) expect([f.label, f.inert ?? '']).toEqual([f.label, expect.stringMatching(/\S/)]);
    for (const f of pack.grading.factors) expect(layout.factors[f.key]).toBeDefined();
  });

  it.each(SAVERS)(
    'saved by %s: each factor moved from its lowest to its highest score raises the level',
    async (_, fileOf) => {
      const b = books.get(packId)!;
      const file = fileOf(b);
      const wb = readWorkbookStreamed(new Uint8Array(readFileSync(file)), path.basename(file)).snapshot;
      const g = gradeWorkbook(wb, recogniseWorkbook(wb), { pack });
      const at = (row: number) => g.rows.find((r) => r.sheet === layout.sheet && r.row === row);
      const moved = b.pairs.map(([key, low, high]) => {
        const [lo, hi] = [at(low), at(high)];
        return [key, lo?.status, hi?.status, (hi?.level ?? 9) < (lo?.level ?? -1)];
      });
      expect(moved).toEqual(b.pairs.map(([key]) => [key, 'filled', 'filled', true]));
      // Every factor the plan names has its pair: none is left out of the rule.
      expect(b.pairs.map(([k]) => k)).toEqual(pack.grading.factors.filter((f) => !f.inert).map((f) => f.key));
    },
  );

  it('raising any one factor never lowers the level', () => {
    for (const f of pack.grading.factors)
      for (const b of bases(pack, f.key))
        for (let v = f.min; v < f.max; v++) {
          const lo = levelOf(pack, { ...b, [f.key]: v })!;
          const hi = levelOf(pack, { ...b, [f.key]: v + 1 })!;
          expect(hi).toBeLessThanOrEqual(lo); // 0 is the top level
        }
  });
});
