import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** What a corpus file must give: exit 0 (maybe with warnings) or exit 2 with this error code. */
export interface CorpusCase {
  name: string;
  file: string;
  error?: string;
  /** For errors: a param the message must name (the missing part, …). */
  part?: string;
  warnings?: string[];
}

export const PYTHON = '/usr/bin/python3';

/** A small, valid workbook with two sheets and two defined names, written by ExcelJS. */
export async function baseWorkbook(rows = 5): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('风险点');
  ws.addRow(['岗位', '风险点', '等级']);
  for (let i = 1; i <= rows; i++) ws.addRow([`岗位${i}`, `廉政风险${i}`, i % 3]);
  wb.addWorksheet('备注').getCell('A1').value = '说明';
  wb.definedNames.add("'风险点'!$A$1:$C$2", 'Foo');
  wb.definedNames.add("'风险点'!$B$2", 'Bar');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

type Parts = Record<string, Uint8Array>;
const text = (parts: Parts, name: string) => new TextDecoder().decode(parts[name]);
const setText = (parts: Parts, name: string, xml: string) => (parts[name] = strToU8(xml));

export function mutate(base: Uint8Array, fn: (parts: Parts) => void): Uint8Array {
  const parts = unzipSync(base) as Parts;
  fn(parts);
  return zipSync(parts as Zippable);
}

/** A zip whose one part inflates to `size` bytes of 'a' (ratio ≈ 1000), optionally with lying headers. */
function zipBomb(base: Uint8Array, size: number, lie: boolean): Uint8Array {
  const bomb = zipSync({
    ...(unzipSync(base) as Zippable),
    'xl/worksheets/sheet1.xml': [new Uint8Array(size).fill(97), { level: 9 }],
  });
  if (!lie) return bomb;
  // Rewrite the central directory's uncompressed size of that entry to 1000 bytes.
  const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
  for (let i = bomb.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    let p = view.getUint32(i + 16, true);
    for (let n = 0; n < view.getUint16(i + 10, true); n++) {
      const nameLen = view.getUint16(p + 28, true);
      const name = new TextDecoder().decode(bomb.subarray(p + 46, p + 46 + nameLen));
      if (name === 'xl/worksheets/sheet1.xml') {
        view.setUint32(p + 24, 1000, true);
        view.setUint32(view.getUint32(p + 42, true) + 22, 1000, true);
      }
      p += 46 + nameLen + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    }
    break;
  }
  return bomb;
}

function ole(streamName: string): Uint8Array {
  const out = new Uint8Array(4096);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let i = 0; i < streamName.length; i++) out[1024 + i * 2] = streamName.charCodeAt(i);
  return out;
}

const OPENPYXL_SCRIPT = `
import sys
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName
wb = Workbook()
ws = wb.active
ws.title = '风险点'
ws.append(['岗位', '风险点', '等级'])
for i in range(1, 6):
    ws.append([f'岗位{i}', f'风险{i}', i])
ws['A1'].font = Font(bold=True, color='FF0000')
ws['B1'].fill = PatternFill('solid', fgColor='FFFF00')
ws['A2'].comment = Comment('请核对岗位名称', '审核人')
ws['C3'].comment = Comment('第二条批注', '张三')
wb.defined_names.append(DefinedName('风险区域', attr_text="'风险点'!$A$1:$C$6"))
ws2 = wb.create_sheet('备注')
ws2['A2'] = '其他'
wb.save(sys.argv[1])
chart = BarChart()
chart.add_data(Reference(ws, min_col=3, min_row=1, max_row=6), titles_from_data=True)
ws.add_chart(chart, 'E2')
wb.save(sys.argv[2])
`;

/** Workbooks written by openpyxl: comments, styles and a defined name; and the same with a chart. */
export function openpyxlFiles(dir: string): { comments: string; chart: string } {
  const comments = path.join(dir, 'openpyxl-comments.xlsx');
  const chart = path.join(dir, 'openpyxl-chart.xlsx');
  const r = spawnSync(PYTHON, ['-c', OPENPYXL_SCRIPT, comments, chart], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`openpyxl failed: ${r.stderr}`);
  return { comments, chart };
}

const SHEET1 = 'xl/worksheets/sheet1.xml';

