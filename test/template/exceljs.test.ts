import { findPack } from '../../src/core/packs';
import { META_SHEET, parseMeta } from '../../src/core/meta/schema';
import { PACK_IDS, artifactDir, runCli, writeAll } from './cli';
import { readWithExceljs } from './readExceljs';
import { checkFormSheet, type WorkbookView } from './view';

/** `lianfang template <pack>` for every pack, read back with ExcelJS. */
let files: Record<string, string>;
const views: Record<string, WorkbookView> = {};

beforeAll(async () => {
  files = await writeAll('template', artifactDir('exceljs'));
  for (const id of PACK_IDS) views[id] = (await readWithExceljs(files[id])).view;
});

describe.each(PACK_IDS.map((id) => [id] as const))('template %s read back with ExcelJS', (id) => {
  const pack = findPack(id)!;

  it('has one visible sheet per form, in the plan’s order, each named by its form', () => {
    const visible = views[id].sheets.filter((s) => s.state === 'visible');
    // The plan's forms in order, then the 说明 sheet (what the plan says about levels, figures and dates).
    expect(visible.map((s) => s.name.split(' ')[0])).toEqual([...pack.forms.map((f) => f.id), '说明']);
    for (const [i, f] of pack.forms.entries()) expect(visible[i].name).toContain(f.title.slice(0, 10));
  });

  it.each(pack.forms.map((f) => [f.id, f] as const))(
    '%s: title, header fields, column headings, dropdowns, limits, level fills, frozen header and print setup',
    (_, form) => {
      expect(checkFormSheet(pack, form, views[id])).toEqual([]);
    },
  );

  it('hides its identification in a veryHidden _lianfang sheet with valid JSON and LF_ names on every title', () => {
    const meta = views[id].sheets.find((s) => s.name === META_SHEET)!;
    expect(meta.state).toBe('veryHidden');
    const parsed = parseMeta(meta.cells.A1);
    expect(parsed).toMatchObject({ app: 'lianfang', pack: id });
    expect(parsed!.forms.map((f) => f.form)).toEqual(pack.forms.map((f) => f.id));
    for (const ref of parsed!.forms) expect(views[id].names[ref.anchor]).toMatch(/![$]A[$]\d+$/);
  });
});

it('refuses to overwrite an existing file without --force, and says so in Chinese', async () => {
  const r = await runCli('template', 'railway-2014', '-o', files['railway-2014']);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/错误 \[/);
});

it('names an unknown pack instead of writing anything', async () => {
  const r = await runCli('template', 'nowhere-2000', '-o', `${files['railway-2014']}.x.xlsx`);
  expect(r.code).not.toBe(0);
  expect(r.err).toMatch(/nowhere-2000|错误/);
});
