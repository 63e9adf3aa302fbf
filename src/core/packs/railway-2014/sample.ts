import type { PackInput } from '../../forms/pack';

const unit = '国家铁路局运输监督管理司';

/** A realistic filled sample in the plan's terms (seed 004: 行政许可, 流程图, 风险点, 防控措施, 完成时限). */
export const sample: PackInput['sample'] = {
  unit,
  instances: [
    {
      form: 'E1',
      header: { unit },
      rows: [
        {
          seq: 1,
          power: '铁路运输企业准入许可',
          content: '对申请从事铁路旅客、货物公共运输营业的企业进行审查,作出是否准予许可的决定',
          subject: '国家铁路局',
          basis: '《中华人民共和国行政许可法》《铁路运输企业准入许可办法》',
        },
        {
          seq: 2,
          power: '铁路机车车辆驾驶人员资格许可',
          content: '对铁路机车车辆驾驶人员资格申请进行考试、审查并核发驾驶证',
          subject: '国家铁路局',
          basis: '《铁路安全管理条例》',
        },
      ],
    },
    {
      form: 'E2',
      header: { unit },
      rows: [
        {
          seq: 1,
          item: '铁路运输企业准入许可',
          step: '受理',
          riskPoint: '对申请材料不全的予以受理,或故意拖延受理',
          manifestation: '吃拿卡要、优亲厚友',
          riskType: '权力行使',
          level: '中',
          measures: '实行一次性告知和限时办结,受理信息网上公开',
          rulePlan: '制定受理工作规范',
          deadline: '2014年12月底',
          owner: '受理岗',
          probability: 3,
          impact: 3,
        },
        {
          seq: 2,
          item: '铁路运输企业准入许可',
          step: '审查',
          riskPoint: '审查中降低许可条件,为特定企业谋取利益',
          manifestation: '权钱交易、违规许可',
          riskType: '权力行使',
          level: '高',
          measures: '两人以上共同审查,审查意见集体研究',
          rulePlan: '制定许可审查细则',
          deadline: '2014年12月底',
          owner: '处长',
          probability: 3,
          impact: 5,
        },
        {
          seq: 3,
          item: '铁路运输企业准入许可',
          step: '决定',
          riskPoint: '许可决定程序不规范,缺乏监督制约',
          manifestation: '个人说了算',
          riskType: '制度机制',
          level: '中',
          measures: '许可决定经司务会集体审定',
          owner: '司长',
          probability: 2,
          impact: 5,
        },
        {
          seq: 4,
          item: '驾驶人员资格许可',
          step: '考试',
          riskPoint: '考试中泄露试题、违规评分',
          manifestation: '接受考生或单位请托',
          riskType: '思想道德',
          level: '低',
          measures: '题库随机组卷,考试全程录像',
          owner: '考试岗',
          probability: 2,
          impact: 3,
        },
      ],
    },
  ],
};
