import { displayText, type CellValue } from '../cell';
import { readStampStore } from '../approve/store';
import { STYLE } from '../build/styles';
import type { Pack } from '../forms/pack';
import { message } from '../messages';
import { identifiedSheets } from '../meta/read';
import type { Op } from '../ops';
import type { WorkbookSnapshot } from '../port';
import type { Recognition } from '../recognise/types';
import { SheetWriter } from '../rollup/sheetWriter';
import { ledgerCounts, warningLedger, type WarningEntry, type WarningStatus } from './warnings';

/** A sheet the rollup adds beside its own (see rollup/rollupWorkbook.ts): a stable id, a wanted name, its ops. */
export interface LedgerSheet {
  id: string;
  wanted: string;
  build: (sheet: string, anchor: string) => Op[];
}

const HEAD = { ...STYLE.header };
const BODY = { ...STYLE.body };
const STATUS_FILL: Record<WarningStatus, string> = {
  answered: 'FFE2EFDA',
  answeredLate: 'FFFFF2CC',
  open: 'FFDDEBF7',
  overdue: 'FFFFC7CE',
  undated: 'FFEDEDED',
};
const STATUSES: WarningStatus[] = ['open', 'overdue', 'answered', 'answeredLate', 'undated'];
const statusText = (s: WarningStatus) => message(`ledger_status_${s}`);
const dateCell = (iso: string | null): CellValue => (iso ? { date: iso } : null);
/** The register's own columns (A–J, D4's order), then 回告截止日 (K), the live status (L) and days late (M). */
const STATUS_COL = 12;
const STATUS = 'L';

/** 预警处置台账: each 预警 with its due date; its status and days late are live (TODAY()) with today's values cached. */
function warningSheet(entries: WarningEntry[], unit: string): LedgerSheet {
  return {
    id: 'WARNINGS',
    wanted: message('ledger_warnings_sheet'),
    build: (sheet, anchor) => {
      const w = new SheetWriter(sheet);
      const cols = message('ledger_warnings_cols').split('|');
      w.set(1, 1, message('ledger_warnings_title', { unit }));
      w.merge(1, 1, 1, cols.length);
      w.style(1, 1, 1, 1, { ...STYLE.title, size: 16 });
      w.set(2, 1, message('ledger_warnings_note'));
      w.merge(2, 1, 2, cols.length);
      w.style(2, 1, 2, 1, STYLE.footer);
      // Counts by status over the list below (live), then the register laid out as D4: recognition knows the
      // sheet for lianfang's copy of the D4 rows and never counts them twice.
      const head = 5;
      const first = head + 1;
      const last = Math.max(first, first + entries.length - 1);
      const counts = ledgerCounts(entries);
      STATUSES.forEach((s, i) => {
        w.set(3, i + 1, statusText(s));
        w.set(4, i + 1, counts[s], `COUNTIF($${STATUS}$${first}:$${STATUS}$${last},"${statusText(s)}")`);
        w.style(3, i + 1, 3, i + 1, { ...HEAD, fill: STATUS_FILL[s] });
      });
      w.style(4, 1, 4, STATUSES.length, { ...BODY, h: 'center' });
      cols.forEach((t, i) => w.set(head, i + 1, t));
      w.style(head, 1, head, cols.length, HEAD);
      entries.forEach((e, i) => {
        const r = first + i;
        const text = (k: string) => displayText(e.cells[k] ?? null);
        // A date no day can be read from stays as typed (11月10日): the register never blanks what was filled.
        const day = (iso: string | null, k: string) => dateCell(iso) ?? (text(k) || null);
        const row = [i + 1, day(e.warnedOn, 'warnedOn'), text('target'), text('issue'), text('warningLevel')];
        [...row, text('disposal')].forEach((v, j) => w.set(r, j + 1, v));
        w.set(r, 7, text('replyLimit')); // as typed: the register's own columns stay a faithful copy
        w.set(r, 8, day(e.repliedOn, 'repliedOn'));
        w.set(r, 9, text('rectification'));
        w.set(r, 10, text('outcome'));
        w.set(r, 11, dateCell(e.dueOn));
        const [late, open, answered, lateReply, undated] = (
          ['overdue', 'open', 'answered', 'answeredLate', 'undated'] as const
        ).map(statusText);
        // H: 回告日期, K: 回告截止日.
        w.set(
          r,
          STATUS_COL,
          statusText(e.status),
          `IF(H${r}<>"",IF(AND(ISNUMBER(H${r}),K${r}<>"",H${r}>K${r}),"${lateReply}","${answered}"),IF(K${r}="","${undated}",IF(TODAY()>K${r},"${late}","${open}")))`,
        );
        w.set(
          r,
          STATUS_COL + 1,
          e.daysLate || '',
          `IF(${STATUS}${r}="${late}",TODAY()-K${r},IF(${STATUS}${r}="${lateReply}",H${r}-K${r},""))`,
        );
        w.style(r, 1, r, cols.length, BODY);
        w.style(r, STATUS_COL, r, STATUS_COL, { fill: STATUS_FILL[e.status], h: 'center' });
        w.style(r, 2, r, 2, { numFmt: 'yyyy-mm-dd' });
        w.style(r, 8, r, 8, { numFmt: 'yyyy-mm-dd' });
        w.style(r, 11, r, 11, { numFmt: 'yyyy-mm-dd' });
      });
      if (!entries.length) w.set(first, 1, message('ledger_none'));
      w.op({ kind: 'columnWidths', sheet, widths: [6, 12, 12, 30, 9, 12, 11, 12, 22, 16, 12, 11, 9] });
      w.op({ kind: 'freeze', sheet, rows: head, columns: 0 });
      w.op({
        kind: 'pageSetup',
        sheet,
        setup: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: `${head}:${head}` },
      });
      return [
        { kind: 'addSheet', sheet, tabColor: 'FFC00000' },
        ...w.toOps(),
        { kind: 'defineName', name: anchor, sheet, range: '$A$1' },
      ];
    },
  };
}

