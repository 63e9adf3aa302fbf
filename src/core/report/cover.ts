import type { CellValue } from '../cell';
import type { Pack } from '../forms/pack';
import type { Op } from '../ops';
import { VERIFICATION_TEXT, type PlacedForm } from './formSheets';
import type { ReportModel } from './model';
import { validationCounts } from './counts';
import { validationText } from './rollupSheets';
import { gradedOf, levelCounts, percent, riskPoints } from './risks';
import { R, SheetWriter } from './writer';
import { unitLabel } from './unitLabel';

export const COVER_SHEET = '封面';

export interface TocEntry {
  sheet: string;
  what: string;
}

/**
 * 封面: who reports what for which period, counts by level, validation and sign-off status of every
 * form, and a table of contents whose entries link to their sheets.
 */
export function coverSheet(pack: Pack, model: ReportModel, placed: PlacedForm[], toc: TocEntry[]): Op[] {
  const w = new SheetWriter(COVER_SHEET, [5, 14, 11, 11, 10, 10, 11]); // fits A4 upright at full scale (fitsPortrait)
  const units = model.units.map(unitLabel);
  w.line(pack.reportTitle ?? '廉政风险防控工作报送材料', R.title, 18);
  w.line(model.plan, R.subtitle, 12);
  w.blank();
  w.labelValue('单位名称', units.length === 1 ? units[0] : `${units.length} 个单位：${units.join('、')}`);
  w.labelValue('实施方案', `${pack.name}（${pack.issuer} ${pack.year}）`);
  w.labelValue('报送期间', model.period);
  w.labelValue('生成日期', model.generated);
  if (pack.reportTo) w.labelValue('报送', pack.reportTo);
  // 提示 (notices) are listed in 校验问题清单 too: the cover counts them, so its line never says "no problems" over a
  // list that has some.
  const { errors, warnings, notices } = validationCounts(model);
  const checked = model.units.every((u) => u.validation.checked);
  const alsoNotices = notices ? `；另有 ${notices} 条提示（见校验问题清单）` : '';
  w.labelValue(
    '校验情况',
    !checked
      ? '未校验（报送前请先运行校验）'
      : errors || warnings
        ? `${errors} 个错误，${warnings} 个提醒${alsoNotices}`
        : notices
          ? `校验通过，没有错误或提醒${alsoNotices}`
          : '校验通过，没有发现问题',
  );

  w.blank();
  w.line(`一、风险点数量（按${pack.levelLabel}）`, R.section, 13);
  const points = riskPoints(pack, model);
  const all = levelCounts(pack, points);
  const levels = pack.grading.levels;
  // Who monitors each level, where the plan says (heshui, school); plans that name a leader per risk do so there.
  const monitored = levels.some((l) => l.monitor);
  const rows: CellValue[][] = levels.map((l, i) => [
    i + 1,
    `${l.name}（${l.colour}）`,
    all.byLevel[i],
    percent(all.byLevel[i], gradedOf(all)),
    ...(monitored ? [l.monitor ?? ''] : []),
  ]);
  // Shares are of the graded points, as 风险汇总 and the committee's consolidation take them: one 20% verdict.
  if (all.ungraded) rows.push([levels.length + 1, '未定级', all.ungraded, '—', ...(monitored ? [''] : [])]);
  w.table(['序号', pack.levelLabel, '数量', '占已定级比例', ...(monitored ? ['监控责任'] : [])], rows, {
    centered: [0, 1, 2, 3],
    fills: [...levels.map((l) => l.fill), undefined],
    totals: ['', '合计', all.total, gradedOf(all) && !all.ungraded ? '100%' : '—', ...(monitored ? [''] : [])],
    spans: monitored ? [1, 1, 1, 1, 3] : [1, 1, 2, 3],
  });

  w.blank();
  w.line('二、目　录', R.section, 13);
  const tocTable = w.table(
    ['序号', '工作表', '内容'],
    toc.map((t, i): CellValue[] => [i + 1, t.sheet, t.what]),
    { centered: [0], spans: [1, 2, 4] },
  );
  toc.forEach((t, i) => w.link(tocTable.first + i, 2, t.sheet, t.sheet));
  w.blank();
  w.line('三、签字盖章情况', R.section, 13);
  const signRows: CellValue[][] = [];
  let n = 0;
  for (const p of placed) {
    if (!p.form.signoff.length) continue;
    const status = p.form.signoff.map((s) => {
      const st = p.data.stamps.find((x) => x.role === s.role);
      return st ? `${s.who}：${st.decision}（${VERIFICATION_TEXT[st.verification]}）` : `${s.who}：未签`;
    });
    const done = p.form.signoff.filter((s) => p.data.stamps.some((x) => x.role === s.role)).length;
    signRows.push([++n, p.sheet, `${done}/${p.form.signoff.length}`, status.join('；')]);
  }
  w.table(['序号', '表格', '已签', '各环节'], signRows, {
    centered: [0, 2],
    empty: '本方案的表格不需签字。',
    spans: [1, 1, 1, 4],
  });

  if (model.units.some((u) => u.validation.checked)) {
    w.blank();
    w.line('四、校验结果', R.section, 13);
    const vrows = model.units.map((u, i): CellValue[] => [i + 1, unitLabel(u), validationText(u.validation)]);
    w.table(['序号', '单位', '结果'], vrows, { centered: [0], spans: [1, 1, 5] });
  }

  return w.ops({ orientation: 'portrait' });
}
