import { G, HandTyped, P } from './write';

/**
 * 合水县财政局: a person's self-check (factors in everyday words), a 股室's self-check closed by the merged
 * opinion line, the key-post list, the rollup (consistent with all three, with a 合计 row) and the 十有/十看
 * checklist typed with 类别 / 检查验收内容 / 是否达到 / 佐证材料.
 */
export function heshui(dirty: boolean, unit = '合水县财政局'): HandTyped {
  const b = new HandTyped(dirty);
  b.sheet(
    '李建军',
    [
      ['附表1'],
      [`${unit}个人岗位风险点自查表`],
      [`单位：${unit}　　科室：国库股　　姓名：李建军　　岗位：国库股股长`],
      ['岗位职责：负责国库集中支付和资金拨付审核'],
      ['序号', '风险点描述', '风险类型', '风险等级', '防控措施', '发生可能性', '危害性', '自由裁量权', '资金关联程度'],
      [1, '资金拨付审核不严，违规拨付', '岗位职责', G('一级', '一级'), '双人复核', 3, 5, 2, 4],
      [
        2,
        '受服务对象请托，优亲厚友',
        P('enum_invalid', '外部环境', '外部风险'),
        G('二级', P('level_needs_reason', '二级', '一级')),
        '廉政教育',
        2,
        4,
        1,
        1,
      ],
      [
        3,
        '支付流程不透明',
        '工作流程',
        G('二级', P('value_normalised', '二级', '2级')),
        P('required_missing', '流程公开', null),
        2,
        2,
        5,
        1,
      ],
      [null, null, null, null, null],
      ['本人签字：', null, '科室负责人意见：', null, '分管领导审核：'],
      // 签字 in brackets as the plans print it, and the date written where the level column runs.
      ['科室负责人（签字）：', null, '张三'],
      ['分管领导（签字）：', null, null, '年  月  日'],
      // The day it was signed, alone on its line under the 防控措施 column.
      [null, null, null, null, '2012年9月10日'],
    ],
    { merges: ['A2:I2', 'A3:I3', 'A4:I4'] },
  );
  b.sheet(
    '政府采购股',
    [
      ['单位内设机构岗位风险点自查表'],
      [`单位：${unit}　　　内设机构：政府采购股`],
      ['核心职能：政府采购计划审核、采购方式审批和采购合同备案'],
      ['序号', '重点事项', '风险点', '风险类型', '风险等级', '防控措施', '发生概率', '危害程度'],
      [1, '采购方式审批', '化整为零规避公开招标', '制度机制', G('一级'), '大额采购集体研究', 4, 4],
      [2, '供应商资格审查', '设置不合理条件排斥潜在供应商', '岗位职责', G('二级', '二级'), '资格条件公示', 3, 3],
      [3, P('required_missing', '合同备案', null), '备案审查流于形式', '工作流程', G('三级', '三级'), '定期抽查', 1, 4],
      ['本单位纪检组审核意见：同意。　　　　　　　　　领导班子审核意见：同意。'],
      [null, null, null, null, null, '2012年9月20日'],
    ],
    { merges: ['A1:H1', 'A8:H8'] },
  );
  b.sheet(
    '专项清查',
    [
      ['重点岗位风险点专项清查表'],
      [`单位名称（盖章）：${unit}`],
      ['序号', '科室', '重点岗位', '权力类型', '风险点描述', '风险等级', '防控措施', '责任人', '发生概率', '危害程度'],
      [
        1,
        '国库股',
        '资金拨付岗',
        '财权',
        '违规拨付资金',
        G('一级', '一级'),
        '双人复核',
        '王明',
        P('number_out_of_range', 4, 6),
        4,
      ],
      [
        2,
        '人事股',
        '干部管理岗',
        P('enum_invalid', '人权', '财务权'),
        '干部选拔暗箱操作',
        G('一级', '一级'),
        '民主推荐',
        '赵刚',
        3,
        5,
      ],
      [
        3,
        '办公室',
        '资产管理岗',
        '物权',
        '资产处置不规范',
        G('二级', '二级'),
        '集体研究',
        P('required_missing', '李华', null),
        2,
        5,
      ],
      [],
      ['主要领导：', '王明', '联系电话：', '0934-5521234'],
      ['填表人：王明　　　联系电话：0934-5512345'],
    ],
    { merges: ['A1:J1'] },
  );
  b.sheet(
    '汇总',
    [
      ['岗位风险点清查汇总表'],
      ['单位：', unit],
      ['科室', '岗位', '风险等级', null, null, '风险类型', null, null, null, null, '监控责任', '防控措施'],
      [null, null, '一级', '二级', '三级', '岗位职责', '制度机制', '思想道德', '工作流程', '外部环境', null, null],
      ['国库股', '国库股股长', 2, 2, 0, 1, 0, 0, 1, 1, '局长', '双人复核'],
      ['政府采购股', '采购审批岗', 1, 1, 1, 1, 1, 0, 1, 0, '局长', '集体研究'],
      ['人事股', '干部管理岗', 1, 0, 0, null, null, null, null, null, '局长', '民主推荐'],
      // Dirty: 办公室's 二级 left out (8 of the 9 risk points B1–B3 hold), 合计 一级 added up wrong.
      ['办公室', '资产管理岗', 0, P('rollup_mismatch', 1, 0), 0, null, null, null, null, null, '副局长', '集体研究'],
      ['合  计', null, P('total_mismatch', 4, 5), b.pick(4, 3), 1, 2, 1, 0, 2, 1],
      ['领导小组审核意见：'],
      ['单位（盖章）', null, null, null, null, null, null, null, null, '年　月　日'],
    ],
    { merges: ['A1:L1', 'A3:A4', 'B3:B4', 'C3:E3', 'F3:J3', 'K3:K4', 'L3:L4'] },
  );
  b.expect('rollup_total_mismatch', '汇总', 'C3');
  b.sheet(
    '验收',
    [
      ['廉政风险防控机制建设检查验收表'],
      [`被检查单位：${unit}`],
      ['类别', '检查验收内容', '是否达到', '佐证材料'],
      ['十有', '有领导小组和办事机构', '是', '文件'],
      [null, '有实施方案', '是', '方案'],
      [null, '有单位廉政风险信息库', P('enum_invalid', '否', '基本达到'), null],
      [null, '有个人警示桌牌', P('required_missing', '是', null), '照片'],
      ['十看', '看领导是否重视', '是', '会议记录'],
      [null, '看制度是否健全', '√', '制度汇编'],
      ['检查人员（签字）：', null, '年  月  日'],
      ['检查人：县纪委党风廉政建设室　　　　检查日期：2012年12月5日'],
    ],
    { merges: ['A1:D1', 'A4:A7', 'A8:A9'] },
  );
  b.sheet('旧表', [['岗位风险点清查汇总表（2011）'], ['科室', '岗位']], { hidden: true });
  return b;
}
