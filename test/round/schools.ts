import ExcelJS from 'exceljs';
import { applyOps } from '../../src/adapters/exceljs/applyOps';
import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import { locateForms, planSign } from '../../src/core/approve';
import { planInsert } from '../../src/core/build/template';
import type { SampleInstance } from '../../src/core/forms/pack';
import { findPack } from '../../src/core/packs';
import { makeSigner, type KeyedSigner } from '../approve/helpers';

/**
 * Two rounds of school-2010 unit workbooks, a year apart, as five schools hand them in. Each school's risk
 * register (D1) is written out in full, so the changes planted between the years are plain to see; the D2
 * 勤廉责任卡 is signed through as far as `card` says; D4 holds the school's 预警.
 */
export const school = findPack('school-2010')!;
export const SCHOOLS = ['甲小学', '乙小学', '丙小学', '丁小学', '戊小学'];

export interface Risk {
  dept: string;
  post: string;
  riskType: string;
  riskPoint: string;
  level: string;
  earlyMeasure?: string;
  midMeasure?: string;
}

export interface Warning {
  warnedOn: string;
  target: string;
  issue: string;
  warningLevel: string;
  disposal: string;
  replyLimit: string;
  repliedOn?: string;
}

export interface SchoolYear {
  unit: string;
  risks: Risk[];
  /** How far the 勤廉责任卡's chain (本人 → 领导 → 集中评议 → 领导小组) is signed: 4 is complete. */
  card?: number;
  pledge?: boolean;
  warnings?: Warning[];
}

const r = (
  dept: string,
  post: string,
  riskType: string,
  riskPoint: string,
  level: string,
  earlyMeasure = '',
): Risk => ({
  dept,
  post,
  riskType,
  riskPoint,
  level,
  ...(earlyMeasure ? { earlyMeasure } : {}),
});

/** Risks every school has in both years, unchanged. */
const COMMON: Risk[] = [
  r(
    '总务处',
    '食堂采买',
    '思想道德风险',
    '食堂食品采购中收受供货商回扣、以次充好',
    '二级',
    '定点采购,两人以上共同验收',
  ),
  r('教务处', '教务主任', '思想道德风险', '征订教辅资料收取回扣', '三级', '签订廉政承诺书'),
];

/** Last year (2024): what each school handed in. 戊小学 is new this year. */
export const LAST_YEAR: SchoolYear[] = [
  {
    unit: '甲小学',
    risks: [
      ...COMMON,
      r(
        '校长室',
        '校长',
        '岗位职责风险',
        '“三重一大”事项不经校委会集体研究,个人说了算',
        '二级',
        '实行“一把手”末位表态制度',
      ),
      r(
        '财务室',
        '学校会计',
        '制度机制风险',
        '大额财务支出未经“民主理财小组”审核',
        '二级',
        '健全“民主理财小组”审核程序',
      ),
      r('总务处', '总务主任', '岗位职责风险', '校舍维修工程未按规定验收即付款', '二级', '验收合格后付款'),
    ],
  },
  {
    unit: '乙小学',
    risks: [
      ...COMMON,
      r('校长室', '校长', '岗位职责风险', '土木改造装修工程超过五万元未进行招标', '一级', '落实招投标管理流程'),
      r('办公室', '办公室主任', '制度机制风险', '办公用品采购不比价、不公示', '三级', '采购两人经办'),
    ],
  },
  { unit: '丙小学', risks: [...COMMON] },
  {
    unit: '丁小学',
    risks: [...COMMON, r('政教处', '政教主任', '岗位职责风险', '评优评先暗箱操作、优亲厚友', '二级', '评选结果公示')],
  },
];

