import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PackSchema, type Pack } from '../../src/core/forms/pack';
import { FormSchema, type Column, type Form } from '../../src/core/forms/schema';
import { PACKS, findPack } from '../../src/core/packs';
import { EXPECTED } from './expected';

const FORMS_MD = join(__dirname, '../../../shared/spec/FORMS.md');
const formsMd = existsSync(FORMS_MD) ? readFileSync(FORMS_MD, 'utf8') : null;

const printed = (f: Form) => f.columns.filter((c) => !c.extra);
const form = (pack: string, id: string): Form => {
  const f = findPack(pack)?.forms.find((x) => x.id === id);
  if (!f) throw new Error(`${pack} has no form ${id}`);
  return f;
};

describe('the five programme packs', () => {
  it('are registered in the picker order puyang, heshui, hangzhou, school, railway', () => {
    expect(PACKS.map((p) => p.id)).toEqual([
      'puyang-2012',
      'heshui-2012',
      'hangzhou-2019',
      'school-2010',
      'railway-2014',
    ]);
  });

  it.each(PACKS.map((p) => [p.id, p] as const))(
    '%s parses against the meta-schema, every form on its own too',
    (_, pack) => {
      expect(PackSchema.safeParse(pack).success).toBe(true);
      for (const f of pack.forms) {
        const r = FormSchema.safeParse(f);
        expect(r.success ? '' : `${f.id}: ${r.error.message}`).toBe('');
      }
    },
  );

  it('hold every form FORMS.md lists: A1–A3, B1–B5, C1–C3, D1–D5, E1–E2', () => {
    expect(Object.fromEntries(PACKS.map((p) => [p.id, p.forms.map((f) => f.id)]))).toEqual({
      'puyang-2012': ['A1', 'A2', 'A3'],
      'heshui-2012': ['B1', 'B2', 'B3', 'B4', 'B5'],
      'hangzhou-2019': ['C1', 'C2', 'C3'],
      'school-2010': ['D1', 'D2', 'D3', 'D4', 'D5'],
      'railway-2014': ['E1', 'E2'],
    });
  });
});

describe.each(Object.entries(EXPECTED))('%s labels are the plan’s own words', (packId, forms) => {
  it.each(forms.map((e) => [e.id, e] as const))('%s', (_, e) => {
    const f = form(packId, e.id);
    expect(f.title).toBe(e.title);
    if (e.header) expect(f.header.map((h) => h.label)).toEqual(e.header);
    // A header field FORMS.md does not give (the unit's seal line on every table) is marked derived.
    else expect(f.header.filter((h) => !h.derived).map((h) => h.label)).toEqual([]);
    const labels = printed(f).map((c) => c.label);
    // The plan's columns, in the plan's order …
    expect(labels.filter((l) => e.columns.includes(l))).toEqual(e.columns);
    // … and anything else printed is lianfang's derivation, marked as such.
    const unlisted = printed(f).filter((c) => !e.columns.includes(c.label) && !c.derived);
    expect(unlisted.map((c) => c.label)).toEqual([]);
  });
});

(formsMd ? describe : describe.skip)('FORMS.md itself (../shared/spec) names the same tables', () => {
  const rowOf = (id: string) => formsMd!.split('\n').find((l) => l.startsWith(`| ${id} |`)) ?? '';
  const all = Object.values(EXPECTED).flat();
  it.each(all.map((e) => [e.id, e] as const))('%s', (_, e) => {
    const row = rowOf(e.id);
    // FORMS.md shortens two hangzhou titles; the plan's 附件 print them whole (市生态环境局…), as lianfang does.
    const title = row
      .split('|')[2]
      .replace(/\((附件|附表)\d\)|\(十有 \/ 十看\)/, '')
      .trim();
    expect(e.title).toContain(title);
    for (const h of e.header ?? []) expect(row).toContain(h);
    if (!e.fromNotes) for (const c of e.columns) expect(row).toContain(c);
  });
});

