import { rangeAddress } from '../a1';
import { PAGE_FOOTER } from '../build/styles';
import type { Op, PageSetup } from '../ops';
import { opsSnapshot } from './opsSnapshot';

/**
 * A sheet another capability lays out still prints like the rest of the report: A4, fit to width,
 * 第 &P 页 共 &N 页, a print area ending at its last cell and its title row repeated; its own settings stay.
 */
export function printLikeReport(ops: Op[], sheet: string, orientation: PageSetup['orientation']): Op {
  const own = ops.find((o) => o.kind === 'pageSetup' && o.sheet === sheet);
  const setup = own?.kind === 'pageSetup' ? own.setup : undefined;
  const snap = opsSnapshot(ops.filter((o) => 'sheet' in o && o.sheet === sheet)).sheets[0];
  const rows = snap?.rows.length ?? 1;
  const cols = Math.max(1, ...(snap?.rows.map((r) => r.length) ?? [1]));
  return {
    kind: 'pageSetup',
    sheet,
    setup: {
      titleRows: '1:1',
      printArea: rangeAddress(1, 1, Math.max(1, rows), cols),
      ...setup,
      orientation: setup?.orientation ?? orientation,
      paper: 'A4',
      fitToWidth: true,
      footer: PAGE_FOOTER,
    },
  };
}
