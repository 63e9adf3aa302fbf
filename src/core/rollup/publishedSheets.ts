import { rangeAddress } from '../a1';
import { displayText } from '../cell';
import { buildFormSheet } from '../build/formSheet';
import type { RowRecord } from '../build/rows';
import type { Pack } from '../forms/pack';
import type { Form } from '../forms/schema';
import type { GradingScheme } from '../grade/scheme';
import { message } from '../messages';
import { compact } from '../normalise/text';
import type { Op } from '../ops';
import { countFormula, type Criterion } from './countifs';
import type { RiskRow, RiskSource } from './riskRows';
import { categoryCriterion, levelCriterion, spellingsIn } from './spellings';

const ZH = new Intl.Collator('zh-CN');

/** Titles the plans give the published, sorted registers (school: 岗位腐败风险点目录). */
const PUBLISHED_TITLES: Record<string, string> = { 'school-2010:D1': '岗位腐败风险点目录' };
/** Registers the plans want grouped by a column (railway: 许可审批事项廉政风险分布表 by 许可事项). */
const GROUPED_BY: Record<string, string> = { 'railway-2014:E2': 'item' };

export interface PublishedSheet {
  /** Stable id of the generated sheet (its defined name is LF_ROLLUP_<id>). */
  id: string;
  wanted: string;
  build: (sheet: string, anchor: string) => Op[];
}

/**
 * A row as the published list prints it: as typed, but for a level read (3, Ⅲ级, 三级风险), which is printed as the
 * plan names it (三级) so that the list reads as the 风险汇总 counts; a level no level was read for stays as typed.
 */
const recordOf = (form: Form, scheme: GradingScheme, r: RiskRow): RowRecord => {
  const rec: RowRecord = {};
  for (const c of form.columns) {
    const v = r.cells[c.key];
    rec[c.key] = v === undefined || v === null ? null : typeof v === 'number' ? v : displayText(v);
    if (c.kind === 'level' && !c.extra && r.level !== undefined) rec[c.key] = scheme.levels[r.level].name;
  }
  return rec;
};

/** The sheets a pack's plan asks to be built from the detail forms: B4, the sorted register, the grouped table. */
export function publishedSheets(
  pack: Pack,
  scheme: GradingScheme,
  sources: RiskSource[],
  rows: RiskRow[],
  unit: string,
): PublishedSheet[] {
  const out: PublishedSheet[] = [];
  for (const form of pack.forms) {
    const key = `${pack.id}:${form.id}`;
    if (form.rollupOf.length) out.push(rollupForm(pack, form, scheme, sources, rows, unit));
    if (form.sortBy.length && rows.some((r) => r.source.form.id === form.id)) {
      const title = PUBLISHED_TITLES[key] ?? `${form.title}(排序)`;
      const mine = rows.filter((r) => r.source.form.id === form.id);
      const sorted = sortRows(form, scheme, mine);
      out.push({
        id: `${form.id}_SORTED`,
        wanted: title,
        build: (sheet, anchor) =>
          buildFormSheet({
            pack,
            form: { ...form, title },
            sheet,
            anchor,
            header: { unit },
            rows: renumber(
              form,
              sorted.map((r) => recordOf(form, scheme, r)),
            ),
          }).ops,
      });
    }
    const by = GROUPED_BY[key];
    if (by && rows.some((r) => r.source.form.id === form.id)) {
      const mine = rows.filter((r) => r.source.form.id === form.id);
      const order = [...new Set(mine.map((r) => displayText(r.cells[by] ?? null)))];
      const grouped = order.flatMap((g) => mine.filter((r) => displayText(r.cells[by] ?? null) === g));
      const groupedForm: Form = {
        ...form,
        columns: form.columns.map((c) => (c.key === by ? { ...c, group: true } : c)),
      };
      out.push({
        id: `${form.id}_BY_${by.toUpperCase()}`,
        wanted: `${form.title}(按${form.columns.find((c) => c.key === by)?.label ?? by})`,
        build: (sheet, anchor) =>
          buildFormSheet({
            pack,
            form: groupedForm,
            sheet,
            anchor,
            header: { unit },
            rows: renumber(
              form,
              grouped.map((r) => recordOf(form, scheme, r)),
              by,
            ),
          }).ops,
      });
    }
  }
  return out;
}

/**
 * Sorted the way the plan orders the register: levels top first, a column with an order of its own (职级) in that
 * order, other text in 拼音 order, blanks last.
 */
export function sortRows(form: Form, scheme: GradingScheme, rows: RiskRow[]): RiskRow[] {
  const levelKey = form.columns.find((c) => c.kind === 'level')?.key;
  const orders = new Map(form.columns.filter((c) => c.order).map((c) => [c.key, c.order!.map((o) => compact(o))]));
  const rank = (order: string[], text: string) => {
    const t = compact(text);
    const i = order.findIndex((o) => t.startsWith(o));
    return i < 0 ? order.length : i;
  };
  const cmp = (a: RiskRow, b: RiskRow): number => {
    for (const k of form.sortBy) {
      if (k === levelKey) {
        const d = (a.level ?? 99) - (b.level ?? 99);
        if (d) return d;
        continue;
      }
      const x = displayText(a.cells[k] ?? null);
      const y = displayText(b.cells[k] ?? null);
      if (x === y) continue;
      if (!x) return 1;
      if (!y) return -1;
      const order = orders.get(k);
      const d = order ? rank(order, x) - rank(order, y) : 0;
      if (d) return d;
      return ZH.compare(x, y);
    }
    return 0;
  };
  return [...rows].sort(cmp); // stable: equal rows keep sheet order
}

