import type { CellValue } from '../cell';
import type { Params } from '../errors';
import type { Pack } from '../forms/pack';
import type { Column, Form } from '../forms/schema';
import type { Op } from '../ops';
import type { SheetSnapshot } from '../port';
import type { RecognisedForm, RecognisedRow, Recognition, SkippedSheet } from '../recognise/types';

export type Severity = 'error' | 'warning' | 'notice';

/** One finding, as data: a stable English code, where it is, what is there, and the zh-CN sentence for it. */
export interface Issue {
  code: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell concerned. */
  cell: string;
  row: number;
  column: number;
  value: CellValue;
  message: string;
  /** The form the sheet was recognised as (A3 …), when the issue is about a form. */
  form?: string;
  /** The facts the message was made from (label, expected, canonical …), for doors that render their own. */
  params?: Params;
  /** An operation that fixes the cell (the canonical spelling), where one is sure. */
  fix?: Op;
}

export interface ValidateSettings {
  /** D5: 测评得分 below this needs 是否廉政谈话 = 是 (default 60). */
  talkThreshold: number;
}

/** What a check sees of one recognised form. */
export interface FormContext {
  pack: Pack;
  form: Form;
  rf: RecognisedForm;
  /** The form's columns that were found on the sheet, with their sheet column. */
  present: Array<{ col: Column; at: number }>;
  settings: ValidateSettings;
  /** The sheet as read, for checks that look beyond the recognised table (where to point at a missing field). */
  sheet?: SheetSnapshot;
}

export interface WorkbookContext {
  pack: Pack;
  forms: FormContext[];
  settings: ValidateSettings;
}

/** A check over one body row (run in chunks so large sheets never block the UI). */
export interface RowCheck {
  id: string;
  scope: 'row';
  run(ctx: FormContext, row: RecognisedRow, index: number): Issue[];
}
/** A check over a whole form (序号 continuity, duplicates, shares, totals). */
export interface FormCheck {
  id: string;
  scope: 'form';
  run(ctx: FormContext): Issue[];
}
/** A check across the workbook's forms (rollups against details, posts against the catalogue). */
export interface WorkbookCheck {
  id: string;
  scope: 'workbook';
  run(ctx: WorkbookContext): Issue[];
}
export type Check = RowCheck | FormCheck | WorkbookCheck;

export interface ValidationReport {
  /** No errors (warnings and notices allowed). */
  valid: boolean;
  pack: string | null;
  /** When the forms fit several packs equally and none was named. */
  packCandidates?: string[];
  /** The user named `pack`, but the sheets fit this one better: the door asks (see Recognition.betterPack). */
  betterPack?: Recognition['betterPack'];
  forms: Array<{
    form: string;
    title: string;
    sheet: string;
    rows: number;
    how: RecognisedForm['how'];
    instance?: string;
  }>;
  skipped: Array<SkippedSheet & { message: string }>;
  stats: { errors: number; warnings: number; notices: number; rows: number };
  issues: Issue[];
  /** The workbook already has a 校验报告 sheet (from an earlier run): markIssuesOps replaces it. */
  reportSheetPresent: boolean;
}
