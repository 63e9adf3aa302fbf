import { readPlainFirst } from './plainScan';

/**
 * The built-in formats ExcelJS names (lib/xlsx/defaultnumformats.js, those with one code for every locale): a cell's
 * number format in the snapshot is the one ExcelJS gives, whichever reader made it (a stamp signed on one door is
 * verified on another). ExcelJS names no East Asian built-in (27–36, 50–58) and no General.
 */
const NAMED_BY_EXCELJS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/**
 * The East Asian built-in date formats (27–36, 50–58) as a zh-CN Excel shows them (yyyy"年"m"月"d"日" …): ExcelJS
 * knows no locale built-ins and reads such cells as serial numbers; we read them as the dates Chinese Excel shows.
 */
const EAST_ASIAN_DATES: Record<number, string> = {
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午 h"时"mm"分"',
  35: '上午/下午 h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午 h"时"mm"分"',
  56: '上午/下午 h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** Every built-in format known here, for telling dates (ECMA-376 §18.8.30). */
const BUILT_IN: Record<number, string> = { ...NAMED_BY_EXCELJS, ...EAST_ASIAN_DATES };

/** Each cell style (<cellXfs> index): whether it shows a date, and its number format where it has one but General. */
export interface CellStyles {
  dates: boolean[];
  formats: Array<string | undefined>;
}

/** A format shows a date or time when, outside quotes and [brackets], it has y m d h s or b (ExcelJS's rule). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** xl/styles.xml: for each cell style (<cellXfs> index), whether its number format shows a date, and the format. */
export function readCellStyles(xml: string, file: string, part: string): CellStyles {
  return readPlainFirst(xml, file, part, (scan) => {
    const custom = new Map<number, string>();
    const formats: number[] = [];
    let inCellXfs = false;
    scan({
      open(tag, attrs) {
        if (tag === 'numFmt') {
          const a = attrs();
          custom.set(parseInt(a.numFmtId ?? '', 10), a.formatCode ?? '');
        } else if (tag === 'cellXfs') inCellXfs = true;
        else if (tag === 'xf' && inCellXfs) formats.push(parseInt(attrs().numFmtId ?? '', 10));
      },
      close(tag) {
        if (tag === 'cellXfs') inCellXfs = false;
      },
    });
    return {
      dates: formats.map((id) => Boolean(id) && isDateFormat(custom.get(id) || BUILT_IN[id])),
      // As ExcelJS reads a style: no format for id 0, a custom code, else a built-in it names.
      formats: formats.map((id) => {
        const code = id ? custom.get(id) || NAMED_BY_EXCELJS[id] : undefined;
        return code && code !== 'General' ? code : undefined;
      }),
    };
  });
}

/** Excel's serial day number as the core's date: yyyy-mm-dd, or yyyy-mm-ddThh:mm:ss when it has a time. */
export function serialToDate(serial: number, date1904: boolean): { date: string } | null {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  if (Number.isNaN(d.getTime())) return null;
  const iso = d.toISOString();
  return { date: iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19) };
}
