import type { PackInput } from '../../forms/pack';

const unit = '濮阳市科学技术局';

/**
 * A realistic filled sample, drawn from the plan's own wording (seed 000). Its people are invented: never the real
 * people the seeds name. Each person holds one post wherever they appear.
 */
export const sample: PackInput['sample'] = {
  unit,
  instances: [
    {
      form: 'A1',
      header: { unit },
      rows: [
        {
          seq: 1,
          post: '副局长',
          duties: '协助局长分管科技项目、科技经费和科技奖励评审工作',
          handler: '局领导班子',
          basis: '市科技局“三定”方案',
        },
        {
          seq: 2,
          post: '办公室主任',
          duties: '负责局机关日常运转、公文处理、财务及资产管理',
          handler: '办公室',
          basis: '市科技局“三定”方案',
        },
        {
          seq: 3,
          post: '计划财务科科长',
          duties: '负责科技经费预算编制、资金拨付和监督检查',
          handler: '计划财务科',
          basis: '《濮阳市科技经费管理办法》',
        },
        {
          seq: 4,
          post: '科技项目管理岗',
          duties: '负责科技项目立项受理、评审组织和验收',
          handler: '高新技术科',
          basis: '《濮阳市科技计划项目管理办法》',
        },
        {
          seq: 5,
          post: '知识产权执法岗',
          duties: '负责专利行政执法和专利纠纷调处',
          handler: '市知识产权局',
          basis: '《专利行政执法办法》',
        },
      ],
    },
    {
      form: 'A2',
      header: { unit },
      rows: [
        {
          seq: 1,
          power: '科技项目立项',
          content: '受理、审核、评审并确定市级科技计划项目',
          basis: '《濮阳市科技计划项目管理办法》',
          publicity: '濮阳市科技网站',
          timeLimit: '20日',
          handler: '高新技术科',
        },
        {
          seq: 2,
          power: '科技成果鉴定',
          content: '组织专家对科技成果进行鉴定',
          basis: '《科学技术成果鉴定办法》',
          publicity: '濮阳日报科技之光专版',
          timeLimit: '30个工作日',
          handler: '成果科',
        },
        {
          seq: 3,
          power: '专利行政处罚',
          content: '对假冒专利行为依法作出行政处罚',
          basis: '《中华人民共和国专利法》',
          publicity: '依申请公开',
          timeLimit: '即办',
          handler: '市知识产权局',
        },
      ],
    },
    {
      form: 'A3',
      name: '周立新',
      header: { unit, name: '周立新', post: '党组成员、副局长', duties: '分管科技项目、科技经费及科技奖励评审工作' },
      rows: [
        {
          riskPoint: '在科技项目立项中利用审批权为特定单位谋取利益',
          level: '一级',
          category: '岗位职责',
          probability: 3,
          impact: 5,
          power: '科技项目立项',
          stage: '审核',
        },
        {
          riskPoint: '大额科技经费分配未经集体研究、个人说了算',
          level: '一级',
          category: '制度机制',
          probability: 3,
          impact: 5,
          power: '科技项目立项',
          stage: '办理',
        },
        {
          riskPoint: '接受项目申报单位宴请或礼金',
          level: '二级',
          category: '思想道德',
          probability: 2,
          impact: 5,
          power: '科技项目立项',
          stage: '提出',
        },
      ],
    },
    {
      form: 'A3',
      name: '孙晓梅',
      header: { unit, name: '孙晓梅', post: '科技项目管理岗', duties: '科技项目受理、材料初审和评审组织' },
      rows: [
        {
          riskPoint: '项目受理时对申报材料审核把关不严',
          level: '二级',
          category: '业务流程',
          probability: 3,
          impact: 3,
          power: '科技项目立项',
          stage: '受理',
        },
        {
          riskPoint: '评审专家抽取不规范,向申报单位泄露专家名单',
          level: '二级',
          category: '业务流程',
          probability: 2,
          impact: 4,
          power: '科技成果鉴定',
          stage: '审核',
        },
        {
          riskPoint: '办理事项超过办结时限、吃拿卡要',
          level: '三级',
          category: '思想道德',
          probability: 2,
          impact: 3,
          power: '科技项目立项',
          stage: '反馈',
        },
      ],
    },
    {
      form: 'A3',
      name: '高建平',
      header: { unit, name: '高建平', post: '知识产权执法岗', duties: '专利行政执法和专利纠纷调处' },
      rows: [
        {
          riskPoint: '专利行政处罚中滥用自由裁量权、以罚代处',
          level: '一级',
          category: '岗位职责',
          probability: 3,
          impact: 5,
          power: '专利行政处罚',
          stage: '办理',
        },
        {
          riskPoint: '案件调查取证不全即作出处罚决定',
          level: '二级',
          category: '业务流程',
          probability: 2,
          impact: 4,
          power: '专利行政处罚',
          stage: '审核',
        },
        {
          riskPoint: '处罚结果未按规定公开',
          level: '三级',
          category: '制度机制',
          probability: 2,
          impact: 2,
          power: '专利行政处罚',
          stage: '反馈',
        },
      ],
    },
  ],
};
