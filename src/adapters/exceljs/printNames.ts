import type ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { zipParts } from './zipParts';

/**
 * ExcelJS 4.4 writes a sheet's print area and print titles as `'A3 O'Brien'!$A$1:$C$16`, without doubling the
 * apostrophe inside a quoted sheet name; Excel repairs such a file and lianfang's own reader refuses it (a signed
 * form on such a sheet could not be verified). When a sheet name has an apostrophe, those defined names are
 * rewritten with the quote doubled (`'A3 O''Brien'!…`); every other file is left as ExcelJS wrote it.
 */
export function fixPrintNames(bytes: Uint8Array, wb: ExcelJS.Workbook): Uint8Array {
  const names = wb.worksheets.map((ws) => ws.name);
  return names.some((n) => n.includes("'")) ? quotePrintNames(bytes, names) : bytes;
}

const decode = (s: string) =>
  s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const encode = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;');

/** Rewrites `_xlnm.Print_*` defined names of sheets (by position) whose names hold an apostrophe. */
export function quotePrintNames(bytes: Uint8Array, sheetNames: string[]): Uint8Array {
  const files = unzipSync(bytes);
  const part = 'xl/workbook.xml';
  if (!files[part]) return bytes;
  const xml = strFromU8(files[part]);
  const fixed = xml.replace(
    /(<definedName\b[^>]*\bname="_xlnm\.Print_(?:Area|Titles)"[^>]*\blocalSheetId="(\d+)"[^>]*>)([^<]*)(<\/definedName>)/g,
    (all, open: string, id: string, text: string, close: string) => {
      const name = sheetNames[Number(id)];
      if (!name?.includes("'")) return all;
      const bad = `'${name}'!`;
      const good = `'${name.replace(/'/g, "''")}'!`;
      return `${open}${encode(decode(text).split(bad).join(good))}${close}`;
    },
  );
  if (fixed === xml) return bytes;
  files[part] = strToU8(fixed);
  return zipParts(files);
}
