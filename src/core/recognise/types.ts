import type { CellValue } from '../cell';

/**
 * What recognition finds in a workbook: every form it could place, with where each part sits.
 * Validation, grading, rollups, stamps and the report all read forms through this shape.
 */
export interface LocatedValue {
  value: CellValue;
  /** A1 address of the cell the value came from. */
  cell: string;
  /** Typed in its label's own cell (岗位职责：…), the value after the label: what stamps cover of it (stampedValue). */
  inCell?: true;
}

export interface RecognisedRow {
  /** Sheet row, 1-based. */
  row: number;
  /** Values by column key; a vertically merged group cell is repeated on every row it covers. */
  cells: Record<string, CellValue>;
}

export interface RecognisedForm {
  pack: string;
  form: string;
  sheet: string;
  /** How the form was placed: lianfang's hidden identification, the title/header text, or the user's say-so. */
  how: 'meta' | 'headers' | 'override';
  /** The person or unit the sheet is for, where the form is filled once each. */
  instance?: string;
  titleRow?: number;
  headerRow: number;
  /** Column key → sheet column (1-based), for the columns found. */
  columns: Record<string, number>;
  /** Header fields found (单位名称 …), by key. */
  header: Record<string, LocatedValue>;
  /** Non-blank body rows, in sheet order. */
  rows: RecognisedRow[];
  /** Last body row scanned (before 备注 / sign-off / trailing blanks). */
  bodyEnd: number;
  /** Where each sign-off step's cells are, when found: label cell and the opinion cell beside it. */
  signoff: Record<string, { row: number; labelCell: string; valueCell: string }>;
  /** Rows inside the body that are not the table's: the notes, 续表 and heading typed again before a 续表. */
  gaps?: Array<{ top: number; bottom: number }>;
  /** Typed 合计 / 总计 / 小计 rows inside the body, kept apart from the detail rows. */
  totals?: RecognisedRow[];
  /** Last header row (a two-row heading ends one below headerRow). */
  headerEnd?: number;
  /** Where each column's heading cell is (A1), by column key. */
  headerCells?: Record<string, string>;
  /** Heading cells that name no column of the form: reported as notices naming them, never silently dropped. */
  unknownHeadings?: Array<{ cell: string; text: string }>;
  /**
   * The first heading cell (A1) of another table like this one further down the sheet, which is not read: one sheet
   * holds one form (a second person's form typed under the first).
   */
  tableBelow?: string;
  /** The cell holding the form's title, where one was found. */
  titleCell?: string;
  /**
   * A form typed as text (D3 承诺书): its one row's values sit in labelled lines, each at its own cell (A1), by
   * column key. Issues point there; no fix is offered (the cell holds the label too).
   */
  fieldCells?: Record<string, string>;
  /** A pledge's own words as its signer typed them (the lines between its title and 承诺人), where it has any. */
  words?: string;
  /**
   * The sheet this one goes on from (附件1（续） after 附件1, as the plans allow: 表格留白不够，可另续表): its header
   * fields stand above the first part, and its numbering runs on from it.
   */
  continues?: string;
}

export interface SkippedSheet {
  sheet: string;
  reason: 'hidden' | 'empty' | 'unrecognised' | 'lianfang' | 'ambiguous' | 'notes' | 'otherPack';
  /** For ambiguous sheets: the forms it could be; for otherPack: the pack and form it looks like ("railway-2014 E1"). */
  candidates?: string[];
}

export interface Recognition {
  /** The pack the workbook belongs to (from its identification, the user's choice, or the forms found). */
  pack?: string;
  forms: RecognisedForm[];
  skipped: SkippedSheet[];
  /** Where the forms found fit more than one pack equally well and none was named: the packs it could be. */
  packCandidates?: string[];
  /**
   * The user named a pack, but the sheets fit another one better (more forms, or more of them under their plan's
   * title): the doors ask rather than switch. The named pack is still the one used.
   */
  betterPack?: { pack: string; forms: number; titles: number };
  /**
   * lianfang's own metadata (hidden identification, rollup names) said one thing and the content another: the
   * content was read. `sheet` absent: the workbook's pack; `claimed` 'lianfang': a sheet claimed as generated.
   */
  metaDisagrees?: Array<{ sheet?: string; claimed: string; found: string }>;
}