describe('enumerations and rules from the plans', () => {
  const heshui = findPack('heshui-2012')!;
  const hangzhou = findPack('hangzhou-2019')!;
  const school = findPack('school-2010')!;
  const railway = findPack('railway-2014')!;
  const col = (f: Form, label: string) => f.columns.find((c) => c.label === label)!;

  it('heshui: five 风险类型 with the seed’s definitions, 权力类型, monitored levels, four factors raising on 5', () => {
    expect(heshui.categories.values).toEqual(['岗位职责', '制度机制', '思想道德', '工作流程', '外部环境']);
    expect(Object.keys(heshui.categories.definitions)).toEqual(heshui.categories.values);
    expect(heshui.categories.definitions['外部环境']).toContain('权钱交易');
    expect(col(form('heshui-2012', 'B3'), '权力类型').options).toEqual([
      '人权',
      '财权',
      '物权',
      '执法权',
      '审批许可权',
    ]);
    expect(heshui.grading.levels.map((l) => [l.name, l.monitor])).toEqual([
      ['一级', '所在单位及纪检监察机关重点监控'],
      ['二级', '县纪委派驻(出)该单位纪检组(纪委)监控'],
      ['三级', '所在单位内设机构负责人监控'],
    ]);
    expect(heshui.grading.factors.map((f) => [f.key, f.label])).toEqual([
      ['probability', '发生可能性'],
      ['impact', '危害性'],
      ['discretion', '自由裁量权大小'],
      ['funds', '行政权力与资金关联程度'],
    ]);
    const rule = heshui.grading.rule;
    expect(rule.kind === 'thresholds' && rule.raiseWhen.map((r) => [r.factor, r.atLeast])).toEqual([
      ['discretion', 5],
      ['funds', 5],
    ]);
  });

  it('heshui: sign-off chains B1 本人→科室负责人→分管领导, B2 纪检组→领导班子, B4 领导小组; B4 rolls up B1–B3', () => {
    expect(form('heshui-2012', 'B1').signoff.map((s) => s.who)).toEqual(['本人', '科室负责人', '分管领导']);
    expect(form('heshui-2012', 'B2').signoff.map((s) => s.who)).toEqual(['本单位纪检组', '领导班子']);
    expect(form('heshui-2012', 'B4').signoff[0].who).toBe('领导小组');
    expect(form('heshui-2012', 'B4').rollupOf).toEqual(['B1', 'B2', 'B3']);
  });

  it('heshui B5: the 十有 and 十看 items of the seed, all 20 in order, grouped by 类别', () => {
    const b5 = form('heshui-2012', 'B5');
    expect(b5.kind).toBe('checklist');
    expect(b5.groups).toEqual(['十有', '十看']);
    expect(b5.presetRows).toHaveLength(20);
    expect(b5.presetRows.map((r) => r.group)).toEqual([...Array(10).fill('十有'), ...Array(10).fill('十看')]);
    expect(b5.presetRows[0].item).toBe('有领导小组和办事机构');
    expect(b5.presetRows[9].item).toBe('有廉政风险管理工作实施细则');
    expect(b5.presetRows[10].item).toBe('看领导班子成员和党员干部对廉政风险防控的认识是否到位');
    expect(b5.presetRows[19].item).toBe('看是否建立起比较完备的廉政风险防控制度体系');
    // Every item is quoted from the seed itself.
    const seed = join(__dirname, '../../../shared/seeds/001_e694342715b78b59.txt');
    if (existsSync(seed)) {
      // The printed seed carries page numbers (—11—) inside sentences; they are not part of the item.
      const text = readFileSync(seed, 'utf8').replace(/—\d+—/g, '');
      expect(b5.presetRows.map((r) => String(r.item)).filter((item) => !text.includes(item))).toEqual([]);
    }
  });

  it('hangzhou: 风险类别 高/中/低 with four factors; six 排查类别 in order as groups with their 备注 definitions', () => {
    expect(hangzhou.levelLabel).toBe('风险类别');
    expect(hangzhou.grading.levels.map((l) => l.name)).toEqual(['高', '中', '低']);
    expect(hangzhou.grading.factors.map((f) => f.label)).toEqual([
      '权力重要程度',
      '自由裁量权的大小',
      '腐败现象发生的概率',
      '危害程度',
    ]);
    const six = ['议事决策类', '权力运行类', '制度机制类', '工作流程类', '岗位履职类', '纪律作风类'];
    for (const id of ['C1', 'C2']) {
      const f = form('hangzhou-2019', id);
      expect(f.groups).toEqual(six);
      expect(col(f, '排查类别').group).toBe(true);
      // No 序号 column: the plan numbers risks 1、2、… inside 主要廉政风险, restarting in each 排查类别.
      expect(f.columns.filter((c) => c.kind === 'seq').map((c) => c.printed)).toEqual([false]);
      expect(f.numberIn).toBe('risk');
      expect(col(f, '风险类别').kind).toBe('level');
      expect(f.definitions.map((d) => d.term)).toEqual(six);
    }
    expect(form('hangzhou-2019', 'C2').footer).toContain('不涉及可不填报');
    expect(form('hangzhou-2019', 'C1').signoff.map((s) => [s.label, s.field])).toEqual([
      ['单位主要负责人(签字)', 'head'],
    ]);
    expect(form('hangzhou-2019', 'C2').signoff.map((s) => [s.label, s.field])).toEqual([
      ['分管领导(签字)', 'inCharge'],
    ]);
  });

  it('hangzhou C3: the 13 rows of 附件3', () => {
    const c3 = form('hangzhou-2019', 'C3');
    expect(c3.presetRows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(c3.presetRows[0]).toMatchObject({ stage: '动员部署深入排查分析阶段', lead: '机关党委', due: '6月底前' });
    expect(c3.presetRows[12]).toMatchObject({ stage: '巩固成果形成防控体系阶段', due: '2021年' });
  });

  it('school: three 风险类型 (+ 林业局 extras), monitored levels, D1 register order, pledge, 预警/处置 lists, D5 score', () => {
    expect(school.categories.values).toEqual(['思想道德风险', '岗位职责风险', '制度机制风险']);
    expect(col(form('school-2010', 'D1'), '风险类型').options).toEqual([
      '思想道德风险',
      '岗位职责风险',
      '制度机制风险',
      '岗位管理类',
      '重大决策类',
    ]);
    expect(school.grading.levels.map((l) => l.monitor)).toEqual(['单位主要领导', '单位分管领导', '处室(科室)领导']);
    expect(school.grading.factors.map((f) => f.label)).toEqual(['发生几率', '后果的严重程度', '紧急程度']);
    expect(form('school-2010', 'D1').sortBy).toEqual(['level', 'dept', 'rank', 'post']);
    const d3 = form('school-2010', 'D3');
    expect(d3.kind).toBe('pledge');
    expect(d3.pledge).toContain('我承诺');
    expect(d3.pledge).toContain('以上是我的廉洁从教承诺');
    const d4 = form('school-2010', 'D4');
    expect(col(d4, '预警级别').options).toEqual(['一级', '二级', '三级']);
    expect(col(d4, '处置方式').options).toEqual(['谈心疏导', '批评教育', '诫勉谈话', '专题民主生活会', '限期整改']);
    const d5 = form('school-2010', 'D5');
    expect([col(d5, '测评得分').kind, col(d5, '测评得分').min, col(d5, '测评得分').max]).toEqual(['percent', 0, 100]);
    expect(col(d5, '是否廉政谈话').kind).toBe('yesno');
  });

  it('railway: 高/中/低, three 风险类型, E2 sign-off by the 领导班子', () => {
    expect(railway.grading.levels.map((l) => l.name)).toEqual(['高', '中', '低']);
    expect(col(form('railway-2014', 'E2'), '风险类型').options).toEqual(['权力行使', '制度机制', '思想道德']);
    // 专家 … 进行评定,并经单位领导班子集体审定: the experts' 评定 first, then the leadership's 审定.
    expect(form('railway-2014', 'E2').signoff.map((s) => s.who)).toEqual(['评估专家', '单位领导班子']);
  });

  it('every form with a risk level carries the extra assessment block: the pack’s factors, 调整理由, 监控责任 where levels name monitors', () => {
    for (const pack of PACKS)
      for (const f of pack.forms) {
        if (!f.columns.some((c) => c.kind === 'level')) continue;
        const extra = f.columns.filter((c) => c.extra);
        const monitors = pack.grading.levels.some((l) => l.monitor);
        expect([f.id, extra.map((c) => c.label)]).toEqual([
          f.id,
          [
            ...pack.grading.factors.map((x) => x.label),
            '调整理由',
            ...(monitors ? ['监控责任'] : []),
            // A3 also says which power and stage of the 职权运行流程图 a risk belongs to.
            ...(f.id === 'A3' ? ['所涉职权', '流程环节'] : []),
          ],
        ]);
        // Extras come after every printed column, so the print area is one block.
        const firstExtra = f.columns.findIndex((c) => c.extra);
        expect(f.columns.slice(firstExtra).every((c) => c.extra)).toBe(true);
      }
  });
});

/** A sample value a person could have typed into the template: it passes the column's dropdown or limits. */
function valueProblem(pack: Pack, c: Column, v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  const bad = `${c.label}=${String(v)}`;
  switch (c.kind) {
    case 'level':
      return pack.grading.levels.some((l) => l.name === v) ? null : bad;
    case 'choice':
      return c.open || c.options!.includes(String(v)) ? null : bad;
    case 'yesno':
      return v === '是' || v === '否' ? null : bad;
    case 'score':
    case 'count':
    case 'seq':
      return Number.isInteger(v) && (v as number) >= (c.min ?? 0) && (c.max === undefined || (v as number) <= c.max)
        ? null
        : bad;
    case 'percent':
      return typeof v === 'number' && v >= 0 && v <= 100 ? null : bad;
    default:
      return typeof v === 'string' || typeof v === 'number' ? null : bad;
  }
}

describe.each(PACKS.map((p) => [p.id, p] as const))('%s sample', (_, pack) => {
  it('covers every form and every value fits its column (levels and choices from the lists, scores in range)', () => {
    // A form printed with its own rows (C3 工作安排) shows those in the demo; every other form has a filled sample.
    const filled = new Set(pack.sample.instances.map((i) => i.form));
    expect(pack.forms.filter((f) => !filled.has(f.id) && !f.presetRows.length).map((f) => f.id)).toEqual([]);
    const problems: string[] = [];
    for (const inst of pack.sample.instances) {
      const f = pack.forms.find((x) => x.id === inst.form)!;
      expect(inst.rows.length).toBeGreaterThan(0);
      for (const row of inst.rows)
        for (const c of f.columns) {
          const p = valueProblem(pack, c, row[c.key]);
          if (p) problems.push(`${f.id}: ${p}`);
        }
      for (const row of inst.rows)
        for (const c of f.columns.filter((x) => x.required && !x.extra))
          if (row[c.key] === undefined || row[c.key] === null) problems.push(`${f.id}: ${c.label} missing`);
    }
    expect(problems).toEqual([]);
  });

  it('lists per-person or per-unit forms under a name, once per name', () => {
    for (const inst of pack.sample.instances) {
      const f = pack.forms.find((x) => x.id === inst.form)!;
      if (f.kind === 'perPerson' || f.kind === 'perUnit' || f.kind === 'pledge') expect(inst.name).toBeTruthy();
    }
    const keys = pack.sample.instances.map((i) => `${i.form}/${i.name ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('registers rows in the plan’s order where the form prescribes one (school D1: 风险等级 first, then 科室 together)', () => {
    for (const inst of pack.sample.instances) {
      const f = pack.forms.find((x) => x.id === inst.form)!;
      if (!f.sortBy.length) continue;
      expect(f.sortBy[0]).toBe('level');
      const ranks = inst.rows.map((r) => pack.grading.levels.findIndex((l) => l.name === r.level));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      // Within one level, a 科室's rows stand together.
      const runs = inst.rows.map((r) => `${String(r.level)}/${String(r[f.sortBy[1]])}`);
      const starts = runs.filter((k, i) => i === 0 || runs[i - 1] !== k);
      expect(new Set(starts).size).toBe(starts.length);
    }
  });
});
