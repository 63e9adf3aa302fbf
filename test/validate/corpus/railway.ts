import { HandTyped, P } from './write';

/** 国家铁路局: the licensing powers and the risk distribution with rule-writing plans. */
export function railway(dirty: boolean): HandTyped {
  const b = new HandTyped(dirty);
  b.sheet(
    '职权目录',
    [
      ['国家铁路局行政许可职权目录'],
      ['填报单位：', '科技与法制司'],
      ['序号', '职权名称', '职权内容', '行使主体', '法律依据'],
      [1, '铁路机车车辆设计生产维修进口许可', '对设计、制造、维修、进口实施许可', '国家铁路局', '《铁路安全管理条例》'],
      [
        2,
        '铁路运输基础设备生产企业审批',
        P('required_missing', '对生产企业实施审批', null),
        '国家铁路局',
        '国务院令第412号',
      ],
    ],
    { merges: ['A1:E1'] },
  );
  const head = [
    '序号',
    '许可事项',
    '流程环节',
    '廉政风险点',
    '表现形式',
    '风险类型',
    '风险等级',
    '防控措施',
    '制度建设计划',
    '完成时限',
    '责任人',
  ];
  b.sheet(
    '风险分布',
    [
      [],
      ['许可审批事项廉政风险分布表'],
      ['填报单位：科技与法制司'],
      head,
      [
        1,
        '机车车辆许可',
        '受理',
        '对申请材料把关不严',
        '选择性受理',
        '权力行使',
        '高风险',
        '一次性告知',
        '制定受理规范',
        '2014年6月底',
        '张处长',
      ],
      [
        2,
        '机车车辆许可',
        '审查',
        '技术审查标准不一',
        '自由裁量',
        '制度机制',
        '中',
        '专家评审',
        '修订审查细则',
        P('plan_needs_field', '2014年9月30日', null),
        '李处长',
      ],
      // The heading repeated at the top of a second printed page.
      head,
      [3, '机车车辆许可', '决定', '违规作出许可决定', '以权谋私', '思想道德', '高', '集体决定', null, null, '赵处长'],
      [
        4,
        '设备生产审批',
        '现场核查',
        '接受宴请',
        '吃拿卡要',
        P('enum_invalid', '思想道德', '道德风险'),
        '中',
        '双人核查',
        '建立回访制度',
        '长期',
        P('required_missing', '王处长', null),
      ],
    ],
    { merges: ['A2:K2'] },
  );
  return b;
}
