import type ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { parseRange, quoteSheet } from '../../core/a1';
import type { ChartSpec } from '../../core/ops';
import { zipParts } from './zipParts';

/**
 * Native Excel charts for ExcelJS 4.4.0, which cannot write them (exceljs/exceljs#141, open since 2016): applyOps
 * keeps each chart op here, and workbookBytes adds the chart parts to the written file — a chart part, a drawing
 * anchoring it over the cells, the relationships and content types that tie them to the sheet. The chart reads its
 * series from the cells, so it redraws when the numbers change.
 */
export interface PendingChart {
  sheet: string;
  at: string;
  chart: ChartSpec;
}

const pending = new WeakMap<ExcelJS.Workbook, PendingChart[]>();

export function addPendingChart(wb: ExcelJS.Workbook, c: PendingChart): void {
  pending.set(wb, [...(pending.get(wb) ?? []), c]);
}

export const pendingCharts = (wb: ExcelJS.Workbook): PendingChart[] => pending.get(wb) ?? [];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const ref = (r: { sheet: string; range: string }) => {
  const box = parseRange(r.range);
  const abs = (row: number, col: number) => {
    let s = '';
    for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
    return `$${s}$${row}`;
  };
  return esc(`${quoteSheet(r.sheet)}!${abs(box.top, box.left)}:${abs(box.bottom, box.right)}`);
};

const FONT = '<a:latin typeface="Microsoft YaHei"/><a:ea typeface="Microsoft YaHei"/>';
const text = (t: string, size: number, bold = false) =>
  `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}">${FONT}</a:defRPr></a:pPr><a:r><a:rPr lang="zh-CN" sz="${size}" b="${bold ? 1 : 0}">${FONT}</a:rPr><a:t>${esc(t)}</a:t></a:r></a:p></c:rich></c:tx>`;