function renumber(form: Form, recs: RowRecord[], groupKey?: string): RowRecord[] {
  if (!form.columns.some((c) => c.key === 'seq')) return recs;
  let n = 0;
  let last: unknown = Symbol();
  return recs.map((r) => {
    if (groupKey && r[groupKey] !== last) {
      n = 0;
      last = r[groupKey];
    }
    return { ...r, seq: ++n };
  });
}

/** B4 from B1–B3: one row per 科室 and 岗位 with live counts of each level and each category. */
function rollupForm(
  pack: Pack,
  form: Form,
  scheme: GradingScheme,
  sources: RiskSource[],
  rows: RiskRow[],
  unit: string,
): PublishedSheet {
  const from = sources.filter((s) => form.rollupOf.includes(s.form.id));
  const fromRows = rows.filter((r) => form.rollupOf.includes(r.source.form.id));
  const dimKeys = form.columns
    .filter((c) => c.kind === 'text' && (c.key === 'dept' || c.key === 'post'))
    .map((c) => c.key as 'dept' | 'post');
  const groups = new Map<string, { values: Record<string, string>; rows: RiskRow[] }>();
  for (const r of fromRows) {
    const values = Object.fromEntries(dimKeys.map((k) => [k, r.dims[k] ?? '']));
    const key = JSON.stringify(values);
    if (!groups.has(key)) groups.set(key, { values, rows: [] });
    groups.get(key)!.rows.push(r);
  }
  const list = [...groups.values()].sort((a, b) => {
    for (const k of dimKeys) {
      const d = ZH.compare(a.values[k], b.values[k]);
      if (d) return d;
    }
    return 0;
  });
  const levelOf = (label: string) => scheme.levels.findIndex((l) => l.name === label);
  const counts = form.columns.filter((c) => c.kind === 'count');
  const sp = spellingsIn(
    fromRows,
    scheme.levels.map((l) => l.name),
    pack.categories.values,
  );
  // B3 has no 风险类型: its risk points count by level only, and a row made of them alone shows — for each type.
  const untyped = [...new Set(from.filter((s) => !s.categoryKey).map((s) => s.form))];
  const footer = untyped.length
    ? [
        form.footer,
        message('rollup_b4_untyped_note', {
          forms: untyped.map((f) => `${f.attachment ?? f.id}「${f.title}」`).join('、'),
          category: pack.categories.label,
        }),
      ]
        .filter(Boolean)
        .join('\n')
    : form.footer;
  return {
    id: form.id,
    wanted: `${form.id} ${form.title}(自动)`,
    build: (sheet, anchor) => {
      const records: RowRecord[] = list.map((g) => {
        const top = Math.min(...g.rows.map((r) => r.level ?? 99));
        const measures = [...new Set(g.rows.map((r) => displayText(r.cells.measures ?? null).trim()).filter(Boolean))];
        return {
          ...g.values,
          monitor: scheme.levels[top]?.monitor ?? null,
          measures: measures.join('；') || null,
        };
      });
      const plan = buildFormSheet({ pack, form: { ...form, footer }, sheet, anchor, header: { unit }, rows: records });
      const ops = [...plan.ops];
      list.forEach((g, i) => {
        const row = plan.layout.bodyStart + i;
        counts.forEach((c) => {
          const li = levelOf(c.label);
          const isCat = pack.categories.values.includes(c.label);
          if (li < 0 && !isCat) return;
          const col = form.columns.indexOf(c) + 1;
          if (li < 0 && g.rows.every((r) => !r.source.categoryKey)) {
            ops.push({ kind: 'setValues', sheet, at: rangeAddress(row, col, row, col), values: [['—']] });
            return;
          }
          const f = countFormula({
            sources: from,
            criteria: (s) => {
              const crit: Criterion[] = [];
              for (const k of dimKeys) {
                const d = s.dims[k];
                const want = g.values[k];
                if (!d) {
                  if (want) return null;
                } else if ('column' in d) crit.push({ column: d.column, equals: want });
                else if (d.value !== want) return null;
              }
              const cc = li >= 0 ? levelCriterion(sp, s, li) : categoryCriterion(sp, s, c.label);
              return cc && [...crit, cc];
            },
          });
          ops.push({
            kind: 'setFormulas',
            sheet,
            at: rangeAddress(row, col, row, col),
            formulas: [[f.formula ? `=${f.formula}` : null]],
            results: [[f.value]],
          });
        });
      });
      return ops;
    },
  };
}
