import { chineseNumber, compact } from './text';

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days ? `${y}-${pad(m)}-${pad(d)}` : null;
}

const YEAR_DIGITS: Record<string, string> = {
  〇: '0',
  '○': '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** 二〇一〇年三月二十六日, as pledges are dated, in digits (2010年3月26日); other text unchanged. */
function chineseDate(s: string): string {
  const m = /^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/.exec(s);
  if (!m) return s;
  const month = chineseNumber(m[2]);
  const day = chineseNumber(m[3]);
  if (month === null || day === null) return s;
  return `${[...m[1]].map((d) => YEAR_DIGITS[d]).join('')}年${month}月${day}日`;
}

/**
 * A date typed as text (2024年5月25日, 二〇二四年五月二十五日, 2024.5.25, 2024/5/25, 2024-05-25, 20240525) as ISO
 * yyyy-mm-dd, or null (an impossible day such as 2月30日 is null too).
 */
export function parseDateText(raw: string): string | null {
  const s = chineseDate(compact(raw));
  let m = /^(\d{4})(?:年|\.|\/|-)(\d{1,2})(?:月|\.|\/|-)(\d{1,2})日?$/.exec(s);
  if (m) return valid(+m[1], +m[2], +m[3]);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return valid(+m[1], +m[2], +m[3]);
  return null;
}

/** An Excel serial day number (1900 date system) as ISO yyyy-mm-dd, or null when out of a sane range. */
export function excelSerialToDate(n: number): string | null {
  if (!Number.isFinite(n) || n < 1 || n > 109575 || !Number.isInteger(Math.floor(n))) return null;
  // Excel counts 1900-02-29 which never was: serial 60; days from 1899-12-30 are right from 61 on.
  const ms = Date.UTC(1899, 11, 30) + Math.floor(n) * 86400000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** A month typed alone (2014年6月, 2014.6): the plans' 完成时限 often name a month. */
export function parseMonthText(raw: string): string | null {
  const m = /^(\d{4})(?:年|\.|\/|-)(\d{1,2})月?(?:底|前|中旬|上旬|下旬)?$/.exec(compact(raw));
  return m && +m[2] >= 1 && +m[2] <= 12 ? `${m[1]}-${pad(+m[2])}` : null;
}
