import fc from 'fast-check';
import { PACKS } from '../packs';
import { puyang2012 } from '../packs/puyang-2012/pack';
import { computeLevel, describeRule, type FactorValues } from './compute';
import { defaultThresholdRule, LEVEL_FILLS } from './defaults';
import { GradingSchemeSchema, type GradingScheme, type GradingSchemeInput } from './scheme';

const LEVELS: GradingSchemeInput['levels'] = [
  { name: '一级', colour: '红', fill: LEVEL_FILLS.红 },
  { name: '二级', colour: '黄', fill: LEVEL_FILLS.黄 },
  { name: '三级', colour: '蓝', fill: LEVEL_FILLS.蓝 },
];
const FACTORS: GradingSchemeInput['factors'] = [
  { key: 'probability', label: '发生概率' },
  { key: 'impact', label: '危害程度' },
  { key: 'discretion', label: '自由裁量权大小' },
  { key: 'funds', label: '资金关联程度' },
  { key: 'importance', label: '权力重要程度' },
];
const scheme = (rule: GradingSchemeInput['rule']): GradingScheme =>
  GradingSchemeSchema.parse({ name: '三级', levels: LEVELS, factors: FACTORS, rule });

const heshuiLike = scheme(defaultThresholdRule(['discretion', 'funds']));
const level = (s: GradingScheme, f: FactorValues) => {
  const r = computeLevel(s, f);
  if (!r.ok) throw new Error(`not computed: ${JSON.stringify(r)}`);
  return r.computed;
};

describe('threshold rule (FORMS.md default)', () => {
  it.each([
    [1, 7, '三级'],
    [2, 4, '二级'], // 8
    [1, 8, '二级'],
    [2, 7, '二级'], // 14
    [3, 5, '一级'], // 15
    [5, 5, '一级'], // 25
    [1, 1, '三级'],
  ])('概率 %i × 危害 %i → %s', (p, i, want) => {
    // 7 and 14 are not products of two 1–5 scores, so the boundary rows use a 1–10 scale for one factor.
    const s = scheme(defaultThresholdRule());
    const withWideScale = GradingSchemeSchema.parse({ ...s, factors: s.factors.map((f) => ({ ...f, max: 10 })) });
    expect(level(withWideScale, { probability: p, impact: i }).name).toBe(want);
  });

  it('explains the score and the band it reached', () => {
    expect(level(puyang2012.grading, { probability: 4, impact: 5 }).text).toBe(
      '发生概率 4 × 危害程度 5 = 20 ≥ 15 → 一级',
    );
    expect(level(puyang2012.grading, { probability: 2, impact: 3 }).text).toBe(
      '发生概率 2 × 危害程度 3 = 6 ≥ 1 → 三级',
    );
  });

  it('raises one band when 自由裁量权 or 资金关联 is 5, and says so', () => {
    const c = level(heshuiLike, { probability: 2, impact: 3, discretion: 5 });
    expect(c.name).toBe('二级');
    expect(c.text).toBe('发生概率 2 × 危害程度 3 = 6 ≥ 1 → 三级；上调：自由裁量权大小 = 5 → 上调一级（三级 → 二级）');
    expect(level(heshuiLike, { probability: 2, impact: 4, funds: 5 }).name).toBe('一级');
    expect(level(heshuiLike, { probability: 2, impact: 4, funds: 4 }).name).toBe('二级');
  });

  it('the top band cannot rise', () => {
    const c = level(heshuiLike, { probability: 5, impact: 5, discretion: 5, funds: 5 });
    expect(c.level).toBe(0);
    expect(c.text).toContain('已是最高等级');
  });

  it('a pack without the raise factors ignores them', () => {
    expect(level(puyang2012.grading, { probability: 2, impact: 3, discretion: 5 }).name).toBe('三级');
  });

  it('reports missing factors instead of guessing', () => {
    const r = computeLevel(heshuiLike, { probability: 3 });
    expect(r).toEqual({ ok: false, missing: ['impact'], invalid: [] });
  });

  it('the level is monotone in each factor (higher score never gives a lower level)', () => {
    const score = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(
        score,
        score,
        score,
        score,
        fc.constantFrom('probability', 'impact', 'discretion', 'funds'),
        (p, i, d, f, which) => {
          const base: FactorValues = { probability: p, impact: i, discretion: d, funds: f };
          const up: FactorValues = { ...base, [which]: Math.min(5, base[which as keyof FactorValues]! + 1) };
          expect(level(heshuiLike, up).level).toBeLessThanOrEqual(level(heshuiLike, base).level);
        },
      ),
    );
  });
});

