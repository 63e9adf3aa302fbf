import fc from 'fast-check';
import { LianfangError } from '../../core/errors';
import type { ReadWarning } from '../exceljs/safe/prepare';
import { NotPlain } from './plainScan';
import { readSheet, readSheetGeneral, type SheetContext } from './sheet';
import { readSheetFast } from './sheetFast';

/**
 * The worksheet fast path against the general path (plain scanner or saxen with sheet.ts's handler) over generated
 * sheet XML in the shapes real tools write and the awkward ones: rows and cells without r, lowercase and $-anchored
 * references, every cell type, inline strings and rich text with phonetic guides, shared formulas, entities and
 * _x000D_ escapes, styles that show dates, self-closing cells, white space and quotes of every kind, merges,
 * validations over and under their budget, hyperlinks, extLst features, comments, CDATA, duplicate attributes and
 * cells out of range. Where the fast path reads a sheet, it must give the same sheet and the same warnings; where
 * it does not (NotPlain), readSheet must still give the general path's sheet or error.
 */
const sp = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\t', '\r\n ');
const q = fc.constantFrom('"', '"', "'");
const attr = (name: string, value: string) =>
  fc.tuple(sp, q).map(([s, quote]) => `${s}${name}=${quote}${value.replace(new RegExp(quote, 'g'), '&quot;')}${quote}`);

const textPiece = fc.oneof(
  fc.constantFrom('岗位', 'a', '  b ', '1.5', '0', '1', '-3', '2024-05-01', '2024-05-01T08:30:00Z', '#N/A', 'TRUE'),
  fc.constantFrom('&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#65;', '&#x41;', '&#x1F600;', '&bogus;', '_x000D_'),
  fc.string({ maxLength: 4 }).map((s) => s.replace(/[<&]/g, '')),
);
const text = fc.array(textPiece, { maxLength: 3 }).map((a) => a.join(''));

const colLetters = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom('A', 'B', 'C', 'D', 'Z', 'AA') },
  { weight: 1, arbitrary: fc.constantFrom('XFD', 'XFE', 'b', 'AAAA') }, // XFD: a row 16,384 wide, rarely
);
const ref = fc.oneof(
  { weight: 60, arbitrary: fc.tuple(colLetters, fc.integer({ min: 1, max: 40 })).map(([c, r]) => `${c}${r}`) },
  { weight: 2, arbitrary: fc.tuple(colLetters, fc.integer({ min: 1, max: 40 })).map(([c, r]) => `$${c}$${r}`) },
  { weight: 1, arbitrary: fc.constantFrom('A0', 'A1048577', 'A01', '1A', '', 'A1&amp;', 'A 1') },
);

const runs = fc
  .array(
    fc
      .tuple(text, fc.boolean(), fc.boolean())
      .map(
        ([t, rPr, preserve]) =>
          `<r>${rPr ? '<rPr><b/><sz val="11"/></rPr>' : ''}<t${preserve ? ' xml:space="preserve"' : ''}>${t}</t></r>`,
      ),
    { minLength: 1, maxLength: 3 },
  )
  .map((r) => r.join(''));
const phonetic = fc.oneof(
  fc.constant(''),
  text.map((t) => `<rPh sb="0" eb="1"><t>${t}</t></rPh><phoneticPr fontId="1" type="noConversion"/>`),
);

const content = fc.oneof(
  fc.constant(''),
  text.map((t) => `<v>${t}</v>`),
  fc.integer({ min: 0, max: 7 }).map((i) => `<v>${i}</v>`),
  fc.tuple(text, text).map(([f, v]) => `<f>${f}</f><v>${v}</v>`),
  text.map((f) => `<f>${f}</f>`),
  fc
    .tuple(fc.integer({ min: 0, max: 2 }), fc.boolean(), text)
    .map(([si, master, v]) =>
      master ? `<f t="shared" ref="A1:A9" si="${si}">A1+1</f><v>${v}</v>` : `<f t="shared" si="${si}"/><v>${v}</v>`,
    ),
  fc.tuple(text, phonetic).map(([t, ph]) => `<is><t>${t}</t>${ph}</is>`),
  fc.tuple(runs, phonetic).map(([r, ph]) => `<is>${r}${ph}</is>`),
  fc.constantFrom(
    '<v/>',
    '<v></v>',
    '<f/>',
    '<extLst><ext/></extLst><v>1</v>',
    '<v>1</v><c r="Q1"><v>2</v></c>',
    '<v><![CDATA[7]]></v>',
    '<is><t>a<![CDATA[<b>]]></t></is>',
    '<is><r><t>a</t><r/></r><r><t>b</t></r></is>',
    '<f t="shared" ref="A1&#58;A3" si="&#49;">A1</f><v>2</v>',
  ),
);

