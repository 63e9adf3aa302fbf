/**
 * The tables of ../shared/spec/FORMS.md, written out: title, header-field labels and column labels in the
 * plan's own words. `columns` must appear in this order among the printed columns; a printed column not
 * listed here must be marked derived. `fromNotes` forms are described in FORMS.md prose, not in the row.
 */
export interface ExpectedForm {
  id: string;
  title: string;
  header?: string[];
  columns: string[];
  fromNotes?: boolean;
}

export const EXPECTED: Record<string, ExpectedForm[]> = {
  'puyang-2012': [
    {
      id: 'A1',
      title: '岗位职责目录',
      header: ['单位名称(盖章)'],
      columns: ['序号', '岗位名称', '职责内容', '办理主体', '设定依据', '备注'],
    },
    {
      id: 'A2',
      title: '职权运行目录',
      header: ['单位名称(盖章)'],
      columns: ['序号', '职权名称', '职权内容', '设置依据', '公开形式', '办结时限', '办理主体', '备注'],
    },
    {
      id: 'A3',
      title: '岗位廉政风险点登记表',
      header: ['单位名称(盖章)', '姓名', '职务(岗位)', '岗位职责'],
      columns: ['风险点表现形式', '风险等级', '风险类别'],
    },
  ],
  'heshui-2012': [
    {
      id: 'B1',
      title: '个人岗位风险点自查表',
      header: ['单位', '科室', '姓名', '岗位', '岗位职责'],
      columns: ['序号', '风险点描述', '风险类型', '风险等级', '防控措施'],
    },
    {
      id: 'B2',
      title: '单位内设机构岗位风险点自查表',
      header: ['单位', '内设机构', '核心职能'],
      columns: ['序号', '重点事项', '风险点描述', '风险类型', '风险等级', '防控措施'],
    },
    {
      id: 'B3',
      title: '重点岗位风险点专项清查表',
      columns: ['序号', '科室', '重点岗位', '权力类型', '风险点描述', '风险等级', '防控措施', '责任人'],
    },
    {
      id: 'B4',
      title: '岗位风险点清查汇总表',
      columns: [
        '科室',
        '岗位',
        '一级',
        '二级',
        '三级',
        '岗位职责',
        '制度机制',
        '思想道德',
        '工作流程',
        '外部环境',
        '监控责任',
        '防控措施',
      ],
      fromNotes: true,
    },
    { id: 'B5', title: '检查验收表', columns: ['是否达到', '佐证材料', '备注'] },
  ],
  'hangzhou-2019': [
    {
      id: 'C1',
      title: '市生态环境局廉政风险清单',
      header: ['填报单位', '单位主要负责人(签字)'],
      columns: ['排查类别', '主要廉政风险', '风险类别', '责任部门', '责任领导'],
    },
    {
      id: 'C2',
      title: '市生态环境局机关处室、城区分局、直属单位廉政风险清单',
      header: ['填报部门(单位)', '分管领导(签字)'],
      columns: ['排查类别', '主要廉政风险', '风险类别', '责任部门', '责任领导'],
      fromNotes: true, // FORMS.md says "same as C1"
    },
    {
      id: 'C3',
      title: '市生态环境局深入开展廉政风险排查防控工作安排',
      columns: ['序号', '阶段', '主要任务内容', '牵头单位', '责任单位', '完成时间'],
    },
  ],
  'school-2010': [
    {
      id: 'D1',
      title: '腐败风险点及防控措施自查表',
      columns: [
        '序号',
        '科室',
        '职级',
        '岗位',
        '姓名',
        '风险类型',
        '风险点',
        '风险等级',
        '前期防控措施',
        '中期控制措施',
        '后期处置措施',
      ],
    },
    {
      id: 'D2',
      title: '党员干部勤廉责任卡',
      header: ['姓名', '职务'],
      columns: ['岗位职责', '工作任务', '行为准则'],
    },
    { id: 'D3', title: '廉政承诺书', columns: ['承诺人', '日期'] },
    {
      id: 'D4',
      title: '预警处置登记表',
      columns: [
        // 预警日期 and 回告日期 are lianfang's (derived from the 回告制度), not FORMS.md's.
        '序号',
        '预警对象',
        '反映问题',
        '预警级别',
        '处置方式',
        '回告时限',
        '整改情况',
        '处理结果',
      ],
    },
    { id: 'D5', title: '廉洁指数测评表', columns: ['序号', '姓名', '职务', '测评得分', '是否廉政谈话'] },
  ],
  'railway-2014': [
    { id: 'E1', title: '行政许可职权目录', columns: ['序号', '职权名称', '职权内容', '行使主体', '法律依据'] },
    {
      id: 'E2',
      title: '许可审批事项廉政风险分布表',
      columns: [
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
      ],
    },
  ],
};