/** Text in GBK, as some Chinese tools write XML parts (Node can decode GBK but not encode it). */
function gbk(text: string): Uint8Array {
  const r = spawnSync(
    PYTHON,
    ['-c', 'import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode("utf-8").encode("gbk"))'],
    {
      input: text,
    },
  );
  if (r.status !== 0) throw new Error(String(r.stderr));
  return new Uint8Array(r.stdout);
}

/** Builds every malformed or crafted file in `dir` and says what each must give. */
export async function buildCorpus(dir: string): Promise<CorpusCase[]> {
  mkdirSync(dir, { recursive: true });
  const base = await baseWorkbook();
  const cases: Array<Omit<CorpusCase, 'file'> & { bytes?: Uint8Array; file?: string }> = [];
  const add = (name: string, bytes: Uint8Array, expect: Omit<CorpusCase, 'name' | 'file'>) =>
    cases.push({ name, bytes, ...expect });
  const addSheetXml = (name: string, edit: (xml: string) => string, expect: Omit<CorpusCase, 'name' | 'file'>) =>
    add(
      name,
      mutate(base, (p) => setText(p, SHEET1, edit(text(p, SHEET1)))),
      expect,
    );
  const addWorkbookXml = (name: string, edit: (xml: string) => string, expect: Omit<CorpusCase, 'name' | 'file'>) =>
    add(
      name,
      mutate(base, (p) => setText(p, 'xl/workbook.xml', edit(text(p, 'xl/workbook.xml')))),
      expect,
    );

  add('valid', base, {});
  add('truncated', base.subarray(0, Math.floor(base.length / 2)), { error: 'corrupt' });
  add('zero-bytes', new Uint8Array(0), { error: 'not_xlsx' });
  add('text-renamed', strToU8('岗位,风险点,等级\n办公室,公车私用,高\n'), { error: 'not_xlsx' });
  add('html-renamed', strToU8('<html><body><table><tr><td>1</td></tr></table></body></html>'), { error: 'not_xlsx' });
  add('zip-bomb', zipBomb(base, 8 * 1024 * 1024, false), { error: 'too_large' });
  add('zip-bomb-lying-header', zipBomb(base, 8 * 1024 * 1024, true), { error: 'too_large' });
  add(
    '10000-entries',
    mutate(base, (p) => {
      for (let i = 0; i < 10_000; i++) p[`xl/junk/${i}.bin`] = new Uint8Array(1);
    }),
    { error: 'too_large' },
  );
  add(
    'billion-laughs',
    mutate(base, (p) => {
      const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
      const sst = text(p, 'xl/sharedStrings.xml');
      setText(
        p,
        'xl/sharedStrings.xml',
        sst.replace('?>', `?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${lol}]>`).replace('岗位1', '&lol9;'),
      );
    }),
    { error: 'unsafe_content' },
  );
  addWorkbookXml(
    'xxe',
    (x) =>
      x
        .replace('?>', '?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
        .replace('name="备注"', 'name="&xxe;"'),
    {
      error: 'unsafe_content',
    },
  );
  addWorkbookXml(
    'proto-defined-names',
    (x) => x.replace('name="Foo"', 'name="__proto__"').replace('name="Bar"', 'name="constructor"'),
    { warnings: ['defined_name_renamed'] },
  );
  addWorkbookXml('proto-tostring-name', (x) => x.replace('name="Foo"', 'name="toString"'), {
    warnings: ['defined_name_renamed'],
  });
  addWorkbookXml(
    'proto-sheet-names',
    (x) =>
      x
        .split('风险点')
        .join('__proto__')
        .replace(/name="备注"/, 'name="constructor"'),
    { warnings: ['sheet_renamed'] },
  );
  add(
    'proto-cells-and-hidden-json',
    mutate(base, (p) => {
      const sst = text(p, 'xl/sharedStrings.xml');
      setText(
        p,
        'xl/sharedStrings.xml',
        sst
          .replace('岗位', '__proto__')
          .replace('风险点', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
      );
    }),
    {},
  );
  addSheetXml(
    'whole-sheet-merge',
    (x) => x.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'),
    {
      warnings: ['merge_dropped'],
    },
  );
  addWorkbookXml(
    'whole-sheet-defined-name',
    (x) => x.replace(/(<definedName name="Foo"[^>]*>)[^<]*/, (_, open: string) => `${open}'风险点'!$A$1:$XFD$1048576`),
    {
      warnings: ['defined_name_dropped'],
    },
  );
  addSheetXml(
    'whole-sheet-validation',
    (x) =>
      x.replace(
        '</sheetData>',
        '</sheetData><dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"高,中,低"</formula1></dataValidation></dataValidations>',
      ),
    { warnings: ['validation_clipped'] },
  );
  addSheetXml(
    'xfd1048576-dimension',
    (x) =>
      x
        .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
        .replace(
          '</sheetData>',
          '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>末格</t></is></c></row></sheetData>',
        ),
    {},
  );
  add(
    'missing-sheet-part',
    mutate(base, (p) => delete p[SHEET1]),
    { error: 'corrupt', part: SHEET1 },
  );
  add(
    'missing-workbook',
    mutate(base, (p) => delete p['xl/workbook.xml']),
    { error: 'corrupt', part: 'xl/workbook.xml' },
  );
  add(
    'missing-content-types',
    mutate(base, (p) => delete p['[Content_Types].xml']),
    { error: 'corrupt', part: '[Content_Types].xml' },
  );
  add(
    'invalid-utf8',
    mutate(base, (p) => {
      const sst = p['xl/sharedStrings.xml'];
      const bad = new Uint8Array(sst.length + 2);
      const at = new TextDecoder().decode(sst).indexOf('<t>') + 3;
      const cut = new TextEncoder().encode(new TextDecoder().decode(sst).slice(0, at)).length;
      bad.set(sst.subarray(0, cut));
      bad.set([0xff, 0xfe], cut);
      bad.set(sst.subarray(cut), cut + 2);
      p['xl/sharedStrings.xml'] = bad;
    }),
    { error: 'corrupt', part: 'xl/sharedStrings.xml' },
  );
  addSheetXml(
    'deep-nesting',
    (x) => x.replace('</worksheet>', `<extLst>${'<a>'.repeat(50_000)}${'</a>'.repeat(50_000)}</extLst></worksheet>`),
    {
      error: 'too_large',
    },
  );
  add(
    'missing-shared-strings',
    mutate(base, (p) => delete p['xl/sharedStrings.xml']),
    {
      error: 'corrupt',
      part: 'xl/sharedStrings.xml',
    },
  );
  add(
    'ods-renamed',
    zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<x/>') }),
    {
      error: 'not_xlsx',
    },
  );
  add(
    'gbk-shared-strings',
    mutate(base, (p) => {
      const sst = text(p, 'xl/sharedStrings.xml').replace(/encoding="UTF-8"/i, 'encoding="GBK"');
      p['xl/sharedStrings.xml'] = gbk(sst);
    }),
    {},
  );
  add(
    'x-prefixed-spreadsheetml',
    mutate(base, (p) => {
      for (const part of ['xl/workbook.xml', SHEET1, 'xl/sharedStrings.xml'])
        setText(
          p,
          part,
          text(p, part)
            .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s>/])/g, '<$1x:$2')
            .replace(
              /xmlns="http:\/\/schemas.openxmlformats.org\/spreadsheetml\/2006\/main"/,
              'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
            ),
        );
    }),
    {},
  );
  addWorkbookXml(
    'too-many-sheets',
    (x) =>
      x.replace(
        /<sheets>[\s\S]*<\/sheets>/,
        `<sheets>${Array.from({ length: 501 }, (_, i) => `<sheet name="表${i}" sheetId="${i + 1}" r:id="rId1"/>`).join('')}</sheets>`,
      ),
    { error: 'too_many_sheets' },
  );
  add('encrypted', ole('EncryptionInfo'), { error: 'encrypted' });
  add('legacy-xls', ole('Workbook'), { error: 'legacy_xls' });
  addWorkbookXml('huge-sheet-id', (x) => x.replace(/sheetId="1"/, 'sheetId="4294967295"'), {});
  add(
    'deflate-garbage',
    mutate(base, () => undefined).map((b, i, a) => (i > 60 && i < 200 && i < a.length ? b ^ 0x5a : b)),
    {
      error: 'corrupt',
    },
  );

  const { comments, chart } = openpyxlFiles(dir);
  cases.push({ name: 'openpyxl-comments', file: comments, warnings: ['lost_on_save'] });
  cases.push({ name: 'openpyxl-chart', file: chart, warnings: ['lost_on_save'] });

  return cases.map(({ bytes, ...c }) => {
    const file = c.file ?? path.join(dir, `${c.name}.xlsx`);
    if (bytes) writeFileSync(file, bytes);
    return { ...c, file };
  });
}
