import type { Op } from '../ops';
import type { WorkbookSnapshot } from '../port';
import { parseRoster, type Roster } from './roster';

/**
 * A unit keeps the roster it was given in its workbook (veryHidden sheet, the JSON one chunk per row in column A),
 * so the task pane and the page can show who signed. A kept roster is only a copy: doors say where it came from
 * and whose key issued it, and the committee verifies with the roster it issued itself (verify --roster).
 */
/** Where a roster came from: a file the verifier gave, or the copy the workbook keeps in its settings. */
export type RosterSource = 'file' | 'workbook';

export const ROSTER_SHEET = '_lianfang_roster';
const CHUNK = 30_000;

export function keptRosterOps(roster: Roster, wb: WorkbookSnapshot): Op[] {
  const text = JSON.stringify(roster);
  const rows: string[][] = [];
  for (let i = 0; i < text.length; i += CHUNK) rows.push([text.slice(i, i + CHUNK)]);
  const exists = wb.sheets.some((s) => s.name === ROSTER_SHEET);
  return [
    exists
      ? { kind: 'clearSheet', sheet: ROSTER_SHEET }
      : { kind: 'addSheet', sheet: ROSTER_SHEET, visibility: 'veryHidden' },
    { kind: 'setValues', sheet: ROSTER_SHEET, at: 'A1', values: rows },
  ];
}

/**
 * The roster the workbook keeps, checked like any roster file: null when there is none; a LianfangError when the
 * copy is damaged or its signature fails (a kept roster is never half-trusted).
 */
export async function readKeptRoster(wb: WorkbookSnapshot): Promise<Roster | null> {
  const sheet = wb.sheets.find((s) => s.name === ROSTER_SHEET);
  if (!sheet) return null;
  let text = '';
  for (const row of sheet.rows) {
    const v = row[0];
    if (typeof v !== 'string') break;
    text += v;
    if (text.length > 50_000_000) break;
  }
  return parseRoster(text, ROSTER_SHEET);
}
