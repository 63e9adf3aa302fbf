import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import { displayText } from '../../src/core/cell';
import type { Pack } from '../../src/core/forms/pack';
import { PACKS } from '../../src/core/packs';
import { COVER_SHEET, readReportData } from '../../src/core/report';
import { ARTIFACTS, choosePack, chosenPack, expectVisible, seriousAxeViolations } from './support';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const byId = (id: string) => PACKS.find((p) => p.id === id)!;
const heshui = byId('heshui-2012');

/** A 合水县 unit's self-check typed by hand (not lianfang's template), with the spellings clerks use. */
async function handTypedHeshui(unit: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('李明');
  const rows: Array<Array<string | number | null>> = [
    ['附表1'],
    ['个人岗位风险点自查表'],
    [`单位：${unit}　　科室：办公室　　姓名：李明　　岗位：办公室主任`],
    ['岗位职责：负责公文、会务和固定资产管理'],
    ['序号', '风险点描述', '风险类型', '风险等级', '防控措施'],
    [1, '公务接待超标准、超范围', '岗位职责风险', 'Ⅰ级', '严格执行接待标准'],
    [2, '固定资产处置不规范', '制度机制', '2级', '资产处置集体研究'],
    [3, '对请托事项把关不严', '思想道德', '三级', '廉政教育'],
  ];
  rows.forEach((r, i) => r.forEach((v, c) => v !== null && (ws.getCell(i + 1, c + 1).value = v)));
  ws.mergeCells('A2:E2');
  ws.mergeCells('A3:E3');
  ws.mergeCells('A4:E4');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Everything the page shows in Chinese uses full-width punctuation (，；：（）), whatever step it is at. */
async function expectFullWidth(page: Page) {
  const text = await page.evaluate(() => document.body.innerText);
  const bad = text.split('\n').filter((l) => /[\u3400-\u9fff「」][,;:()]|[,;:()][\u3400-\u9fff「」]/u.test(l));
  expect(bad).toEqual([]);
}

interface ReportSeen {
  sheets: string[];
  cover: string;
  units: string[];
}

/** What a report downloaded from the page holds: its visible sheets, its cover's text, the units in its data. */
async function readReport(file: string): Promise<ReportSeen> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const snap = snapshotWorkbook(wb);
  const cover = snap.sheets.find((s) => s.name === COVER_SHEET)!;
  return {
    sheets: wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name),
    cover: cover.rows
      .flat()
      .map((v) => displayText(v ?? null))
      .join('\n'),
    units: readReportData(snap).units.map((u) => u.unit),
  };
}

/** A report of `pack` and nothing else: cover first, its forms only, no other programme's, units by name. */
function expectReportOf(r: ReportSeen, pack: Pack, units: string[]) {
  expect(r.sheets[0]).toBe(COVER_SHEET);
  const formSheets = r.sheets.filter((s) => /^[A-Z]\d{1,2} /.test(s));
  expect(formSheets.length).toBeGreaterThan(0);
  const mine = new Set(pack.forms.map((f) => f.id));
  expect(formSheets.filter((s) => !mine.has(s.split(' ')[0]))).toEqual([]);
  expect(r.cover).toContain(pack.name);
  expect([...r.units].sort()).toEqual([...units].sort());
  for (const u of units) expect(r.cover).toContain(u);
  // A file name is never given as a unit.
  expect(r.cover).not.toMatch(/\.xlsx/);
}

/**
 * One session through all five programmes, as a committee clerk would click: each programme's sample, its report;
 * back and forth between programmes; a hand-typed workbook of another programme uploaded while one is chosen.
 */
