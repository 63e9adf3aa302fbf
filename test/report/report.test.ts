import { execFileSync } from 'node:child_process';
import { writeFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { displayText } from '../../src/core/cell';
import { PACKS, findPack } from '../../src/core/packs';
import { COVER_SHEET, REPORT_DATA_SHEET, readReportData, riskPoints } from '../../src/core/report';
import { convertToPdf, findSoffice } from '../../src/doors/cli/pdf';
import { cli, freshDir, load, openpyxl, texts } from './helpers';

/*
 * The report as the committee clerk gets it: made by the CLI from the `demo` workbooks of every pack,
 * read with ExcelJS and openpyxl, converted to PDF by LibreOffice, and read back by lianfang.
 */
const dir = freshDir();
const src = (id: string) => path.join(dir, `${id}.xlsx`);
const rep = (id: string) => path.join(dir, `报告-${id}.xlsx`);

beforeAll(async () => {
  for (const p of PACKS) {
    expect((await cli('demo', p.id, '-o', src(p.id))).code).toBe(0);
    const r = await cli('report', src(p.id), '-o', rep(p.id), '--period', '2024年度');
    expect(r).toMatchObject({ code: 0 });
    expect(r.out).toContain('已写入报送工作簿');
  }
  // A committee consolidating: two units' workbooks, one of them sent up as a lower level's report.
  const other = path.join(dir, 'other-unit.xlsx');
  const { wb } = await load(src('puyang-2012'));
  for (const ws of wb.worksheets)
    ws.eachRow((row) => row.eachCell((c) => c.value === '濮阳市科学技术局' && (c.value = '濮阳市科技局高新区分局')));
  writeFileSync(other, new Uint8Array(await wb.xlsx.writeBuffer()));
  const r = await cli(
    'report',
    rep('puyang-2012'),
    other,
    src('puyang-2012'),
    '-o',
    rep('committee'),
    '--expect',
    '濮阳市科学技术局、濮阳市科技局高新区分局、濮阳市财政局',
  );
  expect(r.code).toBe(0);
});

describe.each(PACKS.map((p) => p.id))('report for %s', (id) => {
  const pack = findPack(id)!;

  it('opens on a visible, active 封面 naming unit, programme, period, counts and a linked table of contents', async () => {
    const { wb, snap } = await load(rep(id));
    expect(wb.worksheets[0].name).toBe(COVER_SHEET);
    expect(wb.worksheets[0].state).toBe('visible');
    expect(wb.views[0].activeTab).toBe(0);
    const cover = texts(snap.sheets[0].rows);
    for (const want of [pack.sample.unit, pack.name, pack.plan, '2024年度', '目　录', '合计', '签字盖章情况'])
      expect(cover).toContain(want);
    const visible = wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name);
    const links: string[] = [];
    wb.worksheets[0].eachRow((row) =>
      row.eachCell((c) => {
        if (c.type === ExcelJS.ValueType.Merge) return;
        const f = (c.value as ExcelJS.CellFormulaValue)?.formula;
        if (f?.startsWith('HYPERLINK')) links.push(/#'((?:[^']|'')+)'!A1/.exec(f)![1].replace(/''/g, "'"));
      }),
    );
    expect(links).toEqual(visible.slice(1));
    // Counts by level on the cover are the graded risk points of the source.
    const model = readReportData(snap);
    const points = riskPoints(pack, model);
    const totalRow = snap.sheets[0].rows.find((r) => r[1] === '合计');
    expect(totalRow?.[2]).toBe(points.length);
    expect(points.length).toBeGreaterThan(0);
  });

  it('holds every form of the source, in the plan’s order, with the source’s rows', async () => {
    const { snap } = await load(rep(id));
    const model = readReportData(snap);
    const all = snap.sheets
      .filter((s) => s.visibility === 'visible')
      .map((s) => texts(s.rows))
      .join('\n');
    for (const inst of pack.sample.instances) {
      const form = pack.forms.find((f) => f.id === inst.form)!;
      expect(all).toContain(form.title);
      for (const row of inst.rows)
        for (const v of Object.values(row)) if (v !== null && v !== '') expect(all).toContain(displayText(v));
    }
    const order = model.units[0].forms.map((f) => pack.forms.findIndex((x) => x.id === f.form));
    const sheetsOrder = snap.sheets
      .map((s) => pack.forms.findIndex((f) => s.name.startsWith(`${f.id} `)))
      .filter((i) => i >= 0);
    expect(sheetsOrder).toEqual([...sheetsOrder].sort((a, b) => a - b));
    expect(new Set(order)).toEqual(new Set(sheetsOrder));
  });

  it('carries the whole content as versioned JSON that reads back to exactly the source data', async () => {
    const { snap } = await load(rep(id));
    const data = snap.sheets.find((s) => s.name === REPORT_DATA_SHEET)!;
    expect(data.visibility).toBe('veryHidden');
    const model = readReportData(snap);
    expect(model).toMatchObject({ app: 'lianfang-report', schema: 1, pack: id, period: '2024年度' });
    // Every sample instance, header fields and rows, is in the model exactly (same keys, same values).
    for (const inst of pack.sample.instances) {
      const got = model.units[0].forms.filter((f) => f.form === inst.form);
      const match = got.find((f) => Object.entries(inst.header).every(([k, v]) => (f.header[k] ?? null) === v));
      expect(match).toBeDefined();
      const rows = match!.rows.map((r) => r.cells);
      for (const want of inst.rows)
        expect(rows.some((cells) => Object.entries(want).every(([k, v]) => (cells[k] ?? null) === v))).toBe(true);
    }
  });

  it('sets every printed sheet for A4, fit to width, titles repeated, 第 &P 页 共 &N 页 (openpyxl)', async () => {
    const py = openpyxl(rep(id));
    expect(py.active).toBe(COVER_SHEET);
    const printed = py.sheets.filter((s) => s.state === 'visible');
    expect(printed[0].name).toBe(COVER_SHEET);
    for (const s of printed) {
      expect(s).toMatchObject({ paperSize: 9, fitToWidth: true, footer: '第 &P 页 共 &N 页' });
      expect(s.printArea).toBeTruthy();
      if (s.name !== COVER_SHEET) expect(s.printTitleRows).toMatch(/^\$\d+:\$\d+$/);
    }
    const hidden = py.sheets.find((s) => s.name === REPORT_DATA_SHEET)!;
    expect(hidden.state).toBe('veryHidden');
    const json = hidden.values.map((r) => r[0]).join('');
    // Another reader joins the same chunks to the same document lianfang reads.
    expect(JSON.parse(json)).toEqual(readReportData((await load(rep(id))).snap));
  });
});

describe.each(PACKS.map((p) => p.id))('the 风险汇总 of the %s report, as handed in', (id) => {
  const pack = findPack(id)!;
  const summary = async () => {
    const { snap } = await load(rep(id));
    return { snap, sheet: snap.sheets.find((s) => s.name.startsWith('风险汇总'))! };
  };

  it('says nothing about lianfang, names no programme id and no cell or sheet reference', async () => {
    const { sheet } = await summary();
    const text = texts(sheet.rows);
    expect(text).toContain('廉政风险汇总');
    expect(text).not.toMatch(/lianfang|请勿在本表中填写/);
    expect(text).not.toMatch(/[a-z]+-\d{4}/);
    // No 'A3 周立新'!C8 or A3 周立新!C8, and no lianfang form id (A3, B1 …) before a name.
    expect(text).not.toMatch(/!\$?[A-Z]{1,3}\$?\d/);
    for (const f of pack.forms) expect(text).not.toMatch(new RegExp(`(^|\\s)${f.id} `));
  });

  it('names who monitors every top-level risk wherever the plan says who does', async () => {
    const { sheet } = await summary();
    const head = sheet.rows.findIndex((r) => r[0] === '序号' && r.includes('风险点'));
    expect(head).toBeGreaterThan(0);
    const cols = sheet.rows[head];
    const at = cols.indexOf('监控责任');
    const points = riskPoints(pack, readReportData((await load(rep(id))).snap)).filter((p) => p.level === 0);
    const body = sheet.rows.slice(head + 1, head + 1 + points.length);
    expect(body.map((r) => r[0])).toEqual(points.map((_, i) => i + 1));
    // heshui and school name a monitor per level, hangzhou a 责任领导 and railway a 管控领导 per risk; puyang nobody.
    const named = { 'puyang-2012': false } as Record<string, boolean>;
    if (named[id] === false) expect(at).toBe(-1);
    else for (const r of body) expect(String(r[at] ?? '').trim()).not.toBe('');
    if (pack.grading.levels[0].monitor) for (const r of body) expect(r[at]).toBe(pack.grading.levels[0].monitor);
  });

  it('prints at full scale: its columns fit the page it is set for, even in LibreOffice’s wider digits', async () => {
    const py = openpyxl(rep(id)).sheets.find((s) => s.name.startsWith('风险汇总'))!;
    const { wb } = await load(rep(id));
    const ws = wb.getWorksheet(py.name)!;
    const widths = ws.columns.slice(0, ws.columnCount).map((c) => c.width ?? 9);
    const page = py.orientation === 'landscape' ? 842 - 72 : 595 - 72;
    expect(widths.reduce((a, b) => a + b, 0) * 7).toBeLessThanOrEqual(page);
  });
});

describe('pack-specific registers', () => {
  it('railway: the 《廉政风险防控手册》 in the plan’s order, school: the 岗位腐败风险点目录 sorted by 风险等级, hangzhou: the two lists', async () => {
    const names = async (id: string) => (await load(rep(id))).wb.worksheets.map((w) => w.name);
    // After the cover and the 说明.
    expect((await names('railway-2014')).slice(2, 6)).toEqual([
      '手册一 职权目录',
      '手册二 风险分布',
      '手册三 防控措施',
      '手册四 制度建设计划',
    ]);
    expect((await names('hangzhou-2019')).slice(2, 4)).toEqual(['局本级风险清单', '处室分局直属单位风险清单']);
    const { snap } = await load(rep('school-2010'));
    const cat = snap.sheets.find((s) => s.name === '岗位腐败风险点目录')!;
    const header = cat.rows.findIndex((r) => r[0] === '序号');
    const li = cat.rows[header].indexOf('风险等级');
    const levels = cat.rows.slice(header + 1).map((r) => String(r[li]));
    const rank = (l: string) => ['一级', '二级', '三级'].indexOf(l);
    expect(levels.length).toBeGreaterThan(1);
    expect(levels.map(rank)).toEqual([...levels.map(rank)].sort((a, b) => a - b));
  });
});

describe('committee consolidating many units', () => {
  it('lists every unit side by side, counts each once, names who handed in twice and who not at all, and reads lower reports exactly', async () => {
    const { snap } = await load(rep('committee'));
    const model = readReportData(snap);
    expect(model.units.map((u) => u.unit)).toEqual(['濮阳市科学技术局', '濮阳市科技局高新区分局', '濮阳市科学技术局']);
    const lower = readReportData((await load(rep('puyang-2012'))).snap);
    expect(model.units[0]).toEqual(lower.units[0]);
    const sheet = snap.sheets.find((s) => s.name === '各单位汇总')!;
    const t = texts(sheet.rows) + texts(snap.sheets.find((s) => s.name === '报送情况')!.rows);
    expect(t).toContain('濮阳市科技局高新区分局');
    expect(t).toMatch(/应报未报单位[^]*濮阳市财政局/);
    expect(t).toMatch(/重复报送的单位[^]*濮阳市科学技术局/);
    const pack = findPack('puyang-2012')!;
    const once = model.units.filter((u, i) => model.units.findIndex((x) => x.unit === u.unit) === i);
    const total = sheet.rows.find((r) => String(r.find((v) => v !== null) ?? '').startsWith('总计'))!;
    expect(total.filter((v) => typeof v === 'number').pop()).toBe(riskPoints(pack, { ...model, units: once }).length);
  });

  it('refuses a report whose hidden data was tampered with, in zh-CN, exit 2', async () => {
    const { wb } = await load(rep('puyang-2012'));
    const ws = wb.getWorksheet(REPORT_DATA_SHEET)!;
    ws.getCell('A1').value = String(ws.getCell('A1').value).replace('"schema":1', '"schema":"1"');
    const bad = path.join(path.dirname(rep('x')), 'tampered.xlsx');
    writeFileSync(bad, new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = await cli('report', bad, '-o', path.join(path.dirname(bad), 'never.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('report_data_malformed');
    expect(r.err).toContain('已损坏');
    expect(existsSync(path.join(path.dirname(bad), 'never.xlsx'))).toBe(false);
  });
});

describe('sign-off blocks from the stamps', () => {
  it('fills the signed step with decision, signer and date, and the cover shows each stamp’s verification', async () => {
    const key = path.join(dir, 'k-self.json');
    const signed = path.join(dir, 'signed.xlsx');
    expect((await cli('keygen', '--name', '周立新', '-o', key)).code).toBe(0);
    const r0 = await cli(
      'sign',
      src('puyang-2012'),
      '--form',
      'A3 周立新',
      '--role',
      'self',
      '--key',
      key,
      '--accept-warnings',
      '--opinion',
      '同意',
      '--text',
      '本人确认',
      '-o',
      signed,
    );
    expect(r0).toMatchObject({ code: 0, err: '' });
    // A second copy changed after signing: its stamp no longer matches what was approved.
    const changed = path.join(dir, 'changed-after-sign.xlsx');
    const { wb } = await load(signed);
    const ws = wb.getWorksheet('A3 周立新')!;
    ws.eachRow((row) => row.eachCell((c) => c.value === '一级' && (c.value = '三级')));
    writeFileSync(changed, new Uint8Array(await wb.xlsx.writeBuffer()));

    const out = path.join(dir, '报告-signed.xlsx');
    const out2 = path.join(dir, '报告-changed.xlsx');
    // Without the signers' roster the report never says 核验有效: nobody checked who signed.
    const plain = await cli('report', signed, '-o', path.join(dir, '报告-no-roster.xlsx'));
    expect(plain.out).toContain('签章人身份未核验');
    const unchecked = texts((await load(path.join(dir, '报告-no-roster.xlsx'))).snap.sheets[0].rows);
    expect(unchecked).toContain('本人：同意（内容完整，签章人身份未核验）');
    expect(unchecked).not.toContain('核验有效');
    // The committee's roster lists 周立新's key for 本人 in his unit.
    const committee = path.join(dir, 'k-committee.json');
    const roster = path.join(dir, 'roster.json');
    expect((await cli('keygen', '--name', '濮阳市纪委', '-o', committee)).code).toBe(0);
    expect((await cli('roster', 'new', '--issuer', '濮阳市纪委', '--key', committee, '-o', roster)).code).toBe(0);
    const fp = JSON.parse(readFileSync(key, 'utf8')).fingerprint;
    const added = await cli(
      ...['roster', 'add', roster, '--key', committee, '--name', '周立新', '--fingerprint', fp],
      ...['--unit', '濮阳市科学技术局', '--role', '本人', '--in-place'],
    );
    expect(added.code).toBe(0);
    expect((await cli('report', signed, '-o', out, '--roster', roster)).code).toBe(0);
    expect((await cli('report', changed, '-o', out2, '--roster', roster)).code).toBe(0);
    const good = (await load(out)).snap;
    const cover = texts(good.sheets[0].rows);
    expect(cover).toContain('本人：同意（核验有效）');
    expect(cover).toContain('部门负责人：未签');
    const sheet = good.sheets.find((x) => x.name === 'A3 周立新')!;
    expect(texts(sheet.rows)).toMatch(/同意:本人确认\n本人 周立新　\d{4}-\d{2}-\d{2}\n（核验有效）/);
    const model = readReportData(good);
    expect(model.units[0].forms.find((f) => f.instance === '周立新')!.stamps).toMatchObject([
      { role: 'self', name: '周立新', decision: '同意', opinion: '本人确认', verification: 'valid' },
    ]);
    expect(texts((await load(out2)).snap.sheets[0].rows)).toContain('本人：同意（签后内容已改动）');
  });
});

describe('the unit seal', () => {
  it('draws the text seal for a 公章 step signed 同意, or places the seal image given with --seal', async () => {
    const key = path.join(dir, 'k-unit.json');
    const sealed = path.join(dir, 'sealed.xlsx');
    const png = path.join(dir, 'seal.png');
    writeFileSync(
      png,
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    expect((await cli('keygen', '--name', '局办公室', '-o', key)).code).toBe(0);
    const signed = await cli(
      'sign',
      src('puyang-2012'),
      '--form',
      'A1',
      '--role',
      'unit',
      '--key',
      key,
      '--accept-warnings',
      '--opinion',
      '同意',
      '-o',
      sealed,
    );
    expect(signed).toMatchObject({ code: 0, err: '' });
    const plain = path.join(dir, '报告-sealed-text.xlsx');
    const withImage = path.join(dir, '报告-sealed-image.xlsx');
    expect((await cli('report', sealed, '-o', plain)).code).toBe(0);
    expect((await cli('report', sealed, '-o', withImage, '--seal', png)).code).toBe(0);
    const a = await load(plain);
    expect(texts(a.snap.sheets.find((x) => x.name === 'A1 岗位职责目录')!.rows)).toContain(
      '〔濮阳市科学技术局 · 核验章〕',
    );
    expect(a.wb.getWorksheet('A1 岗位职责目录')!.getImages()).toHaveLength(0);
    const b = await load(withImage);
    expect(b.wb.getWorksheet('A1 岗位职责目录')!.getImages()).toHaveLength(1);
    expect(texts(b.snap.sheets.find((x) => x.name === 'A1 岗位职责目录')!.rows)).not.toContain('核验章');
    const bad = await cli('report', sealed, '-o', path.join(dir, 'x.xlsx'), '--seal', key);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('不是 PNG');
  });
});

describe('report --pdf', () => {
  it('writes the workbook and says plainly, in zh-CN, that LibreOffice is missing when it is', async () => {
    const saved = process.env.PATH;
    const out = path.join(dir, 'no-soffice.xlsx');
    process.env.PATH = path.join(dir, 'no-such-bin');
    try {
      const r = await cli('report', src('railway-2014'), '-o', out, '--pdf');
      expect(r.code).toBe(2);
      expect(r.err).toContain('report_pdf_no_soffice');
      expect(r.err).toContain('未找到 LibreOffice');
      expect(r.err).not.toMatch(/at .*\.ts:\d+/);
    } finally {
      process.env.PATH = saved;
    }
    expect(existsSync(out)).toBe(true);
    expect(existsSync(out.replace(/xlsx$/, 'pdf'))).toBe(false);
  });
});

describe('PDF through LibreOffice', () => {
  const ids = [...PACKS.map((p) => p.id), 'committee'];
  let pdfs: string[] = [];
  let calibration = '';
  beforeAll(async () => {
    if (!findSoffice()) throw new Error('LibreOffice (soffice) is required for these tests');
    // Text of the report's smallest size (10 pt 宋体) on an A4 page at full scale: how tall it prints unshrunk.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('校准');
    ws.getCell('A1').value = '十磅宋体校准文字';
    ws.getCell('A1').font = { name: '宋体', size: 10 };
    ws.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
    const cal = path.join(dir, 'calibration-10pt.xlsx');
    writeFileSync(cal, new Uint8Array(await wb.xlsx.writeBuffer()));
    [calibration, ...pdfs] = await convertToPdf([cal, ...ids.map(rep)], dir);
  }, 240_000);

  /** Each page's words with their printed heights (pdftotext -bbox), page numbers left out. */
  const pageWords = (pdf: string) =>
    execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' })
      .split('<page ')
      .slice(1)
      .map((page) =>
        [...page.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)]
          .map((m) => ({ text: m[3], height: Number(m[2]) - Number(m[1]) }))
          .filter((w) => !/^[第共页\d]+$/.test(w.text)),
      );

  it.each(PACKS.map((p) => p.id))(
    '%s: the cover, the 说明, the 风险汇总 and the top-level list print at full size (nothing below 10 pt)',
    (id) => {
      const full = Math.min(...pageWords(calibration)[0].map((w) => w.height));
      const title = findPack(id)!.reportTitle ?? '廉政风险防控工作报送材料';
      const pages = pageWords(pdfs[ids.indexOf(id)]).filter((words) => {
        const text = words.map((w) => w.text).join('');
        return [title, '说明', '廉政风险汇总'].some((t) => text.startsWith(t)) || /^.{1,3}（.色）廉政风险点/.test(text);
      });
      expect(pages.length).toBeGreaterThanOrEqual(4);
      for (const words of pages) expect(Math.min(...words.map((w) => w.height))).toBeGreaterThanOrEqual(full * 0.97);
    },
  );

  it.each(ids.map((id, i) => [id, i] as const))(
    '%s: A4 pages, page count in bounds, titles and totals printed',
    async (id, i) => {
      const pdf = pdfs[i];
      const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
      const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
      const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      expect(sizes.length).toBe(pages);
      for (const [w, h] of sizes) expect([Math.round(Math.min(w, h)), Math.round(Math.max(w, h))]).toEqual([595, 842]);
      const { wb, snap } = await load(rep(id));
      const printed = wb.worksheets.filter((w) => w.state === 'visible').length;
      // One page or more per sheet; a sample this small never needs three per sheet (no empty pages).
      expect(pages).toBeGreaterThanOrEqual(printed);
      expect(pages).toBeLessThanOrEqual(printed * 2);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/ +/g, ' ');
      // No empty pages: every page carries more than its page number.
      const perPage = text.split('\f').slice(0, pages);
      for (const page of perPage)
        expect(page.replace(/第\s*\d+\s*页\s*共\s*\d+\s*页|\s/g, '').length).toBeGreaterThan(0);
      const model = readReportData(snap);
      const pack = findPack(model.pack)!;
      expect(text).toContain(pack.reportTitle ?? '廉政风险防控工作报送材料');
      expect(text.replace(/\s/g, '')).toContain(`第1页共${pages}页`);
      expect(text.replace(/\s/g, '')).toContain(`第${pages}页共${pages}页`);
      for (const f of pack.forms.filter((f) => model.units.some((u) => u.forms.some((x) => x.form === f.id))))
        expect(text.replace(/\s/g, '')).toContain(f.title.replace(/\s/g, ''));
      const total = riskPoints(pack, model).length;
      expect(text).toMatch(new RegExp(`合计 .*\\b${total}\\b`));
      execFileSync('pdftoppm', ['-r', '60', '-png', pdf, path.join(dir, `page-${id}`)]);
    },
  );
});
