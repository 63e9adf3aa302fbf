import type { DefinedName } from '../../core/port';
import type { NamePlan } from '../exceljs/safe/plan';
import { areaRef, parseArea, type Area } from '../exceljs/safe/ranges';

/**
 * The snapshot's defined names, as ExcelJS 4.4 reads them (so both readers agree): print areas and titles are page
 * setup, not names; a name keeps the parts of its formula that are absolute cell references ($A$1, $A$1:$C$9), a
 * later name of the same spelling replaces an earlier one, names with no such reference are left out, and the
 * range given is the first rectangle of the name's cells (row by row from its top-left cell).
 */
export function snapshotNames(plans: NamePlan[]): DefinedName[] {
  const byName = new Map<string, Array<{ sheet?: string; area: Area }>>();
  for (const p of plans) {
    if (!p.keep || p.name === '_xlnm.Print_Area' || p.name === '_xlnm.Print_Titles') continue;
    byName.set(
      p.name,
      extractRanges(p.formula).flatMap((r) => {
        const ref = decodeRef(r);
        return ref && ABSOLUTE.test(r.split('!').pop() ?? '') ? [ref] : [];
      }),
    );
  }
  const out: DefinedName[] = [];
  for (const [name, refs] of byName) {
    if (!refs.length) continue;
    const { sheet } = refs[0];
    const range = areaRef(firstRectangle(refs.filter((r) => r.sheet === sheet).map((r) => r.area)));
    const absolute = range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    out.push(sheet === undefined ? { name } : { name, sheet: sheet.replace(/''/g, "'"), range: absolute });
  }
  return out;
}

const ABSOLUTE = /[$](\w+)[$](\d+)(:[$](\w+)[$](\d+))?/;
const SHEET_REF = /^(?:'((?:[^']|'')*)'|([^'^ !]*))!(.*)$/;

function decodeRef(text: string): { sheet?: string; area: Area } | undefined {
  const m = SHEET_REF.exec(text);
  const area = parseArea(m ? m[3] : text);
  if (!area) return undefined;
  return { sheet: m ? (m[1] ?? (m[2] || undefined)) : undefined, area };
}

/** ExcelJS's extractRanges: the formula split on commas outside quoted sheet names. */
function extractRanges(formula: string): string[] {
  const ranges: string[] = [];
  let open = false;
  let last = '';
  for (const item of formula.split(',')) {
    if (!item) continue;
    const quotes = (item.match(/'/g) ?? []).length;
    if (!quotes) {
      if (open) last += `${item},`;
      else ranges.push(item);
      continue;
    }
    const even = quotes % 2 === 0;
    if (!open && even) ranges.push(item);
    else if (open && !even) {
      open = false;
      ranges.push(last + item);
      last = '';
    } else {
      open = true;
      last += `${item},`;
    }
  }
  return ranges;
}

/** From the first cell (top row first, then left), down its column, then right while whole columns are covered. */
function firstRectangle(areas: Area[]): Area {
  const covered = (r: number, c: number) =>
    areas.some((a) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right);
  const top = Math.min(...areas.map((a) => a.top));
  const left = Math.min(...areas.filter((a) => a.top === top).map((a) => a.left));
  let bottom = top;
  while (covered(bottom + 1, left)) bottom++;
  let right = left;
  for (;;) {
    const x = right + 1;
    let all = true;
    for (let y = top; y <= bottom && all; y++) all = covered(y, x);
    if (!all) break;
    right = x;
  }
  return { top, left, bottom, right };
}
