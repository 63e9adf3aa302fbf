import { MAX_MERGE_CELLS, MAX_NAME_CELLS, MAX_VALIDATION_CELLS } from './limits';
import { isHostileName, safeName } from './names';
import type { ReadWarning } from './prepare';
import { areaCells, areaRef, parseArea, parseSheetRef, splitTopLevel } from './ranges';

/**
 * The decisions both readers take the same way, so that they see the same workbook and warn alike:
 * prepareWorkbook (which rewrites a file for ExcelJS) and the streaming reader (src/adapters/xlsx).
 */

/** Hostile sheet names (__proto__, constructor …) renamed: old name → new name, in workbook order. */
export function renameSheets(names: string[], file: string, warnings: ReadWarning[]): Map<string, string> {
  const renamed = new Map<string, string>();
  for (const name of names) {
    if (!isHostileName(name)) continue;
    const to = safeName(name, (c) => names.includes(c) || [...renamed.values()].includes(c), 31);
    renamed.set(name, to);
    warnings.push({ code: 'sheet_renamed', params: { file, sheet: name, renamed: to } });
  }
  return renamed;
}

export interface NamePlan {
  /** The name to use (hostile names renamed). */
  name: string;
  /** The formula with references to renamed sheets followed. */
  formula: string;
  /** False when the name covers more cells than the budget left: it is dropped (with a warning). */
  keep: boolean;
}

/**
 * Defined names in workbook order: hostile names renamed, references to renamed sheets followed, names over
 * MAX_NAME_CELLS dropped (ExcelJS materialises every cell of a name). `formulas` collects names that are not
 * plain sheet references (ExcelJS loses their formulas on save).
 */
export function planDefinedNames(
  defined: Array<{ name: string; formula: string }>,
  renamedSheets: Map<string, string>,
  file: string,
  warnings: ReadWarning[],
  formulas: string[] = [],
): NamePlan[] {
  const taken = new Set(defined.map((d) => d.name));
  let budget = MAX_NAME_CELLS;
  return defined.map((d) => {
    let { name, formula } = d;
    for (const [from, to] of renamedSheets)
      formula = formula.split(`'${from}'!`).join(`'${to}'!`).split(`${from}!`).join(`'${to}'!`);
    if (isHostileName(name)) {
      const renamed = safeName(name, (c) => taken.has(c));
      taken.add(renamed);
      warnings.push({ code: 'defined_name_renamed', params: { file, name, renamed } });
      name = renamed;
    }
    const refs = splitTopLevel(formula).map(parseSheetRef);
    if (refs.some((r) => !r)) formulas.push(name);
    const cells = refs.reduce((n, r) => n + (r ? areaCells(parseArea(r.ref)!) : 0), 0);
    // Print areas and titles become page setup (kept as text); every other name is materialised cell by cell.
    const keep = cells <= budget || name === '_xlnm.Print_Area' || name === '_xlnm.Print_Titles';
    if (keep && !name.startsWith('_xlnm.Print_')) budget -= cells;
    if (!keep)
      warnings.push({ code: 'defined_name_dropped', params: { file, name, range: formula, limit: MAX_NAME_CELLS } });
    return { name, formula, keep };
  });
}

/** Merged ranges of one sheet within MAX_MERGE_CELLS (all merges together): true keeps the merge. */
export function mergeBudget(file: string, sheet: string, warnings: ReadWarning[]): (ref: string) => boolean {
  let budget = MAX_MERGE_CELLS;
  return (ref) => {
    const area = parseArea(ref);
    if (area && areaCells(area) <= budget) {
      budget -= areaCells(area);
      return true;
    }
    warnings.push({ code: 'merge_dropped', params: { file, sheet, range: ref, limit: MAX_MERGE_CELLS } });
    return false;
  };
}

/**
 * Data-validation ranges of one sheet clipped to MAX_VALIDATION_CELLS: returns the sqref to keep ('' drops the
 * rule rather than move it onto other cells), or undefined when it stays as it was.
 */
export function validationBudget(
  file: string,
  sheet: string,
  warnings: ReadWarning[],
): (sqref: string) => string | undefined {
  let budget = MAX_VALIDATION_CELLS;
  return (sqref) => {
    // The common case, every range read and all of it within the budget: it stays as it is, nothing to build.
    const whole = wholeCells(sqref);
    if (whole >= 0 && whole <= budget) {
      budget -= whole;
      return undefined;
    }
    const refs = sqref.split(/\s+/).filter(Boolean);
    const clipped = refs
      .flatMap((ref) => {
        const area = parseArea(ref);
        if (!area || budget <= 0) return [];
        const width = area.right - area.left + 1;
        const rows = Math.max(0, Math.min(area.bottom - area.top + 1, Math.floor(budget / width)));
        if (rows === 0) return [];
        const kept = { ...area, bottom: area.top + rows - 1 };
        budget -= areaCells(kept);
        return [areaRef(kept)];
      })
      .join(' ');
    const original = refs.map((r) => (parseArea(r) ? areaRef(parseArea(r)!) : r)).join(' ');
    if (clipped === original) return undefined;
    warnings.push({ code: 'validation_clipped', params: { file, sheet, range: sqref, clipped: clipped || '—' } });
    return clipped;
  };
}

/**
 * The cells of a sqref's ranges (A1, A1:B2, apart by ASCII white space), by char codes; -1 for anything else (the
 * general path then judges it).
 */
function wholeCells(sqref: string): number {
  let cells = 0;
  let from = 0;
  for (let i = 0; i <= sqref.length; i++) {
    const w = i < sqref.length ? sqref.charCodeAt(i) : 32;
    if (w > 127) return -1;
    if (w !== 32 && !(w > 8 && w < 14)) continue;
    if (i > from) {
      const area = parseArea(sqref.substring(from, i));
      if (!area) return -1;
      cells += areaCells(area);
    }
    from = i + 1;
  }
  return cells;
}
