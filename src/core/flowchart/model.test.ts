import { findPack } from '../packs';
import type { RecognisedForm } from '../recognise/types';
import { flowchartModel, matchStage } from './model';

const puyang = findPack('puyang-2012')!;
const railway = findPack('railway-2014')!;
const STAGES = puyang.flowcharts[0].stages!;
const ALIASES = puyang.flowcharts[0].stageAliases;

/** A recognised form as recognition hands it over: columns at 1, 2, 3 … in the order given. */
function form(pack: string, id: string, sheet: string, keys: string[], rows: unknown[][], header = {}): RecognisedForm {
  return {
    pack,
    form: id,
    sheet,
    how: 'headers',
    headerRow: 3,
    columns: Object.fromEntries(keys.map((k, i) => [k, i + 1])),
    header: Object.fromEntries(Object.entries(header).map(([k, v]) => [k, { value: v as string, cell: 'A2' }])),
    rows: rows.map((r, i) => ({
      row: 4 + i,
      cells: Object.fromEntries(keys.map((k, j) => [k, (r[j] ?? null) as string])),
    })),
    bodyEnd: 4 + rows.length,
    signoff: {},
  };
}

describe('matchStage', () => {
  it.each([
    ['审核', '审核'],
    ['审核环节', '审核'],
    ['3.审核', '审核'],
    ['（5）反馈', '反馈'],
    ['审查', '审核'],
    ['申请阶段', '提出'],
    ['送达', '反馈'],
    [' 办 理 ', '办理'],
    ['收件', '受理'],
    ['评审环节', '审核'],
    ['告知', '反馈'],
  ])('%s is drawn at %s', (typed, stage) => expect(matchStage(typed, STAGES, ALIASES)).toBe(stage));

  it.each(['立项评审', '其他', '审核、办理'])('%s is none of the plan’s stages', (typed) =>
    expect(matchStage(typed, STAGES, ALIASES)).toBeNull(),
  );
});

describe('railway: each 许可事项 has the stages its rows name', () => {
  const e2 = (rows: unknown[][]) =>
    form(
      'railway-2014',
      'E2',
      'E2',
      ['item', 'step', 'riskPoint', 'level', 'manifestation', 'owner', 'controller'],
      rows,
    );

  it('in the order first named, the same stage spelled with spaces joined, a blank stage kept aside', () => {
    const m = flowchartModel(
      railway,
      railway.flowcharts[0],
      railway.grading,
      {
        forms: [
          e2([
            ['甲许可', '受理', '风险一', '中'],
            ['甲许可', '审查', '风险二', '高风险'],
            ['甲许可', '受 理', '风险三', '低'],
            ['甲许可', null, '风险四', '中'],
            ['甲许可', '决定', '风险五', '很高'],
          ]),
        ],
        skipped: [],
      },
      '某单位',
    );
    expect(m.charts).toHaveLength(1);
    const [c] = m.charts;
    expect(c.stages.map((s) => [s.name, s.risks.map((r) => r.text)])).toEqual([
      ['受理', ['风险一', '风险三']],
      ['审查', ['风险二']],
      ['决定', ['风险五']],
    ]);
    // 高风险 is the plan's 高; 很高 is no level: drawn uncoloured with what was typed.
    expect(c.stages[1].risks[0]).toMatchObject({ level: 0, levelText: '高' });
    expect(c.stages[2].risks[0].level).toBeUndefined();
    expect(c.stages[2].risks[0].levelText).toBe('很高');
    expect(c.unplaced.map((r) => [r.text, r.typedStage])).toEqual([['风险四', '']]);
    // No E1 in the workbook: one notice says so, not one per 许可事项.
    expect(m.notices.map((n) => n.code)).toEqual(['flowchart_stage_blank', 'flowchart_no_list']);
    expect(m.notices[0].params).toMatchObject({ sheet: 'E2', cell: 'B7' });
  });
});

