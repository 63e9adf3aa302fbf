export { recogniseWorkbook, REPORT_SHEET, type RecogniseOptions } from './recognise';
export type { Recognition, RecognisedForm, RecognisedRow, SkippedSheet, LocatedValue } from './types';