/** This year (2025), with the changes planted against last year. */
export const THIS_YEAR: SchoolYear[] = [
  {
    unit: '甲小学',
    risks: [
      ...COMMON,
      // raised 二级 → 一级, and a measure added
      r(
        '校长室',
        '校长',
        '岗位职责风险',
        '“三重一大”事项不经校委会集体研究,个人说了算',
        '一级',
        '实行“一把手”末位表态制度;重大事项会议记录备查',
      ),
      // re-worded (same risk, said another way)
      r(
        '财务室',
        '学校会计',
        '制度机制风险',
        '大额财务支出未经过“民主理财小组”审核把关',
        '二级',
        '健全“民主理财小组”审核程序',
      ),
      // 校舍维修 removed; added:
      r('总务处', '总务主任', '岗位职责风险', '学生营养餐食材供应商选定不公开', '一级', '供应商公开招标'),
    ],
    card: 4,
    pledge: true,
    warnings: [
      {
        warnedOn: '2025-03-03',
        target: '食堂采买',
        issue: '群众反映食堂食品采购价格偏高',
        warningLevel: '三级',
        disposal: '谈心疏导',
        replyLimit: '5个工作日',
        repliedOn: '2025-03-07',
      },
      {
        warnedOn: '2025-04-01',
        target: '总务处',
        issue: '校舍维修工程未按规定验收即付款',
        warningLevel: '二级',
        disposal: '限期整改',
        replyLimit: '10日',
      },
      {
        warnedOn: '2025-05-12',
        target: '教务处',
        issue: '教辅资料征订未经校委会研究',
        warningLevel: '三级',
        disposal: '批评教育',
        replyLimit: '10个工作日',
      },
    ],
  },
  {
    unit: '乙小学',
    risks: [
      ...COMMON,
      // lowered 一级 → 二级
      r('校长室', '校长', '岗位职责风险', '土木改造装修工程超过五万元未进行招标', '二级', '落实招投标管理流程'),
      // re-worded
      r('办公室', '办公室主任', '制度机制风险', '办公用品采购不比价,也不公示', '三级', '采购两人经办'),
    ],
    card: 2, // 本人 and 领导 signed; 集中评议 and 领导小组 not yet
    pledge: true,
  },
  { unit: '丙小学', risks: [...COMMON], card: 4, pledge: false },
  // 丁小学 hands nothing in this year.
  {
    unit: '戊小学',
    risks: [...COMMON, r('校长室', '副校长', '岗位职责风险', '教师职称评审推荐不公开', '一级', '推荐结果公示')],
    card: 4,
    pledge: true,
  },
];

const CARD_ROLES = ['self', 'leader', 'review', 'leadGroup'];

let signers: Promise<KeyedSigner[]> | undefined;
const keys = () => (signers ??= Promise.all(['张校长', '李书记', '评议组', '领导小组'].map(makeSigner)));

/** One school's workbook for one year, signed as far as its card says. */
export async function schoolWorkbook(s: SchoolYear, year: number): Promise<Uint8Array> {
  const instances: SampleInstance[] = [
    {
      form: 'D1',
      header: { unit: s.unit },
      rows: s.risks.map((x, i) => ({ seq: i + 1, name: '', ...x })),
    },
  ];
  if (s.card !== undefined)
    instances.push({
      form: 'D2',
      name: '张校长',
      header: { name: '张校长', title: '校长' },
      rows: [{ duties: '主持学校全面工作,对党风廉政建设负总责', tasks: '落实“一岗双责”', conduct: '不直接分管基建' }],
    });
  if (s.pledge)
    instances.push({ form: 'D3', name: '张校长', header: {}, rows: [{ pledger: '张校长', date: `${year}年4月1日` }] });
  if (s.warnings)
    instances.push({
      form: 'D4',
      header: { unit: s.unit },
      rows: s.warnings.map((w, i) => ({ seq: i + 1, ...w })),
    });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'lianfang-test';
  applyOps(wb, planInsert({ pack: school, instances }).ops);
  wb.modified = new Date(Date.UTC(year, 3, 15));
  const all = await keys();
  for (let step = 0; step < (s.card ?? 0); step++) {
    const snap = snapshotWorkbook(wb);
    const form = locateForms(snap).find((f) => f.def.id === 'D2')!;
    const plan = await planSign({
      wb: snap,
      form,
      role: CARD_ROLES[step],
      opinion: '同意',
      signer: all[step],
      acceptWarnings: true,
    });
    applyOps(wb, plan.ops);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
