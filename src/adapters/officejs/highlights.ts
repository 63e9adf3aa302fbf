import { highlightFormula, type Op } from '../../core/ops';
import { ACTION_COST } from './payload';
import type { Queued } from './payload';

/** lianfang's cell highlights are conditional-format rules it finds again by their tag (see core/ops.ts). */
/** Cell lists as comma-joined addresses short enough for one getRanges call. */
export function addressGroups(cells: string[], max = 2000): string[] {
  const out: string[] = [];
  let cur = '';
  for (const c of cells) {
    if (cur && cur.length + c.length + 1 > max) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur},${c}` : c;
  }
  if (cur) out.push(cur);
  return out;
}

export type Stale = Map<string, Array<{ sheet: string; cf: Excel.ConditionalFormat }>>;

/**
 * clearHighlights must find lianfang's rules among the user's: look at the rule types, then at the custom rules'
 * formulas (reading a custom rule of another type fails), two requests in all, only when a clear is asked.
 */
export async function findHighlights(
  ctx: Excel.RequestContext,
  ops: readonly Op[],
  allSheets: string[],
  sheet: (name: string) => Excel.Worksheet,
): Promise<Stale | null> {
  const clears = ops.filter((o): o is Extract<Op, { kind: 'clearHighlights' }> => o.kind === 'clearHighlights');
  if (!clears.length) return null;
  const names = new Set(clears.flatMap((c) => (c.sheet ? [c.sheet] : allSheets)));
  const colls = [...names]
    .filter((n) => allSheets.includes(n))
    .map((n) => ({ sheet: n, coll: sheet(n).getRange().conditionalFormats.load('items/type') }));
  await ctx.sync();
  const custom = colls.flatMap(({ sheet: s, coll }) =>
    coll.items.filter((cf) => cf.type === 'Custom').map((cf) => ({ sheet: s, cf })),
  );
  for (const c of custom) c.cf.custom.rule.load('formula');
  await ctx.sync();
  const stale: Stale = new Map();
  for (const c of clears) {
    const want = highlightFormula(c.tag);
    stale.set(
      `${c.tag}\u0000${c.sheet ?? ''}`,
      custom.filter((x) => (!c.sheet || x.sheet === c.sheet) && x.cf.custom.rule.formula?.replace(/^=/, '') === want),
    );
  }
  return stale;
}

export function clearHighlightParts(op: Extract<Op, { kind: 'clearHighlights' }>, stale: Stale | null): Queued[] {
  const found = stale?.get(`${op.tag}\u0000${op.sheet ?? ''}`) ?? [];
  return found.map(({ cf }) => ({ bytes: ACTION_COST, queue: () => cf.delete() }));
}
