import { message } from '../messages';

/** A unit as the report prints it: its name, or a plain note that its workbook names none — never its file's name. */
export const unitLabel = (u: { unit: string }): string => u.unit || message('report_unit_unnamed');