/** Cards collected into a 台账 (school D2 → 勤廉责任台账), by pack and form. */
const LEDGERS: Record<string, string> = { 'school-2010:D2': '勤廉责任台账' };

/**
 * The sign-off state of each card from its stamps (the current round of a chain sent back by 退回修改);
 * signatures are checked by verify, not here.
 */
function signoffOf(wb: WorkbookSnapshot, sheet: string, roles: string[]): string {
  const anchor = identifiedSheets(wb)?.sheets.find((s) => s.sheet === sheet)?.anchor;
  if (!anchor || !roles.length) return '';
  const mine = readStampStore(wb).stamps.filter((s) => s.anchor === anchor);
  const lastReturn = mine.map((s) => s.opinion).lastIndexOf('退回修改');
  const current = mine.slice(lastReturn + 1);
  return current.length >= roles.length
    ? message('ledger_card_approved')
    : message('ledger_card_pending', { done: current.length, all: roles.length });
}

function cardLedger(pack: Pack, wb: WorkbookSnapshot, recognition: Recognition, formId: string, title: string) {
  const form = pack.forms.find((f) => f.id === formId)!;
  const cards = recognition.forms.filter((f) => f.form === formId && f.pack === pack.id);
  if (!cards.length) return null;
  const sheetOf: LedgerSheet = {
    id: `${formId}_LEDGER`,
    wanted: title,
    build: (sheet, anchor) => {
      const w = new SheetWriter(sheet);
      const cols = ['序号', ...form.header.map((h) => h.label), ...form.columns.map((c) => c.label), '审批情况'];
      w.set(1, 1, title);
      w.merge(1, 1, 1, cols.length);
      w.style(1, 1, 1, 1, { ...STYLE.title, size: 16 });
      w.set(2, 1, message('ledger_cards_note', { form: `${form.id} ${form.title}` }));
      w.merge(2, 1, 2, cols.length);
      w.style(2, 1, 2, 1, STYLE.footer);
      cols.forEach((t, i) => w.set(3, i + 1, t));
      w.style(3, 1, 3, cols.length, HEAD);
      let r = 4;
      let n = 1;
      for (const card of cards) {
        const state = signoffOf(
          wb,
          card.sheet,
          form.signoff.map((s) => s.role),
        );
        const rows = card.rows.length ? card.rows : [{ row: 0, cells: {} }];
        const top = r;
        for (const row of rows) {
          w.set(r, 1, n);
          form.header.forEach((h, i) => w.set(r, 2 + i, displayText(card.header[h.key]?.value ?? null)));
          form.columns.forEach((c, i) => w.set(r, 2 + form.header.length + i, displayText(row.cells[c.key] ?? null)));
          w.set(r, cols.length, state);
          r++;
        }
        // One person, one card: the 序号, name, title and approval span the card's rows.
        for (const c of [1, ...form.header.map((_, i) => 2 + i), cols.length]) w.merge(top, c, r - 1, c);
        n++;
      }
      w.style(4, 1, Math.max(4, r - 1), cols.length, { ...BODY, v: 'top' });
      w.op({
        kind: 'columnWidths',
        sheet,
        widths: [6, ...form.header.map(() => 12), ...form.columns.map(() => 30), 16],
      });
      w.op({ kind: 'freeze', sheet, rows: 3, columns: 0 });
      w.op({
        kind: 'pageSetup',
        sheet,
        setup: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: '3:3' },
      });
      return [
        { kind: 'addSheet', sheet, tabColor: 'FF548235' },
        ...w.toOps(),
        { kind: 'defineName', name: anchor, sheet, range: '$A$1' },
      ];
    },
  };
  return sheetOf;
}

/** The ledgers the plan names, for the rollup to add: the 预警处置台账 and the 勤廉责任台账 (where the pack has them). */
export function ledgerSheets(
  pack: Pack,
  wb: WorkbookSnapshot,
  recognition: Recognition,
  unit: string,
  asOf: string,
): LedgerSheet[] {
  const out: LedgerSheet[] = [];
  const entries = warningLedger(pack, recognition, asOf);
  const hasLedgerForm = recognition.forms.some((f) =>
    pack.forms.find((x) => x.id === f.form)?.columns.some((c) => c.key === 'warnedOn'),
  );
  if (hasLedgerForm) out.push(warningSheet(entries, unit));
  for (const [key, title] of Object.entries(LEDGERS)) {
    const [packId, formId] = key.split(':');
    if (packId !== pack.id) continue;
    const s = cardLedger(pack, wb, recognition, formId, title);
    if (s) out.push(s);
  }
  return out;
}