describe('grid rule', () => {
  // Rows: 发生概率 1..5, columns: 危害程度 1..5 (0 一级, 1 二级, 2 三级).
  const grid = [
    [2, 2, 2, 1, 1],
    [2, 2, 1, 1, 1],
    [2, 1, 1, 1, 0],
    [1, 1, 1, 0, 0],
    [1, 1, 0, 0, 0],
  ];
  const s = scheme({ kind: 'grid', rows: 'probability', cols: 'impact', grid });

  it('looks the level up in the matrix and explains where', () => {
    for (let r = 1; r <= 5; r++)
      for (let c = 1; c <= 5; c++) expect(level(s, { probability: r, impact: c }).level).toBe(grid[r - 1][c - 1]);
    expect(level(s, { probability: 3, impact: 5 }).text).toBe('发生概率 3、危害程度 5 → 矩阵第3行第5列 → 一级');
  });

  it('a grid pointing at a level the scheme lacks is refused', () => {
    expect(() => scheme({ kind: 'grid', rows: 'probability', cols: 'impact', grid: [[3]] })).toThrow(/out of range/);
  });
});

describe('criteria rule (≥3 of 5 conditions → 一级)', () => {
  const s = scheme({
    kind: 'criteria',
    criteria: [
      { factor: 'probability', atLeast: 4 },
      { factor: 'impact', atLeast: 4 },
      { factor: 'discretion', atLeast: 4 },
      { factor: 'funds', atLeast: 4 },
      { factor: 'importance', atLeast: 4, label: '涉及重要权力' },
    ],
    bands: [
      { count: 3, level: 0 },
      { count: 1, level: 1 },
      { count: 0, level: 2 },
    ],
  });
  const all = (n: number): FactorValues => ({ probability: n, impact: n, discretion: n, funds: n, importance: n });

  it('counts the conditions met', () => {
    expect(level(s, { ...all(1), probability: 4, impact: 5, importance: 4 }).name).toBe('一级');
    expect(level(s, { ...all(1), probability: 4, impact: 5 }).name).toBe('二级');
    expect(level(s, all(3)).name).toBe('三级');
  });

  it('names the conditions met', () => {
    expect(level(s, { ...all(1), probability: 4, impact: 5, importance: 4 }).text).toBe(
      '满足 3 项条件（发生概率 ≥ 4、危害程度 ≥ 4、涉及重要权力），≥ 3 项 → 一级',
    );
    expect(level(s, all(1)).text).toBe('满足 0 项条件（无），≥ 0 项 → 三级');
  });
});

it('describes the rule in force', () => {
  expect(describeRule(heshuiLike)).toBe(
    '发生概率 × 危害程度；≥ 15 一级，≥ 8 二级，≥ 1 三级；自由裁量权大小 ≥ 5 或 资金关联程度 ≥ 5 时上调一级；未参与定级：权力重要程度',
  );
});

it('names each factor the rule in force leaves out, with the reason where the pack gives one', () => {
  const s = GradingSchemeSchema.parse({
    ...heshuiLike,
    factors: heshuiLike.factors.map((f) => (f.key === 'importance' ? { ...f, inert: '本方案只作参考' } : f)),
    rule: defaultThresholdRule(['funds']),
  });
  expect(describeRule(s)).toBe(
    '发生概率 × 危害程度；≥ 15 一级，≥ 8 二级，≥ 1 三级；资金关联程度 ≥ 5 时上调一级；未参与定级：自由裁量权大小、权力重要程度（本方案只作参考）',
  );
  expect(describeRule(puyang2012.grading)).not.toContain('未参与定级');
});

describe('every factor a plan names takes part in its level (pack data)', () => {
  it.each(PACKS.map((p) => [p.id, p] as const))('%s', (_, pack) => {
    const s = pack.grading;
    const base = Object.fromEntries(s.factors.map((f) => [f.key, 2])) as FactorValues;
    for (const f of s.factors) {
      // Some value of this factor alone, the others held, moves the level.
      const levels = new Set([1, 2, 3, 4, 5].map((v) => level(s, { ...base, [f.key]: v }).level));
      expect([f.label, levels.size > 1]).toEqual([f.label, true]);
    }
  });

  it('hangzhou: 权力重要程度 from 1 to 5 raises 中 to 高, and says why; school: 紧急程度 does the same', () => {
    const hz = PACKS.find((p) => p.id === 'hangzhou-2019')!.grading;
    const at = (importance: number) => level(hz, { importance, discretion: 1, probability: 3, impact: 3 });
    expect([at(1).name, at(5).name]).toEqual(['中', '高']);
    expect(at(5).text).toContain('上调：权力重要程度 = 5');
    expect(describeRule(hz)).toContain('权力重要程度 ≥ 5 或 自由裁量权的大小 ≥ 5 时上调一级');
    const school = PACKS.find((p) => p.id === 'school-2010')!.grading;
    const sc = (urgency: number) => level(school, { probability: 2, impact: 2, urgency }).name;
    expect([sc(1), sc(5)]).toEqual(['三级', '二级']);
  });
});
