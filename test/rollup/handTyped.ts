import ExcelJS from 'exceljs';
import type { Pack } from '../../src/core/forms/pack';
import type { Form } from '../../src/core/forms/schema';
import { riskColumns } from '../../src/core/report/roles';

/** How offices really write a level: Ⅰ级, 1级, 一级风险, 高风险, 风险高 … (validation accepts them with a notice). */
const LEVEL_SPELLINGS: Record<string, string[]> = {
  一级: ['Ⅰ级', '1级', '一级风险', '一级'],
  二级: ['二级', 'Ⅱ级', '2级'],
  三级: ['三级', '3级', 'Ⅲ级'],
  高: ['高风险', '高', '风险高'],
  中: ['中', '中风险'],
  低: ['低风险', '低'],
};

/** 岗位职责 typed as 岗位职责风险, 思想道德风险 as 思想道德, 议事决策类 as 议事决策. */
function categorySpelling(c: string, i: number): string {
  if (i % 2 === 0) return c;
  if (c.endsWith('风险')) return c.slice(0, -2);
  if (c.endsWith('类')) return c.slice(0, -1);
  return `${c}风险`;
}

export interface TypedRow {
  sheet: string;
  /** The canonical level and category the row stands for (what every count must use). */
  level: string | null;
  category: string | null;
  /** What the sheet holds. */
  typedLevel: string | null;
  typedCategory: string | null;
}

/**
 * A unit's workbook typed by hand from the pack's sample (not through lianfang's template): a title a row down,
 * the header fields in one cell, the plan's column labels, group cells merged down, and levels and categories
 * spelled the many ways offices spell them. Returns what each row stands for, to count against.
 */
export function handTypedWorkbook(pack: Pack): { wb: ExcelJS.Workbook; rows: TypedRow[] } {
  const wb = new ExcelJS.Workbook();
  const rows: TypedRow[] = [];
  let n = 0;
  for (const form of pack.forms) {
    const level = form.columns.find((c) => c.kind === 'level' && !c.extra);
    if (!level || form.kind === 'rollup') continue;
    for (const inst of pack.sample.instances.filter((i) => i.form === form.id)) {
      const name = `${form.id}${inst.name ? ` ${inst.name}` : ''}`;
      const ws = wb.addWorksheet(name);
      const cols = form.columns.filter((c) => !c.extra);
      const cat = categoryKey(pack, form);
      ws.getCell(2, 1).value = form.title;
      ws.mergeCells(2, 1, 2, cols.length);
      const fields = form.header.filter((h) => inst.header[h.key] !== null && inst.header[h.key] !== undefined);
      ws.getCell(3, 1).value = fields.map((h) => `${h.label}:${String(inst.header[h.key])}`).join('　　');
      cols.forEach((c, i) => (ws.getCell(4, i + 1).value = c.label));
      inst.rows.forEach((r, ri) => {
        const at = 5 + ri;
        const typedLevel = typeof r[level.key] === 'string' ? spell(String(r[level.key]), n++) : null;
        const typedCategory = cat && typeof r[cat] === 'string' ? categorySpelling(String(r[cat]), n++) : null;
        cols.forEach((c, i) => {
          const v = c.key === level.key ? typedLevel : c.key === cat ? typedCategory : (r[c.key] ?? null);
          if (v !== null) ws.getCell(at, i + 1).value = v;
        });
        rows.push({
          sheet: name,
          level: typeof r[level.key] === 'string' ? String(r[level.key]) : null,
          category: cat ? ((r[cat] as string | null) ?? null) : null,
          typedLevel,
          typedCategory,
        });
      });
      mergeGroups(ws, form, inst.rows, 5);
      // A 合计 line under the rows, as offices close a table: its words in the risk column too (共 3 个风险点), which
      // no count of risk points may take for one.
      const text = riskColumns(pack, form).text;
      const totalRow = 5 + inst.rows.length;
      ws.getCell(totalRow, 1).value = '合计';
      if (text && cols.indexOf(text) > 0)
        ws.getCell(totalRow, cols.indexOf(text) + 1).value = `共 ${inst.rows.length} 个风险点`;
    }
  }
  return { wb, rows };
}

const spell = (level: string, i: number): string => {
  const list = LEVEL_SPELLINGS[level] ?? [level];
  return list[i % list.length];
};

function categoryKey(pack: Pack, form: Form): string | undefined {
  return form.columns.find(
    (c) => c.label === pack.categories.label || (c.options ?? []).some((o) => pack.categories.values.includes(o)),
  )?.key;
}

/** A group column (hangzhou 排查类别) is merged down over its rows, as offices type it: only the top cell holds it. */
function mergeGroups(ws: ExcelJS.Worksheet, form: Form, rows: Array<Record<string, unknown>>, top: number): void {
  const cols = form.columns.filter((c) => !c.extra);
  const gi = cols.findIndex((c) => c.group);
  if (gi < 0) return;
  const key = cols[gi].key;
  let start = 0;
  for (let i = 1; i <= rows.length; i++)
    if (i === rows.length || rows[i][key] !== rows[start][key]) {
      if (i - start > 1) ws.mergeCells(top + start, gi + 1, top + i - 1, gi + 1);
      start = i;
    }
}
