/**
 * The words offices type for each column and header field, shared by every pack where the meaning is shared.
 * A form's column finds its term by its label (or names it with `term` where the plan's word means something
 * else, as hangzhou's 风险类别 for the level). Matching is tolerant (see termKey): spaces, full-width forms,
 * bracketed notes and units, 的, and endings such as 程度 / 大小 / 性 are ignored, so each spelling is listed once.
 * The README's list of recognised spellings is generated from this file (scripts/lexiconReadme.ts).
 */
export interface Term {
  id: string;
  /** What the term means, as the README lists it. */
  meaning: string;
  words: readonly string[];
  /** A grading factor: a heading of this term that a pack's scheme does not use is reported, not ignored. */
  factor?: boolean;
}

export const COLUMN_TERMS: readonly Term[] = [
  { id: 'seq', meaning: '序号', words: ['序号', '编号', '序', 'No', 'No.', 'NO', '顺序号'] },
  {
    id: 'riskPoint',
    meaning: '风险点',
    words: [
      '风险点',
      '风险点描述',
      '风险点表现形式',
      '风险点表现',
      '风险点及表现形式',
      '廉政风险点',
      '腐败风险点',
      '岗位风险点',
      '主要风险点',
      '具体风险点',
      '主要廉政风险',
      '廉政风险',
      '风险描述',
      '风险内容',
      '风险点名称',
      '风险事项',
    ],
  },
  { id: 'manifestation', meaning: '表现形式', words: ['表现形式', '具体表现', '主要表现', '表现'] },
  {
    id: 'level',
    meaning: '风险等级',
    words: ['风险等级', '风险级别', '等级', '风险等次', '评定等级', '风险评级', '定级', '风险定级'],
  },
  { id: 'category', meaning: '风险类别 / 风险类型', words: ['风险类别', '风险类型', '风险种类', '风险分类', '类型'] },
  { id: 'checkCategory', meaning: '排查类别', words: ['排查类别', '排查类型', '风险排查类别', '类别'] },
  {
    id: 'measures',
    meaning: '防控措施',
    words: ['防控措施', '预防措施', '防范措施', '风险防控措施', '主要防控措施', '防控办法', '措施', '防控措施及办法'],
  },
  {
    id: 'earlyMeasure',
    meaning: '前期防控措施',
    words: ['前期防控措施', '前期预防措施', '事前防控措施', '事前预防措施', '前期防控', '事前防控'],
  },
  {
    id: 'midMeasure',
    meaning: '中期控制措施',
    words: ['中期控制措施', '中期监控措施', '事中控制措施', '事中监控措施', '中期控制', '事中控制'],
  },
  {
    id: 'lateMeasure',
    meaning: '后期处置措施',
    words: ['后期处置措施', '事后处置措施', '后期处置', '事后处置', '后期处理措施'],
  },
  {
    id: 'dept',
    meaning: '科室',
    words: ['科室', '处室', '股室', '内设机构', '部门', '所在科室', '所在部门', '科股室', '处科室'],
  },
  { id: 'post', meaning: '岗位', words: ['岗位', '岗位名称', '重点岗位', '工作岗位', '所在岗位', '岗位名'] },
  { id: 'rank', meaning: '职级', words: ['职级', '职务级别'] },
  { id: 'title', meaning: '职务', words: ['职务', '现任职务', '行政职务', '职位'] },
  { id: 'name', meaning: '姓名', words: ['姓名', '名字', '人员姓名'] },
  { id: 'owner', meaning: '责任人', words: ['责任人', '负责人', '责任人员', '具体责任人'] },
  {
    id: 'responsibleDept',
    meaning: '责任部门 / 责任单位',
    words: ['责任部门', '责任处室', '责任科室', '责任单位', '责任股室'],
  },
  { id: 'leadUnit', meaning: '牵头单位', words: ['牵头单位', '牵头部门', '牵头处室', '牵头科室'] },
  { id: 'leader', meaning: '责任领导', words: ['责任领导', '分管领导', '主管领导', '分管局领导', '责任局领导'] },
  { id: 'monitor', meaning: '监控责任', words: ['监控责任', '监控责任人', '监控主体', '监督责任', '监控人'] },
  { id: 'adjustReason', meaning: '调整理由', words: ['调整理由', '调整原因', '定级理由', '等级调整理由'] },
  {
    id: 'probability',
    meaning: '发生概率',
    factor: true,
    words: [
      '发生概率',
      '发生可能性',
      '可能性',
      '发生几率',
      '几率',
      '概率',
      '发生频率',
      '频率',
      '风险发生概率',
      '风险发生可能性',
      '腐败现象发生的概率',
      '腐败行为发生几率',
    ],
  },
  {
    id: 'impact',
    meaning: '危害程度',
    factor: true,
    words: [
      '危害程度',
      '危害性',
      '危害',
      '严重程度',
      '后果的严重程度',
      '后果严重程度',
      '后果',
      '影响程度',
      '危害后果',
      '损失程度',
    ],
  },
  {
    id: 'discretion',
    meaning: '自由裁量权大小',
    factor: true,
    words: ['自由裁量权', '自由裁量权的大小', '裁量权', '自由裁量空间', '裁量空间', '自由裁量'],
  },
  {
    id: 'funds',
    meaning: '资金关联程度',
    factor: true,
    words: ['资金关联程度', '行政权力与资金关联程度', '资金关联', '与资金关联程度', '权力与资金关联程度'],
  },
  {
    id: 'importance',
    meaning: '权力重要程度',
    factor: true,
    words: ['权力重要程度', '重要程度', '权力重要性', '权力大小'],
  },
  { id: 'urgency', meaning: '紧急程度', factor: true, words: ['紧急程度', '紧迫程度', '紧急', '紧迫'] },
  { id: 'keyMatter', meaning: '重点事项', words: ['重点事项', '主要事项', '事项'] },
  { id: 'powerType', meaning: '权力类型', words: ['权力类型', '职权类型', '权力类别', '权力种类'] },
  { id: 'licence', meaning: '许可事项', words: ['许可事项', '审批事项', '许可审批事项', '行政许可事项'] },
  { id: 'step', meaning: '流程环节', words: ['流程环节', '环节', '办理环节', '工作环节', '运行环节'] },
  { id: 'rulePlan', meaning: '制度建设计划', words: ['制度建设计划', '制度建设', '制度计划', '建章立制计划'] },
  {
    id: 'deadline',
    meaning: '完成时限 / 完成时间',
    words: ['完成时限', '完成时间', '完成期限', '时限要求', '时间要求', '完成日期', '时间节点'],
  },
  { id: 'power', meaning: '职权名称', words: ['职权名称', '权力名称', '职权事项', '权力事项', '职权'] },
  { id: 'powerContent', meaning: '职权内容', words: ['职权内容', '权力内容', '职权具体内容'] },
  {
    id: 'basis',
    meaning: '设定依据 / 法律依据',
    words: ['设定依据', '设置依据', '法律依据', '法定依据', '依据', '法律法规依据', '政策依据', '法规依据'],
  },
  { id: 'duties', meaning: '岗位职责 / 职责内容', words: ['职责内容', '岗位职责', '主要职责', '工作职责', '职责'] },
  {
    id: 'handler',
    meaning: '办理主体 / 行使主体',
    words: ['办理主体', '办理主题', '行使主体', '实施主体', '责任主体', '承办主体'],
  },
  { id: 'publicity', meaning: '公开形式', words: ['公开形式', '公开方式', '公开途径', '公开渠道'] },
  { id: 'timeLimit', meaning: '办结时限', words: ['办结时限', '办理时限', '承诺时限', '法定时限', '办结期限'] },
  { id: 'stage', meaning: '阶段', words: ['阶段', '工作阶段', '实施阶段'] },
  { id: 'tasks', meaning: '主要任务', words: ['主要任务内容', '主要任务', '任务内容', '工作任务', '工作内容'] },
  { id: 'conduct', meaning: '行为准则', words: ['行为准则', '行为规范'] },
  {
    id: 'checkItem',
    meaning: '检查项目',
    words: ['检查项目', '检查内容', '检查验收内容', '检查验收项目', '验收内容', '验收项目', '项目', '内容'],
  },
  { id: 'reached', meaning: '是否达到', words: ['是否达到', '达到情况', '是否达标', '达标情况', '完成情况'] },
  { id: 'evidence', meaning: '佐证材料', words: ['佐证材料', '佐证资料', '证明材料', '支撑材料', '佐证'] },
  { id: 'remark', meaning: '备注', words: ['备注', '附注'] },
  { id: 'target', meaning: '预警对象', words: ['预警对象', '被预警对象', '被预警人', '对象'] },
  { id: 'issue', meaning: '反映问题', words: ['反映问题', '反映的问题', '存在问题', '问题'] },
  { id: 'warningLevel', meaning: '预警级别', words: ['预警级别', '预警等级'] },
  { id: 'disposal', meaning: '处置方式', words: ['处置方式', '处理方式', '处置措施'] },
  { id: 'replyLimit', meaning: '回告时限', words: ['回告时限', '规定时限', '回复时限', '回告期限'] },
  { id: 'rectification', meaning: '整改情况', words: ['整改情况', '整改措施', '整改落实情况'] },
  { id: 'outcome', meaning: '处理结果', words: ['处理结果', '处置结果', '结果'] },
  { id: 'score', meaning: '测评得分', words: ['测评得分', '得分', '廉洁指数', '测评分数', '测评结果', '分数'] },
  { id: 'talk', meaning: '是否廉政谈话', words: ['是否廉政谈话', '廉政谈话', '是否谈话', '是否进行廉政谈话'] },
  { id: 'pledger', meaning: '承诺人', words: ['承诺人', '承诺人签字', '承诺人签名'] },
  { id: 'date', meaning: '日期', words: ['日期', '承诺日期', '签订日期', '签字日期'] },
];

