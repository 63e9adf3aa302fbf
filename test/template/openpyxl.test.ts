import { join } from 'node:path';
import { findPack } from '../../src/core/packs';
import { META_SHEET, parseMeta } from '../../src/core/meta/schema';
import { PACK_IDS, artifactDir, python, writeAll } from './cli';
import { checkFormSheet, type WorkbookView } from './view';

/** The same templates read by a second, independent reader: openpyxl (one python run for all five). */
let views: Record<string, WorkbookView>;

beforeAll(async () => {
  const files = await writeAll('template', artifactDir('openpyxl'));
  const out = JSON.parse(
    python(
      join(__dirname, 'readOpenpyxl.py'),
      PACK_IDS.map((id) => files[id]),
    ),
  ) as Record<string, WorkbookView>;
  views = Object.fromEntries(PACK_IDS.map((id) => [id, out[files[id]]]));
});

describe.each(PACK_IDS.map((id) => [id] as const))('template %s read back with openpyxl', (id) => {
  const pack = findPack(id)!;

  it('shows exactly the form sheets; the identification sheet is veryHidden', () => {
    const states = views[id].sheets.map((s) => [s.name.split(' ')[0], s.state]);
    expect(states).toEqual([
      ...pack.forms.map((f) => [f.id, 'visible']),
      ['说明', 'visible'],
      [META_SHEET, 'veryHidden'],
    ]);
  });

  it.each(pack.forms.map((f) => [f.id, f] as const))('%s: everything a clerk sees and prints', (_, form) => {
    expect(checkFormSheet(pack, form, views[id])).toEqual([]);
  });

  it('keeps valid JSON in _lianfang and an LF_ name per form', () => {
    const meta = views[id].sheets.find((s) => s.name === META_SHEET)!;
    const parsed = parseMeta(meta.cells.A1);
    expect(parsed?.pack).toBe(id);
    expect(Object.keys(views[id].names).filter((n) => n.startsWith('LF_'))).toEqual([
      ...pack.forms.map((f) => `LF_${f.id}_1`),
      'LF_OWN_INFO',
    ]);
  });
});
