import type { CellValue } from '../cell';
import { drawLegend } from '../build/legend';
import { uniqueSheetName } from '../build/sheetName';
import type { Pack } from '../forms/pack';
import { OWN_NAME_PREFIX } from '../meta/owned';
import type { Op } from '../ops';
import type { WorkbookSnapshot } from '../port';
import { R, SheetWriter } from '../report/writer';
import { explainPack, type Explanation, type ExplainOptions } from './explain';

export const EXPLAIN_SHEET = '说明';
/** The defined name that marks the 说明 sheet as lianfang's, whatever it is renamed to. */
export const EXPLAIN_NAME = `${OWN_NAME_PREFIX}INFO`;

const NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八'];

/**
 * The 说明 sheet: what the plan says, printed on A4 beside its tables. Its sections are numbered as they appear;
 * a section the plan has nothing for is left out.
 */
export function explainSheet(pack: Pack, sheet = EXPLAIN_SHEET, e: Explanation = explainPack(pack)): Op[] {
  const w = new SheetWriter(sheet, [11, 7, 33, 21]); // fits A4 upright at full scale (fitsPortrait)
  let n = 0;
  const section = (title: string) => {
    w.blank();
    w.line(`${NUMBERS[n++]}、${title}`, R.section, 13);
  };
  w.line('说　　明', R.title, 18);
  w.line(`《${e.plan}》(${e.issuer},${e.year}年)`, R.subtitle, 12);
  w.row++;
  drawLegend(pack, w.row, 1, 4, w);

  section(`${e.levelLabel}及颜色标识`);
  const lv = w.table(
    [e.levelLabel, '颜色', '方案规定', '监控责任'],
    e.levels.map((l): CellValue[] => [l.name, l.colour, l.definition ?? null, l.monitor ?? '方案未分级指定']),
    { centered: [0, 1] },
  );
  e.levels.forEach((l, i) => w.style(lv.first + i, 2, lv.first + i, 2, { fill: l.fill, bold: true }));

  section('定级依据和执行的标准');
  if (e.basis) w.labelValue('方案原文', e.basis, 1);
  w.labelValue('定级规则', `${e.rule}(未填等级时按此计算;已填等级不改,不一致时须填写调整理由)`, 1);
  for (const t of e.thresholds) w.labelValue(t.what, `${t.value}。方案原文:${t.words}`, 1);

  if (e.categories.items.length) {
    section(e.categories.label);
    w.table(
      [e.categories.label, '含义(方案原文)'],
      e.categories.items.map((c): CellValue[] => [c.name, c.definition ?? null]),
      { spans: [2, 2] },
    );
  }
  if (e.warnings.length) {
    section('预警级别');
    w.table(
      ['预警级别', '划分标准(方案原文)'],
      e.warnings.map((x): CellValue[] => [x.term, x.text]),
      { spans: [2, 2] },
    );
  }
  if (e.deadlines.length) {
    section('时间要求');
    w.table(
      ['时限', '阶段', '事项', '报送对象'],
      e.deadlines.map((d): CellValue[] => [d.by, d.stage, `${d.what}${d.seal ? `(须${d.seal})` : ''}`, d.to]),
      { centered: [0] },
    );
  }
  const notes = e.forms.filter((f) => f.notes.length);
  if (notes.length) {
    section('各表填写说明');
    for (const f of notes) {
      w.line(`${f.attachment ? `${f.attachment} ` : ''}${f.title}`, { ...R.body, bold: true, border: 'none' });
      for (const t of f.notes) w.line(t, { ...R.note, border: 'none' }, 10);
    }
  }
  return [
    ...w.ops({ orientation: 'portrait', titleRows: '1:2' }),
    { kind: 'defineName', name: EXPLAIN_NAME, sheet, range: '$A$1' },
  ];
}

/**
 * The 说明 sheet's ops for a workbook: added when it has none (named 说明, or 说明 (2) beside a user's own 说明),
 * left alone when it already carries one. `taken` are the sheet names in use, the ones being added included.
 */
export function explainSheetFor(pack: Pack, wb: WorkbookSnapshot, taken: string[], opts: ExplainOptions = {}): Op[] {
  if (wb.names.some((n) => n.name === EXPLAIN_NAME && wb.sheets.some((s) => s.name === n.sheet))) return [];
  const sheet = uniqueSheetName(EXPLAIN_SHEET, taken);
  taken.push(sheet);
  return explainSheet(pack, sheet, explainPack(pack, opts));
}