function seriesXml(s: ChartSpec['series'][number], i: number, cats: string): string {
  const fill = `<a:solidFill><a:srgbClr val="${s.colour}"/></a:solidFill>`;
  const sp =
    s.type === 'line'
      ? `<c:spPr><a:ln w="28575" cap="rnd">${fill}<a:prstDash val="dash"/><a:round/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`
      : `<c:spPr>${fill}</c:spPr><c:invertIfNegative val="0"/>`;
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>${sp}` +
    `<c:cat><c:strRef><c:f>${cats}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${ref(s.values)}</c:f></c:numRef></c:val>` +
    (s.type === 'line' ? '<c:smooth val="0"/>' : '') +
    '</c:ser>'
  );
}

/** The chart part: clustered columns and lines over one category axis and one value axis. */
export function chartXml(c: ChartSpec): string {
  const cats = ref(c.categories);
  const cols = c.series.map((s, i) => ({ s, i })).filter((x) => x.s.type === 'column');
  const lines = c.series.map((s, i) => ({ s, i })).filter((x) => x.s.type === 'line');
  const axes = '<c:axId val="500000001"/><c:axId val="500000002"/>';
  const fmt = esc(c.numFmt ?? 'General');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title>${text(c.title, 1200, true)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    (cols.length
      ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${cols.map((x) => seriesXml(x.s, x.i, cats)).join('')}<c:gapWidth val="80"/>${axes}</c:barChart>`
      : '') +
    (lines.length
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines.map((x) => seriesXml(x.s, x.i, cats)).join('')}<c:marker val="1"/>${axes}</c:lineChart>`
      : '') +
    '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>' +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900">${FONT}</a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/>${c.max !== undefined ? `<c:max val="${c.max}"/>` : ''}<c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="${fmt}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900">${FONT}</a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '</c:chartSpace>'
  );
}

function drawingXml(anchors: Array<{ at: string; rId: string; id: number; name: string }>): string {
  const anchor = (a: (typeof anchors)[number]) => {
    const box = parseRange(a.at);
    return (
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${box.left - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${box.top - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:to><xdr:col>${box.right}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${box.bottom}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${a.id}" name="${esc(a.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${a.rId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  };
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    anchors.map(anchor).join('') +
    '</xdr:wsDr>'
  );
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const relsXml = (rels: Array<{ id: string; type: string; target: string }>) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  rels.map((r) => `<Relationship Id="${r.id}" Type="${REL}/${r.type}" Target="${esc(r.target)}"/>`).join('') +
  '</Relationships>';

/** Sheet name → its part (xl/worksheets/sheetN.xml), read from the workbook part and its relationships. */
function sheetParts(files: Record<string, Uint8Array>): Map<string, string> {
  const wbXml = strFromU8(files['xl/workbook.xml']);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']);
  const target = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const t = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && t) target.set(id, t.replace(/^\/?xl\//, '').replace(/^\//, ''));
  }
  const out = new Map<string, string>();
  const unesc = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  for (const m of wbXml.matchAll(/<sheet\b[^>]*\/?>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    if (name !== undefined && id && target.has(id)) out.set(unesc(name), `xl/${target.get(id)}`);
  }
  return out;
}

/** Where <drawing> goes in a worksheet: after headerFooter and the breaks, before legacyDrawing, tableParts, extLst. */
function withDrawing(sheetXml: string, rId: string): string {
  if (/<drawing\b/.test(sheetXml)) throw new Error('chart on a sheet that already has a drawing');
  const tag = `<drawing r:id="${rId}"/>`;
  const before =
    /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(
      sheetXml,
    );
  const at = before ? before.index : sheetXml.lastIndexOf('</worksheet>');
  return sheetXml.slice(0, at) + tag + sheetXml.slice(at);
}

/** Adds the workbook's pending charts to its written bytes; the bytes come back unchanged when it has none. */
export function injectCharts(bytes: Uint8Array, charts: readonly PendingChart[]): Uint8Array {
  if (!charts.length) return bytes;
  const files = unzipSync(bytes);
  const parts = sheetParts(files);
  let types = strFromU8(files['[Content_Types].xml']);
  const used = (prefix: string) => Object.keys(files).filter((f) => f.startsWith(prefix)).length;
  let chartNo = used('xl/charts/chart');
  let drawingNo = used('xl/drawings/drawing');
  const bySheet = new Map<string, PendingChart[]>();
  for (const c of charts) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  for (const [sheet, list] of bySheet) {
    const part = parts.get(sheet);
    if (!part) throw new Error(`chart on unknown sheet ${sheet}`);
    const drawing = `xl/drawings/drawing${++drawingNo}.xml`;
    const drawingRels: Array<{ id: string; type: string; target: string }> = [];
    const anchors = list.map((c, i) => {
      const chart = `xl/charts/chart${++chartNo}.xml`;
      files[chart] = strToU8(chartXml(c.chart));
      types = types.replace(
        '</Types>',
        `<Override PartName="/${chart}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`,
      );
      const rId = `rId${i + 1}`;
      drawingRels.push({ id: rId, type: 'chart', target: `../charts/chart${chartNo}.xml` });
      return { at: c.at, rId, id: i + 2, name: c.chart.title };
    });
    files[drawing] = strToU8(drawingXml(anchors));
    files[`xl/drawings/_rels/drawing${drawingNo}.xml.rels`] = strToU8(relsXml(drawingRels));
    types = types.replace(
      '</Types>',
      `<Override PartName="/${drawing}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`,
    );
    // The sheet's own relationships: keep what ExcelJS wrote, add the drawing with a fresh id.
    const relsPath = part.replace(/([^/]+)$/, '_rels/$1.rels');
    const existing = files[relsPath] ? strFromU8(files[relsPath]) : relsXml([]);
    const ids = [...existing.matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1]));
    const rId = `rId${Math.max(0, ...ids) + 1}`;
    files[relsPath] = strToU8(
      existing.replace(
        '</Relationships>',
        `<Relationship Id="${rId}" Type="${REL}/drawing" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`,
      ),
    );
    files[part] = strToU8(withDrawing(strFromU8(files[part]), rId));
  }
  files['[Content_Types].xml'] = strToU8(types);
  return zipParts(files);
}
