import { G, HandTyped, P, type Cell } from './write';

const CATS = ['议事决策类', '权力运行类', '制度机制类', '工作流程类', '岗位履职类', '纪律作风类'];

/** Factor scores (权力重要程度, 自由裁量权, 发生概率, 危害程度) for each level, and one 中 raised to 高 by 重要程度 5. */
const SCORES: Record<string, Array<[number, number, number, number]>> = {
  高: [
    [2, 2, 4, 4],
    [5, 1, 3, 3],
  ],
  中: [[1, 1, 3, 3]],
  低: [[1, 1, 1, 3]],
};

/**
 * 杭州市生态环境局: the bureau's list with one-line category headings and factors in everyday words; a
 * department's list with merged categories; another typed as the plan prints it (no 序号 column, 1、 opening each
 * risk); the work plan with blank cells to catch.
 */
export function hangzhou(dirty: boolean, unit = '杭州市生态环境局'): HandTyped {
  const b = new HandTyped(dirty);
  // 附件1: categories as their own rows (一、议事决策类), numbered 1、2 under each; 2 of 10 are 高 (20%).
  const clean = ['高', '中', '中', '高', '中', '低', '中', '低', '低', '中'];
  const typed = dirty ? ['高', '高', '高', '高', '高', '中', '中', '低', '低', '低'] : clean;
  const rows: Cell[][] = [];
  let n = 0;
  const used: Record<string, number> = { 高: 0, 中: 0, 低: 0 };
  CATS.slice(0, 5).forEach((cat, ci) => {
    rows.push([`${'一二三四五'[ci]}、${cat}`]);
    for (let k = 1; k <= 2; k++) {
      const level = clean[n];
      const [imp, disc, p, i] = SCORES[level][used[level]++ % SCORES[level].length];
      const leader = n === 3 ? P('required_missing', '王副局长', null) : '王副局长';
      const importance = n === 5 ? P('number_out_of_range', imp, 6) : imp;
      rows.push([null, `${k}、`, `${cat}风险${k}`, G(level, typed[n]), '办公室', leader, importance, disc, p, i]);
      n++;
    }
  });
  b.sheet(
    '局本级',
    [
      [],
      ['杭州市生态环境局廉政风险清单'],
      [`填报单位：${unit}`, null, null, '单位主要负责人（签字）：'],
      [
        '排查类别',
        '序号',
        '主要廉政风险',
        '风险类别',
        '责任部门',
        '责任领导',
        '权力重要程度',
        '自由裁量权',
        '发生概率',
        '危害程度',
      ],
      ...rows,
      ['备注：议事决策类指……；权力运行类指……'],
    ],
    { merges: ['A2:F2'] },
  );
  b.expect('top_share_off', '局本级', 'D4');
  b.sheet(
    '行政审批处',
    [
      ['附件2'],
      ['机关处室、城区分局、直属单位廉政风险清单'],
      ['填报部门（单位）', '行政审批处', null, '分管领导（签字）', null],
      ['排 查\n类 别', '序号', '主要廉政风险', '风险类别', '责任部门', '责任领导'],
      ['议事决策类', 1, '重大审批事项未经集体研究', '高', '行政审批处', '李副局长'],
      [null, 2, '会议纪要不完整', '低', '行政审批处', '李副局长'],
      ['权力运行类', 1, '超时限审批', '中', P('required_missing', '行政审批处', null), '李副局长'],
      [null, 2, '违规简化审批程序', '中', '行政审批处', '李副局长'],
      [null, P('seq_break', 3, 4), '审批标准不统一', '低', '行政审批处', '李副局长'],
      ['岗位履职类', 1, '现场核查走过场', P('enum_invalid', '中', '较高'), '行政审批处', '李副局长'],
      [null, 2, '泄露申请人信息', '低风险', '行政审批处', '李副局长'],
      ['填表人：陈静　　　联系电话：0571-87000000'],
    ],
    { merges: ['A2:F2', 'A5:A6', 'A7:A9', 'A10:A11'] },
  );
  // As 附件2 prints it: no 序号 column; the numbers open 主要廉政风险, restarting in each merged 排查类别.
  b.sheet(
    '法规处',
    [
      ['机关处室、城区分局、直属单位廉政风险清单'],
      ['填报部门（单位）：法规处　　　　分管领导（签字）：'],
      ['排查类别', '主要廉政风险', '风险类别', '责任部门', '责任领导'],
      ['议事决策类', '1、重大行政决策未经合法性审查', '高', '法规处', '张副局长'],
      [null, '2、会议纪要不完整', '低', '法规处', '张副局长'],
      [null, P('seq_break', '3、规范性文件备案滞后', '4、规范性文件备案滞后'), '中', '法规处', '张副局长'],
      ['纪律作风类', '1、与管理服务对象不当交往', '中', '法规处', P('required_missing', '张副局长', null)],
      ['本表一式两份，书面稿和电子稿各一份。'],
    ],
    { merges: ['A1:E1', 'A4:A6', 'A8:E8'] },
  );
  b.sheet(
    '工作安排',
    [
      ['深入开展廉政风险排查防控工作安排'],
      ['序号', '阶段', '主要任务内容', '牵头单位', '责任单位', '完成时间'],
      [1, '动员部署深入排查分析阶段', '召开动员会', '局机关纪委', '各处室', '2019年7月'],
      [2, null, '排查廉政风险', P('required_missing', '局机关纪委', null), '各处室', '2019年8月10日前'],
      [3, '动态防控完善制度机制阶段', '完善制度', '办公室', '各处室', P('required_missing', '2019年9月底', null)],
      ['制表：机关纪委　　　　　　2019年6月27日'],
    ],
    { merges: ['B3:B4'] },
  );
  return b;
}
