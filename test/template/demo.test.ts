import { columnLetter } from '../../src/core/a1';
import { META_SHEET, parseMeta } from '../../src/core/meta/schema';
import { findPack } from '../../src/core/packs';
import { PACK_IDS, artifactDir, writeAll } from './cli';
import { readWithExceljs } from './readExceljs';
import { checkFormSheet, drawn, findLabel, locate, valueRightOf, type WorkbookView } from './view';

/** `lianfang demo <pack>`: the realistic sample lands in the right cells of the right sheets. */
const views: Record<string, WorkbookView> = {};

beforeAll(async () => {
  const files = await writeAll('demo', artifactDir('demo'));
  for (const id of PACK_IDS) views[id] = (await readWithExceljs(files[id])).view;
});

describe.each(PACK_IDS.map((id) => [id] as const))('demo %s', (id) => {
  const pack = findPack(id)!;

  it('has a sheet per filled instance (张三’s A3, 李四’s A3 …) and per form without one', () => {
    const visible = views[id].sheets.filter((s) => s.state === 'visible').map((s) => s.name);
    const expected = pack.forms.flatMap((f) => {
      const mine = pack.sample.instances.filter((i) => i.form === f.id);
      return mine.length ? mine.map((i) => `${f.id} ${i.name ?? f.title}`) : [`${f.id} ${f.title}`];
    });
    // Long titles are cut to Excel's 31 characters.
    expect(visible).toEqual([...expected.map((e) => e.slice(0, 31)), '说明']);
    const meta = parseMeta(views[id].sheets.find((s) => s.name === META_SHEET)!.cells.A1);
    expect(meta?.forms.filter((f) => f.instance).map((f) => f.instance)).toEqual(
      pack.sample.instances.filter((i) => i.name).map((i) => i.name),
    );
  });

  it('puts every header value and every sample cell where the form says', () => {
    const problems: string[] = [];
    const count: Record<string, number> = {};
    for (const inst of pack.sample.instances) {
      const form = pack.forms.find((f) => f.id === inst.form)!;
      count[form.id] = (count[form.id] ?? 0) + 1;
      const { sheet, titleRow, headerRow, bodyStart, col } = locate(views[id], form, count[form.id]);
      form.header.forEach((h) => {
        const want = inst.header[h.key];
        if (want === null || want === undefined) return;
        const label =
          findLabel(sheet, h.label, titleRow + 1, headerRow - 1) ??
          findLabel(sheet, h.label.replace(/\(/, '：('), titleRow + 1, headerRow - 1);
        const got = label ? valueRightOf(sheet, label) : '(label not printed)';
        if (got !== want) problems.push(`${sheet.name} ${h.label}: ${String(got)} ≠ ${String(want)}`);
      });
      inst.rows.forEach((rec, i) => {
        drawn(form).columns.forEach((c, ci) => {
          const want = rec[c.key] ?? null;
          // A group cell is merged down: only the first row of its run holds the text.
          if (c.group && i > 0 && inst.rows[i - 1][c.key] === rec[c.key]) return;
          // A letter (D3) closes with the name and, on the line below, the date.
          const addr = `${columnLetter(col[c.key])}${bodyStart + (form.kind === 'pledge' ? ci : i)}`;
          const got = sheet.cells[addr] ?? null;
          if (got !== want) problems.push(`${sheet.name}!${addr} ${c.label}: ${String(got)} ≠ ${String(want)}`);
        });
      });
    }
    expect(problems).toEqual([]);
  });

  it('keeps the template’s checks on filled sheets (dropdowns, fills, print setup)', () => {
    for (const form of pack.forms) expect(checkFormSheet(pack, form, views[id])).toEqual([]);
  });
});