describe('railway: an E1 whose 职权名称 heading was not read', () => {
  it('says so once for the sheet, never that each row left its name blank', () => {
    const e1 = form(
      'railway-2014',
      'E1',
      '职权目录',
      ['seq', 'content', 'subject'],
      [
        [1, '审查并决定是否准予许可', '国家铁路局'],
        [2, '考试审查核发驾驶证', '国家铁路局'],
      ],
    );
    const m = flowchartModel(railway, railway.flowcharts[0], railway.grading, { forms: [e1], skipped: [] }, '某单位');
    const mine = m.notices.filter((n) => n.params.sheet === '职权目录');
    expect(mine).toEqual([
      { code: 'flowchart_subject_column_missing', params: { sheet: '职权目录', label: '职权名称', count: 2 } },
    ]);
  });
});

describe('puyang: risks within a stage', () => {
  it('top level first, then as typed; a power listed twice is one chart', () => {
    const a2 = form(
      'puyang-2012',
      'A2',
      'A2',
      ['power', 'handler'],
      [
        ['项目立项', '科技科'],
        ['项目立项 ', null],
      ],
    );
    const a3 = form(
      'puyang-2012',
      'A3',
      'A3 张三',
      ['riskPoint', 'level', 'category', 'power', 'stage'],
      [
        ['乙', '三级', '', '项目立项', '审核'],
        ['甲', '一级', '', '项目立项', '审核'],
        ['丙', '三级', '', '项目立项', '审核'],
      ],
      { name: '张三', post: '科员' },
    );
    const m = flowchartModel(puyang, puyang.flowcharts[0], puyang.grading, { forms: [a2, a3], skipped: [] }, '局');
    expect(m.charts).toHaveLength(1);
    expect(m.charts[0].details).toEqual([{ label: '办理主体', value: '科技科' }]);
    const audit = m.charts[0].stages.find((s) => s.name === '审核')!;
    expect(audit.risks.map((r) => [r.text, r.who])).toEqual([
      ['甲', '科员\n张三'],
      ['乙', '科员\n张三'],
      ['丙', '科员\n张三'],
    ]);
    expect(m.notices).toEqual([]);
  });
});

describe('puyang: a power the list and the risks write two ways', () => {
  const a2 = (powers: string[]) =>
    form(
      'puyang-2012',
      'A2',
      'A2',
      ['power', 'handler'],
      powers.map((p) => [p, '科技科']),
    );
  const a3 = (powers: string[]) =>
    form(
      'puyang-2012',
      'A3',
      'A3 张三',
      ['riskPoint', 'level', 'category', 'power', 'stage'],
      powers.map((p, i) => [`风险${i + 1}`, '二级', '', p, '审核']),
      { name: '张三', post: '科员' },
    );
  const model = (listed: string[], named: string[]) =>
    flowchartModel(puyang, puyang.flowcharts[0], puyang.grading, { forms: [a2(listed), a3(named)], skipped: [] }, '局');

  it('in 《》 or without the kind in brackets is the listed power: one chart, no notice', () => {
    const m = model(
      ['科技项目立项（审批）', '科技奖励评审'],
      ['《科技项目立项》', '科技项目立项', '“科技项目立项(审批)”'],
    );
    expect(m.charts.map((c) => [c.subject, c.stages.flatMap((s) => s.risks.map((r) => r.text))])).toEqual([
      ['科技项目立项（审批）', ['风险1', '风险2', '风险3']],
      ['科技奖励评审', []],
    ]);
    expect(m.notices).toEqual([]);
  });

  it('where two listed powers differ only by their kind, a risk naming neither kind gets a chart of its own, said', () => {
    const m = model(['项目立项（审批）', '项目立项（备案）'], ['项目立项']);
    expect(m.charts.map((c) => c.subject)).toEqual(['项目立项（审批）', '项目立项（备案）', '项目立项']);
    expect(m.notices.map((n) => n.code)).toEqual(['flowchart_subject_unlisted']);
  });
});