const cell = fc
  .record({
    r: fc.option(ref, { freq: 4 }),
    s: fc.option(fc.constantFrom('0', '1', '2', '3', '9', '01', 'x', ''), { freq: 2 }),
    t: fc.option(fc.constantFrom('s', 's', 'n', 'str', 'inlineStr', 'b', 'e', 'd', 'x'), { freq: 2 }),
    extra: fc.option(
      fc.oneof(
        { weight: 20, arbitrary: fc.constantFrom(' cm="1"', ' vm="2"', ' ph="1"') },
        { weight: 1, arbitrary: fc.constantFrom(' s="1"', ' t="str"', ' __proto__="1"', ' xmlns:xml="x"') },
      ),
      { freq: 5 },
    ),
    content,
    selfClose: fc.boolean(),
    closeSpace: fc.constantFrom('', '', ' ', '\n'),
  })
  .chain(({ r, s, t, extra, content, selfClose, closeSpace }) =>
    fc
      .tuple(
        r === null ? fc.constant('') : attr('r', r),
        s === null ? fc.constant('') : attr('s', s),
        t === null ? fc.constant('') : attr('t', t),
      )
      .map(([ra, sa, ta]) => {
        const attrs = `${ra}${ta}${sa}${extra ?? ''}`;
        return selfClose && !content ? `<c${attrs}${closeSpace}/>` : `<c${attrs}>${content}</c${closeSpace}>`;
      }),
  );

const row = fc
  .record({
    r: fc.option(
      fc.oneof(
        { weight: 30, arbitrary: fc.constantFrom('1', '2', '3', '5', '9', '12', '&#49;&#48;') },
        { weight: 1, arbitrary: fc.constantFrom('0', '1048577', ' 4', '1e1', '') },
      ),
      { freq: 4 },
    ),
    cells: fc.array(cell, { maxLength: 5 }),
    extra: fc.constantFrom('', ' spans="1:5"', ' ht="20" customHeight="1" x14ac:dyDescent="0.25"'),
    selfClose: fc.boolean(),
  })
  .chain(({ r, cells, extra, selfClose }) =>
    (r === null ? fc.constant('') : attr('r', r)).map((ra) =>
      selfClose && !cells.length ? `<row${ra}${extra}/>` : `<row${ra}${extra}>${cells.join('')}</row>`,
    ),
  );

const area = fc.constantFrom(
  'A1:B2',
  'B3:D3',
  'C1:C5',
  'a1:b1',
  '$A$7:$B$8',
  'F2:E1',
  'A1',
  'A:A',
  'Q1:Q300000',
  'Z9',
  'G1&#58;H2',
);
const tail = fc.oneof(
  fc
    .array(area, { minLength: 1, maxLength: 3 })
    .map((a) => `<mergeCells>${a.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`),
  fc
    .array(fc.array(area, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 })
    .map(
      (v) =>
        `<dataValidations count="${v.length}">${v.map((a) => `<dataValidation type="list" allowBlank="1" prompt="必填" sqref="${a.join(' ')}"><formula1>"一级,二级"</formula1></dataValidation>`).join('')}</dataValidations>`,
    ),
  fc.constantFrom(
    '<dataValidations><dataValidation sqref="A1:XFD1048576"/><dataValidation sqref="B1"/></dataValidations>',
    '<hyperlinks><hyperlink ref="A1" r:id="rId1"/><hyperlink ref="C3" display="x"/><hyperlink ref="B2" x:id="rId2"/></hyperlinks>',
    '<hyperlinks><hyperlink ref="&#65;1" r:id="rId1"/><hyperlink ref="C3" ref="A1" r:id="rId1"/></hyperlinks>',
    '<mergeCells><mergeCell ref="A1:B2" ref="C1:D2"/></mergeCells>',
    '<extLst><ext uri="{05C60535}"><x14:sparklineGroups><x14:sparklineGroup/></x14:sparklineGroups></ext></extLst>',
    '<extLst><ext><x14:dataValidations count="1"><x14:dataValidation/></x14:dataValidations></ext></extLst>',
    '<x14:sparklineGroups/>',
    '<pageMargins left="0.7" right="0.7"/>',
  ),
);

