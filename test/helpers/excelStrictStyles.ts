import { type El, kid, kids, orderProblems, parseXml } from './xlsxXml';

export const STYLESHEET_ORDER = [
  'numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors',
  'extLst',
]; // prettier-ignore

/** styles.xml: schema order, counts that match, every xf pointing at a font, fill, border and format that exist. */
export function checkStyles(xml: string | undefined): { problems: string[]; xfs: number; dxfs: number } {
  if (!xml) return { problems: ['xl/styles.xml missing'], xfs: 0, dxfs: 0 };
  const ss = parseXml(xml, 'styles.xml');
  const problems = orderProblems(ss, STYLESHEET_ORDER, 'styles.xml');
  const list = (group: string, item: string): El[] => {
    const g = kid(ss, group);
    const items = kids(g, item);
    if (g && g.attrs.count !== undefined && Number(g.attrs.count) !== items.length)
      problems.push(`styles.xml: <${group} count="${g.attrs.count}"> holds ${items.length}`);
    return items;
  };
  const fonts = list('fonts', 'font').length;
  const fills = list('fills', 'fill');
  const borders = list('borders', 'border').length;
  const formats = new Set(list('numFmts', 'numFmt').map((f) => Number(f.attrs.numFmtId)));
  const styleXfs = list('cellStyleXfs', 'xf').length;
  const xfs = list('cellXfs', 'xf');
  const dxfs = list('dxfs', 'dxf').length;
  // Excel reserves the first two fills: none and gray125.
  const pattern = (f: El | undefined) => kid(f, 'patternFill')?.attrs.patternType;
  if (pattern(fills[0]) !== 'none' || pattern(fills[1]) !== 'gray125')
    problems.push('styles.xml: the first two fills are not none and gray125');
  xfs.forEach((x, i) => {
    const bad = (what: string, v: string | undefined, n: number) =>
      v !== undefined && !(Number(v) < n) && problems.push(`styles.xml: cellXfs[${i}] ${what} ${v} ≥ ${n}`);
    bad('fontId', x.attrs.fontId, fonts);
    bad('fillId', x.attrs.fillId, fills.length);
    bad('borderId', x.attrs.borderId, borders);
    bad('xfId', x.attrs.xfId, styleXfs);
    const nf = Number(x.attrs.numFmtId ?? 0);
    // Ids below 164 are Excel's built-in (and locale) formats; the rest must be defined.
    if (nf >= 164 && !formats.has(nf)) problems.push(`styles.xml: cellXfs[${i}] numFmtId ${nf} undefined`);
  });
  if (xfs.length > 64000) problems.push(`styles.xml: ${xfs.length} cell formats (Excel allows 64000)`);
  return { problems, xfs: xfs.length, dxfs };
}
