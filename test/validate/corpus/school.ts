import { G, HandTyped, P } from './write';

/**
 * 高桥小学: the risk register with factor scores, a duty card as a table and one typed as text, a pledge typed as
 * the pledge itself, the warning register and the integrity test, as typed by a school office.
 */
export function school(dirty: boolean, unit = '高桥小学'): HandTyped {
  const b = new HandTyped(dirty);
  b.sheet(
    '风险点自查',
    [
      [`${unit}腐败风险点及防控措施自查表`],
      [`单位名称：${unit}`],
      [
        '序号',
        '处室（科室）',
        '职级',
        '岗位',
        '姓名',
        '风险类型',
        '风险点',
        '风险等级',
        '前期防控措施',
        '中期控制措施',
        '后期处置措施',
        '发生概率',
        '危害程度',
        '紧急程度',
        // A factor the school's scheme does not use, typed in the dirty book only (the clean one has no notice).
        b.pick(null, P('factor_not_in_scheme', '权力重要程度', '权力重要程度')),
      ],
      [
        1,
        '校长室',
        '正科',
        '校长',
        '刘文斌',
        '岗位职责风险',
        '工程招标暗箱操作',
        G('一级', '一级'),
        '公开招标',
        '全程监督',
        '责任追究',
        4,
        4,
        P('number_out_of_range', 1, '6'),
        b.pick(null, 3),
      ],
      [
        2,
        '总务处',
        '股级',
        '总务主任',
        '李明',
        '制度机制风险',
        '采购不规范',
        G('二级', '二级'),
        '集中采购',
        '验收',
        P('required_missing', '整改', null),
        3,
        3,
        1,
      ],
      [
        3,
        '总务处',
        '股级',
        '会计',
        '刘强',
        '岗位职责风险',
        '虚列支出',
        G('二级'),
        '票据审核',
        '账目公开',
        '追缴',
        2,
        2,
        5,
      ],
      [
        4,
        '教务处',
        '股级',
        '教务主任',
        '张华',
        '思想道德',
        '乱收费',
        G('三级', P('level_needs_reason', '三级', '一级')),
        '教育',
        '公示',
        '退还',
        1,
        3,
        1,
        b.pick(null, 2),
      ],
      ['领导小组审核意见：'],
      ['单位（盖章）', null, null, null, null, null, null, '年　　月　　日'],
    ],
    { merges: ['A1:K1'] },
  );
  b.sheet(
    '刘文斌责任卡',
    [
      ['党员干部勤廉责任卡'],
      ['姓名', '刘文斌', '职务', '校长'],
      ['岗位职责', '工作任务', '行为准则'],
      ['主持全面工作', P('required_missing', '落实党风廉政建设主体责任', null), '廉洁自律'],
      ['本人签字：', null, '领导审核意见：'],
    ],
    { merges: ['A1:D1'] },
  );
  // The card typed as text: 姓名/职务, then each item on its own line (one paragraph under its label).
  b.sheet(
    '李明责任卡',
    [
      ['党员干部勤廉责任卡'],
      ['姓名：李明　　　职务：总务主任'],
      ['一、岗位职责：负责学校后勤保障和物资采购'],
      ['二、工作任务：'],
      ['落实采购制度，物品采购不少于三家比价'],
      [P('required_missing', '三、行为准则：不直接经手现金，不收受供应商礼品', '三、行为准则：')],
      ['本人签字：李明'],
    ],
    { merges: ['A1:F1'] },
  );
  // The pledge typed as the pledge: title, numbered paragraphs, 承诺人:, the date line.
  b.sheet(
    '刘文斌承诺书',
    [
      ['党员干部廉政承诺书'],
      ['为深入学习实践科学发展观，严格执行廉洁自律各项规定，推进党风廉政建设，我承诺：'],
      ['1.认真学习、贯彻《中国共产党党内监督条例》、《中国共产党纪律处分条例》。'],
      ['2.自觉廉洁从教，不收取学生家长礼金、礼券和物品，拒绝学生家长宴请。'],
      ['3.教书育人，为人师表，不参与赌博。'],
      ['以上是我的廉洁从教承诺，真诚欢迎党组织和广大教职工予以监督。'],
      [],
      [null, null, null, P('required_missing', '承诺人：刘文斌', '承诺人：')],
      [null, null, null, P('date_invalid', '二〇一〇年三月二十六日', '2010年2月30日')],
    ],
    { merges: ['A1:F1', 'A2:F2', 'A3:F3', 'A4:F4', 'A5:F5', 'A6:F6'] },
  );
  b.sheet('预警处置', [
    ['预警处置登记表'],
    [`单位名称（盖章）：${unit}`],
    ['序号', '预警对象', '反映问题', '预警级别', '处置方式', '回告时限', '整改情况', '处理结果', '预警日期'],
    [1, '李明', '采购程序不规范', 'B级', '批评教育', '5个工作日', '已整改', '通报', new Date(Date.UTC(2010, 9, 25))],
    [
      2,
      '张华',
      '作风散漫',
      '三级',
      P('enum_invalid', '谈心疏导', '口头警告'),
      '10日',
      '已整改',
      null,
      new Date(Date.UTC(2010, 10, 2)),
    ],
    [
      3,
      '刘强',
      '违规收费',
      '一级',
      '限期整改',
      P('required_missing', '3个工作日', null),
      '整改中',
      null,
      new Date(Date.UTC(2010, 10, 9)),
    ],
  ]);
  b.sheet('测评', [
    [`${unit}廉洁指数测评表`],
    [`单位名称：${unit}`],
    ['序号', '姓名', '职务', '测评得分\n（百分制）', '是否廉政谈话'],
    [1, '刘文斌', '校长', 92, '否'],
    [2, '李明', '总务主任', 55, P('low_score_needs_talk', '是', '否')],
    [3, '张华', '教务主任', '８５', '否'],
    [4, '刘强', '会计', P('number_out_of_range', 78, 780), '否'],
  ]);
  return b;
}