export const FIELD_TERMS: readonly Term[] = [
  {
    id: 'unit',
    meaning: '单位名称',
    words: [
      '单位',
      '单位名称',
      '填报单位',
      '报送单位',
      '申报单位',
      '被检查单位',
      '所在单位',
      '单位全称',
      '盖章单位',
      '填报单位名称',
    ],
  },
  {
    id: 'dept',
    meaning: '科室 / 内设机构',
    words: ['科室', '内设机构', '股室', '处室', '部门', '所在科室', '所在部门', '填报部门', '科股室'],
  },
  { id: 'name', meaning: '姓名', words: ['姓名', '名字', '本人姓名'] },
  {
    id: 'post',
    meaning: '职务 / 岗位',
    words: ['岗位', '职务', '岗位名称', '职位', '现任职务', '工作岗位', '所在岗位', '职务岗位'],
  },
  { id: 'duties', meaning: '岗位职责', words: ['岗位职责', '主要职责', '职责', '工作职责', '职责内容'] },
  { id: 'coreFunction', meaning: '核心职能', words: ['核心职能', '主要职能', '职能'] },
  { id: 'head', meaning: '单位主要负责人', words: ['单位主要负责人', '主要负责人', '单位负责人'] },
  { id: 'inCharge', meaning: '分管领导', words: ['分管领导', '分管负责人', '分管局领导'] },
];
