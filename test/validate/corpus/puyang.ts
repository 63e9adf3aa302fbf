import { G, HandTyped, P, type Cell } from './write';

/** 濮阳市科技局: a notes sheet, the two directories and two registration forms, typed by hand. */
export function puyang(dirty: boolean, unit = '濮阳市科学技术局'): HandTyped {
  const b = new HandTyped(dirty);
  b.sheet('填表说明', [
    ['填表说明：'],
    ['一、本表由各科室根据岗位实际设置情况填写。'],
    ['二、表格留白不够，可另续表。'],
  ]);
  b.sheet(
    '岗位职责目录',
    [
      ['附件1'],
      [`${unit}  岗位职责目录`],
      [`单位名称（盖章）：${unit}`],
      ['序  号', '岗位\n名称', '职责内容', '办理主题', '设定依据', '备 注'],
      [1, '办公室主任', '负责局机关日常运转、公文处理', '办公室', '“三定”方案', null],
      [2, '计划财务科科长', P('required_missing', '负责科技经费预算编制', null), '计划财务科', '经费管理办法', null],
      [3, '科技项目管理岗', '负责科技项目立项受理', '高新技术科', '项目管理办法', null],
      [P('seq_break', 4, 5), '知识产权执法岗', '负责专利行政执法', '市知识产权局', '专利行政执法办法', null],
      [5, '科员', '负责文书档案', '办公室', '“三定”方案', null],
      [6, null, null, null, null, null],
      [7, null, null, null, null, null],
      [],
      ['备注：本表一式三份，一份本单位留存，一份用于公布，一份报市纪委监察局审核备案。'],
      ['单位（盖章）', null, null, '年  月  日'],
    ],
    { top: 2, merges: ['A3:F3', 'A4:F4', 'A14:F14'] },
  );
  b.sheet(
    '职权运行目录',
    [
      ['职权运行目录'],
      ['单位名称', unit],
      ['序号', '职权名称', '职权内容', '设置依据', '公开形式', '办结时限', '办理主体', '备注'],
      [1, '科技项目立项', '受理、审核并确定市级科技计划项目', '项目管理办法', '网站公开', '20日', '高新技术科', null],
      [
        2,
        '科技成果鉴定',
        '组织专家鉴定科技成果',
        '成果鉴定办法',
        '濮阳日报科技之光专版',
        P('time_limit_invalid', '三十个工作日', '看情况'),
        '成果科',
        null,
      ],
      [
        3,
        '专利行政处罚',
        '依法作出行政处罚',
        '专利法',
        '依申请公开',
        P('time_limit_invalid', '即办', '尽快'),
        '市知识产权局',
        null,
      ],
      [4, '科技奖励评审', '组织科技奖励评审', '奖励办法', '网站公开', '5 个工作日', '成果科', null],
    ],
    { merges: ['A1:H1'] },
  );
  const a3 = (name: string, post: Parameters<typeof P>[1] | ReturnType<typeof P>, rows: Cell[][]) =>
    b.sheet(
      name,
      [
        [null, null, '岗位廉政风险点登记表'],
        [],
        [`单位名称(盖章)：${unit}`],
        ['姓 名', name === '张三' ? P('header_blank', name, null) : name, '职务（岗位）', post],
        ['岗位职责', '分管科技项目和经费'],
        ['风险点表现形式', '风险\n等级', '风险类型', '发生概率', '危害程度', '调整理由'],
        ...rows,
        [],
        ['部门负责人意见', null, '（签字）'],
        ['主管领导意见', null, '（签字）'],
        ['单位意见', null, '（盖章）'],
        ['上级纪检监察机关意见'],
      ],
      { merges: ['C1:F1', 'B5:F5'] },
    );
  a3('张三', '办公室主任', [
    ['在项目立项中为特定单位谋取利益', G('一级', 'Ⅰ级'), '岗位职责', 3, 5, null],
    ['接受申报单位宴请', G('二级', '二级'), '思想道德风险', 2, P('number_out_of_range', 5, 6), null],
    ['经费分配个人说了算', G('一级', P('enum_invalid', '一级', '四级')), '制度机制', 3, 5, null],
    ['审核把关不严', G('二级', P('level_needs_reason', '二级', '三级')), '业务流程', 3, 3, null],
  ]);
  a3('李四', P('post_not_in_catalogue', '科员', '司机'), [['公车私用', G('三级', '三级'), '制度机制', 1, 3, null]]);
  // Typed from the printed 附件3 under its exact title (merged), with a 序号 and a 防控措施 of the office's own —
  // columns heshui B1 also has, so only the title tells the programme. Factors in everyday words.
  b.sheet(
    '王五',
    [
      ['岗位廉政风险点登记表'],
      [`单位:${unit}`],
      ['姓　名', '王五', '职务(岗位)', '科员'],
      ['岗位职责', '负责科技奖励评审组织'],
      [
        '序号',
        '风险点表现形式',
        '风险等级',
        '风险类别',
        '可能性(1-5分)',
        '危害性',
        P('heading_unrecognised', '防控措施', '防控措施'),
        P('factor_not_in_scheme', '自由裁量权的大小', '自由裁量权的大小'),
      ],
      [1, '外出考察变相旅游', G('二级'), '思想道德', 2, 4, '严格审批', 3],
      [2, '泄露评审专家信息', G('一级', '一级'), '岗位职责', 4, P('number_out_of_range', 4, 7), '签订保密承诺'],
      [3, '评审材料把关不严', G('三级', P('level_needs_reason', '三级', 'Ⅰ级')), '业务流程', 1, 3, '双人复核'],
      ['部门负责人意见：同意。　　　　主管领导意见：同意。'],
      ['本表一式三份，一份本单位留存，一份用于公示，一份报市纪委监察局审核备案。'],
      ['填表人：王五　　　联系电话：0393-4412345'],
    ],
    { merges: ['A1:G1', 'A9:G9', 'A10:G10'] },
  );
  b.sheet('通讯录', [
    ['姓名', '电话'],
    ['张三', '0393-1234567'],
  ]);
  return b;
}