const awkward = fc.oneof(
  { weight: 12, arbitrary: fc.constant('') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<!-- a comment -->',
      '<![CDATA[x]]>',
      '<e a="1" a="2"/>',
      '<e __proto__="1"/>',
      '<e a="1"b="2"/>',
      '<e a = "1"/>',
      '<?pi data?>',
      '<x:e/>',
      '<e/ >',
      '<e a="x>y"/>',
      '<e a="&lt;"></e >',
    ),
  },
);

const sheetXml = fc
  .record({
    decl: fc.constantFrom('', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'),
    rows: fc.array(row, { maxLength: 6 }),
    tails: fc.array(tail, { maxLength: 3 }),
    before: awkward,
    inside: awkward,
    after: awkward,
    ws: fc.constantFrom('', '\n', '\r\n  '),
  })
  .map(
    ({ decl, rows, tails, before, inside, after, ws }) =>
      `${decl}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r" xmlns:x14ac="a">${ws}${before}<sheetData>${ws}${rows.join(ws)}${inside}</sheetData>${ws}${tails.join(ws)}${after}</worksheet>${ws}`,
  );

const context = (strings: boolean, date1904: boolean): SheetContext => ({
  file: 'unit.xlsx',
  part: 'xl/worksheets/sheet1.xml',
  name: '风险点',
  visibility: 'visible',
  strings: strings ? ['一级', null, 'a&b', '', '岗位', '_x000D_x', '二级'] : undefined,
  dateStyles: [false, true, false, true],
  styleFormats: [undefined, 'yyyy-mm-dd', '0.00', 'mm-dd-yy'],
  date1904,
  warnings: [],
});

type Outcome = { read: unknown; warnings: ReadWarning[] } | { error: unknown };
const outcome = (read: (ctx: SheetContext) => unknown, ctx: SheetContext): Outcome => {
  try {
    return { read: read(ctx), warnings: ctx.warnings };
  } catch (e) {
    if (e instanceof NotPlain) return { error: 'NotPlain' };
    return { error: e instanceof LianfangError ? { code: e.code, params: e.params } : String(e) };
  }
};

test('the fast path reads every generated sheet it accepts as the general path does, and readSheet always does', () => {
  let accepted = 0;
  fc.assert(
    fc.property(sheetXml, fc.boolean(), fc.boolean(), (xml, strings, date1904) => {
      const general = outcome((ctx) => readSheetGeneral(xml, ctx), context(strings, date1904));
      const fast = outcome((ctx) => readSheetFast(xml, ctx), context(strings, date1904));
      if (!('error' in fast)) {
        accepted++;
        expect(fast).toEqual(general);
      } else expect(fast.error).toBe('NotPlain');
      expect(outcome((ctx) => readSheet(xml, ctx), context(strings, date1904))).toEqual(general);
    }),
    { numRuns: 1500 },
  );
  // The generator is worth something only if the fast path reads most sheets.
  expect(accepted).toBeGreaterThan(300);
});

test('the fast path reads an ordinary sheet itself, and a sheet with a comment goes to the general path', () => {
  const xml =
    '<?xml version="1.0"?><worksheet><sheetData><row r="2"><c r="B2" s="1"><v>45000</v></c><c r="C2" t="s"><v>0</v></c></row></sheetData><mergeCells><mergeCell ref="B2:C3"/></mergeCells></worksheet>';
  const fast = readSheetFast(xml, context(true, false));
  expect(fast.sheet.rows).toEqual([[], [null, { date: '2023-03-15' }], []]); // C2 lies under B2's merge
  expect(fast.sheet.merges).toEqual(['B2:C3']);
  expect(() => readSheetFast(xml.replace('<sheetData>', '<!-- x --><sheetData>'), context(true, false))).toThrow(
    NotPlain,
  );
});
