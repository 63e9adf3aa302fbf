import type { CellValue } from '../cell';

/**
 * Times as the committee reads them: China time (UTC+8, no daylight saving since 1991, as todayInChina counts),
 * never the UTC instant a file stores. The cell holds a real date (it sorts and filters); it shows as
 * 2026年12月2日 11:08 in Excel, WPS and LibreOffice alike.
 */
export const CHINA_TIME_FORMAT = 'yyyy"年"m"月"d"日" hh:mm';

/** yyyy-mm-ddThh:mm:00 in China for an ISO instant, or undefined when there is none or it does not parse. */
function wallClock(iso: string | undefined): string | undefined {
  const t = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(t)) return undefined;
  return `${new Date(t + 8 * 3600_000).toISOString().slice(0, 16)}:00`;
}

/** The cell for a saved time: a date at China's wall-clock time (format it with CHINA_TIME_FORMAT), or blank. */
export function chinaTimeCell(iso: string | undefined): CellValue {
  const w = wallClock(iso);
  return w ? { date: w } : '';
}

/** The same time as text for the console: 2026年12月2日 11:08. */
export function chinaTimeText(iso: string | undefined): string {
  const w = wallClock(iso);
  if (!w) return '';
  const [y, mo, d] = w.slice(0, 10).split('-').map(Number);
  return `${y}年${mo}月${d}日 ${w.slice(11, 16)}`;
}
