import { displayText, isBlank } from '../cell';
import { findPack } from '../packs';
import type { WorkbookSnapshot } from '../port';
import { recogniseForRollup, unitName } from '../rollup/rollupWorkbook';
import { riskRows, riskSources } from '../rollup/riskRows';
import { schemeInForceOrPlan } from '../settings/schemeSettings';

/** One risk point as the comparison sees it. */
export interface RiskPoint {
  text: string;
  /** The level's name as the pack spells it ('' when blank or unknown). */
  level: string;
  /** 0 is the top level; undefined when not levelled. */
  rank?: number;
  category: string;
  /** The measures written against it (防控措施, 前期/中期/后期 …), one item each. */
  measures: string[];
  /** Where it sits: 'Sheet'!row. */
  at: string;
}

/** One unit's register for one year. */
export interface UnitRisks {
  file: string;
  unit: string;
  pack: string | null;
  modified?: string;
  levels: string[];
  risks: RiskPoint[];
}

/** A measures cell as items: one per line, or per ;/。 (people list several in one cell). */
export const measureItems = (text: string): string[] =>
  text
    .split(/[;;。\n\r]+/)
    .map((s) => s.replace(/^\s*(?:\d+[.、.)]|[①-⑩]|[((]\d+[))])\s*/, '').trim())
    .filter(Boolean);

/** Reads a unit's risk points, levels and measures from its workbook (lianfang's own rollup sheets left out). */
export function unitRisks(
  wb: WorkbookSnapshot,
  file: string,
  opts: { pack?: string; modified?: string } = {},
): UnitRisks {
  const recognition = recogniseForRollup(wb, opts.pack);
  const pack = recognition.pack ? findPack(recognition.pack) : undefined;
  const base = { file, unit: unitName(recognition), ...(opts.modified ? { modified: opts.modified } : {}) };
  if (!pack) return { ...base, pack: null, levels: [], risks: [] };
  const { scheme } = schemeInForceOrPlan(pack.id, pack.grading, wb);
  const risks: RiskPoint[] = [];
  for (const r of riskRows(pack, scheme, riskSources(pack, recognition))) {
    if (!r.text.trim()) continue;
    const measureKeys = r.source.form.columns.filter((c) => !c.extra && c.label.includes('措施')).map((c) => c.key);
    risks.push({
      text: r.text.trim(),
      level: r.level === undefined ? '' : scheme.levels[r.level].name,
      ...(r.level === undefined ? {} : { rank: r.level }),
      category: r.category,
      measures: measureKeys.flatMap((k) => (isBlank(r.cells[k]) ? [] : measureItems(displayText(r.cells[k] ?? null)))),
      at: `'${r.source.rf.sheet}'!${r.row}`,
    });
  }
  return { ...base, pack: pack.id, levels: scheme.levels.map((l) => l.name), risks };
}