export function describeProgrammeWalk(session: () => { page: Page; url: string }) {
  describe('all five programmes in one session', () => {
    let page: Page;
    const pick = async (pack: Pack) => {
      await choosePack(page, pack.name);
      await expectVisible(page.getByText(`共 ${pack.forms.length} 张表`));
    };
    const report = async (name: string): Promise<ReportSeen> => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '生成报送工作簿', exact: true }).click(),
      ]);
      const file = join(ARTIFACTS, `walk-${name}.xlsx`);
      await download.saveAs(file);
      return readReport(file);
    };
    const sheetsOf = (file: string) => page.getByRole('table', { name: `「${file}」中的工作表` });

    beforeAll(async () => {
      ({ page } = session());
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(session().url);
    });

    test('each programme: its sample, and a report of that programme alone while the others stay open', async () => {
      PACKS.forEach((p, i) => expect(PACKS.indexOf(p)).toBe(i));
      const withNotices: string[] = [];
      for (const [i, pack] of PACKS.entries()) {
        await pick(pack);
        await page.getByRole('button', { name: '打开示例工作簿' }).click();
        const file = `${pack.name}-示例.xlsx`;
        await expectVisible(sheetsOf(file));
        await expectVisible(page.getByText(`此工作簿按方案「${pack.name}」建立。`));
        await expectVisible(page.getByText(`报送工作簿将汇编 1 个工作簿：${file}。`));
        if (i > 0) {
          const note = page.getByText(/^未编入报送工作簿：/);
          for (const prev of PACKS.slice(0, i))
            expect(await note.textContent()).toContain(`${prev.name}-示例.xlsx（属于方案「${prev.name}」，不编入）`);
        }
        const r = await report(pack.id);
        expectReportOf(r, pack, [pack.sample.unit]);
        const written = page.getByText(new RegExp(`^已生成报送工作簿「${file.replace('.xlsx', '')}-报送\\.xlsx」`));
        await expectVisible(written);
        // The page's counts are the cover's: 提示 included (the school sample's dates typed as text have some).
        const said = /校验记录 (\d+) 个错误、(\d+) 个提醒(?:、(\d+) 条提示)?。/.exec((await written.textContent())!)!;
        const onCover = /(\d+) 个错误，(\d+) 个提醒|没有错误或提醒|没有发现问题/.exec(r.cover)!;
        expect([said[1], said[2]]).toEqual(onCover[1] ? [onCover[1], onCover[2]] : ['0', '0']);
        expect(said[3] ?? '0').toBe(/另有 (\d+) 条提示/.exec(r.cover)?.[1] ?? '0');
        if (said[3]) withNotices.push(pack.id);
      }
      expect(withNotices).toContain('school-2010');
      await expectFullWidth(page);
    });

    test('switching back and forth shows that programme’s workbook, its sheets as validation reads them', async () => {
      for (const pack of [heshui, PACKS[0], byId('railway-2014'), heshui]) {
        await pick(pack);
        const file = `${pack.name}-示例.xlsx`;
        await expectVisible(sheetsOf(file));
        await expectVisible(page.getByText(`此工作簿按方案「${pack.name}」建立。`));
        // The sheet list and 一键校验 read the same forms.
        await page.getByRole('button', { name: '一键校验', exact: true }).click();
        await expectVisible(page.getByText(/^校验(完成|通过)：/));
        const listed = await sheetsOf(file).getByRole('row').allTextContents();
        for (const form of pack.forms) expect(listed.join('\n')).toContain(`${form.id} ${form.title}`);
        expect(await page.getByRole('dialog').count()).toBe(0);
        // 签章 starts afresh: no form of the workbook shown before is still chosen, and it offers this one's.
        const signForm = page.getByRole('combobox', { name: '要签章的表格' });
        expect((await signForm.textContent())?.trim()).toBe('');
        await signForm.click();
        const offered = await page.getByRole('listbox').getByRole('option').allTextContents();
        expect(offered.length).toBeGreaterThan(0);
        const ids = new Set(pack.forms.map((f) => f.id));
        expect(offered.filter((o) => !ids.has(o.split(' ')[0]))).toEqual([]);
        await page.getByRole('listbox').getByRole('option').first().click();
      }
    });

    test('a hand-typed workbook of another programme: the page asks, never switches by itself', async () => {
      const puyang = PACKS[0];
      await pick(puyang);
      await page
        .getByLabel('打开 .xlsx 工作簿')
        .setInputFiles({ name: '合水县教育局.xlsx', mimeType: XLSX, buffer: await handTypedHeshui('合水县教育局') });
      const dialog = page.getByRole('alertdialog');
      await expectVisible(dialog);
      expect(await dialog.textContent()).toContain(
        `「合水县教育局.xlsx」中的表格看起来属于方案「${heshui.name}」，而当前选择的是「${puyang.name}」`,
      );
      await page.screenshot({ path: join(ARTIFACTS, 'page-other-programme.png') });
      await dialog.getByRole('button', { name: '稍后再定（暂不编入报送）' }).click();
      // Still puyang; the new workbook is shown as another programme's and left out.
      expect(await chosenPack(page)).toBe(puyang.name);
      await expectVisible(
        page.getByText(`此工作簿的表格属于方案「${heshui.name}」，不属于当前选择的方案「${puyang.name}」`).first(),
      );
      expect(await page.getByRole('button', { name: '一键校验', exact: true }).count()).toBe(0);
      const switcher = page.getByRole('combobox', { name: /已打开 \d+ 个工作簿/ });
      await switcher.click();
      await page
        .getByRole('listbox')
        .getByRole('option', { name: `${puyang.name}-示例.xlsx` })
        .click();
      const r = await report('puyang-with-other');
      expectReportOf(r, puyang, [puyang.sample.unit]);
      await expectVisible(page.getByText(/合水县教育局\.xlsx（属于方案「合水县 2012 廉政风险防控」，不编入）/).first());
      await expectFullWidth(page);
      await page.setViewportSize({ width: 360, height: 800 });
      await page.screenshot({ path: join(ARTIFACTS, 'page-left-out-360.png'), fullPage: true });
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 900 });
    });

    test('answering 切换 takes the workbook’s programme: its report holds both of its units, recast nothing', async () => {
      const puyang = PACKS[0];
      await page
        .getByLabel('打开 .xlsx 工作簿')
        .setInputFiles({ name: '合水县水务局.xlsx', mimeType: XLSX, buffer: await handTypedHeshui('合水县水务局') });
      const dialog = page.getByRole('alertdialog');
      await expectVisible(dialog);
      await dialog.getByRole('button', { name: `切换到「${heshui.name}」` }).click();
      expect(await chosenPack(page)).toBe(heshui.name);
      await expectVisible(sheetsOf('合水县水务局.xlsx'));
      await expectVisible(page.getByText(/^报送工作簿将汇编 3 个工作簿：/));
      const r = await report('heshui-three');
      expectReportOf(r, heshui, [heshui.sample.unit, '合水县教育局', '合水县水务局']);
      // The other programmes' samples stay open and out.
      const left = await page
        .getByText(/^未编入报送工作簿：/)
        .first()
        .textContent();
      expect(left).toContain(`${puyang.name}-示例.xlsx（属于方案「${puyang.name}」，不编入）`);
      await page.screenshot({ path: join(ARTIFACTS, 'page-walk-1280.png'), fullPage: true });
    });

    test('switching workbook within a programme: the sheet list and 签章 follow the workbook shown', async () => {
      const switchTo = async (file: string) => {
        await page.getByRole('combobox', { name: /已打开 \d+ 个工作簿/ }).click();
        await page.getByRole('listbox').getByRole('option', { name: file, exact: true }).click();
        await expectVisible(sheetsOf(file));
      };
      const signForm = page.getByRole('combobox', { name: '要签章的表格' });
      const offered = async () => {
        await signForm.click();
        const all = await page.getByRole('listbox').getByRole('option').allTextContents();
        await page.keyboard.press('Escape');
        return all;
      };
      await switchTo(`${heshui.name}-示例.xlsx`);
      const sample = await offered();
      expect(sample.length).toBeGreaterThan(1);
      await signForm.click();
      await page.getByRole('listbox').getByRole('option', { name: sample[0], exact: true }).click();
      expect((await signForm.textContent())?.trim()).toBe(sample[0]);
      // The hand-typed one holds one form, on sheet 李明: the list, validation and 签章 all read it, nothing else.
      await switchTo('合水县水务局.xlsx');
      const rows = await sheetsOf('合水县水务局.xlsx').getByRole('row').allTextContents();
      expect(rows.join('\n')).toContain('李明B1 个人岗位风险点自查表');
      await page.getByRole('button', { name: '一键校验', exact: true }).click();
      await expectVisible(page.getByText(/^校验(完成|通过)：/));
      expect((await signForm.textContent())?.trim()).toBe('');
      expect(await offered()).toEqual(['李明']);
      await expectFullWidth(page);
    });
  });
}
