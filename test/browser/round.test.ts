import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { findPack } from '../../src/core/packs';
import { writeRounds } from '../round/generate';
import { ARTIFACTS, choosePack, sharedDoors, expectVisible, launch, seriousAxeViolations, serve } from './support';

/** The committee's round on the standalone page, in Chromium: last year's and this year's folders dropped. */
describe('this year against last, and the picture of all units, on the page', () => {
  let dist: string;
  let server: Server;
  let url: string;
  let ctx: BrowserContext;
  let page: Page;
  let files: Awaited<ReturnType<typeof writeRounds>>;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    files = await writeRounds('browser');
    dist = await sharedDoors();
    ({ url, server } = await serve(dist));
    ctx = await launch();
    page = await ctx.newPage();
    page.on('pageerror', (e) => console.error('page error:', e));
  }, 600_000); // the first test of a run builds the doors, the others wait

  afterAll(async () => {
    await ctx?.close();
    server?.close();
  });

  test('drop last year’s and this year’s folders: the ranking, the picture and 对比.xlsx', async () => {
    await page.goto(url);
    const card = page.locator('section', { has: page.getByRole('heading', { name: '今年与去年对比' }) });
    await expectVisible(card);
    await page.getByLabel('去年：选择文件夹').setInputFiles(files.last);
    await expectVisible(card.getByText('已读取 4 个工作簿'));
    await page.getByLabel('今年：选择文件夹').setInputFiles(files.now);
    await expectVisible(card.getByText('共 5 个单位，其中 2 个有变化（按变化多少排名）。'));

    const table = card.getByRole('table', { name: '对比总览' });
    const rows = await table.getByRole('row').allInnerTexts();
    const cells = rows.slice(1).map((r) =>
      r
        .split(/\t|\n/)
        .map((x) => x.trim())
        .filter(Boolean),
    );
    expect(cells[0]).toEqual(['1', '甲小学', '两年均报', '1', '1', '1', '1', '0', '0% → 40%', '1']);
    expect(cells[1].slice(0, 8)).toEqual(['2', '乙小学', '两年均报', '0', '0', '1', '0', '1']);
    expect(cells.map((c) => [c[1], c[2]])).toEqual(
      expect.arrayContaining([
        ['丁小学', '今年未报'],
        ['戊小学', '今年新报'],
      ]),
    );

    // The picture: this year's four units, each by level, 甲 and 戊 above the 20% line.
    const svg = card.getByTestId('units-picture');
    await expectVisible(svg);
    expect(await svg.locator('g[data-unit]').count()).toBe(4);
    expect(await svg.locator('desc').textContent()).toContain('高于参考线的单位：甲小学、戊小学');
    await card.screenshot({ path: join(ARTIFACTS, 'compare-1280.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: '下载对比工作簿' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('对比.xlsx');
    const saved = join(files.dir, '对比-page.xlsx');
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    expect(wb.getWorksheet('对比总览')!.getCell('B4').value).toBe('甲小学');

    await page.setViewportSize({ width: 360, height: 800 });
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: join(ARTIFACTS, 'compare-360.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('after 计算等级 / 汇总 the workflow shows the 预警 ledger: open, overdue and answered', async () => {
    const school = findPack('school-2010')!;
    await page.goto(url);
    await choosePack(page, school.name);
    await page.getByRole('button', { name: '打开示例工作簿' }).click();
    await page.getByRole('button', { name: '计算等级 / 汇总' }).click();
    const ledger = page.getByTestId('warning-ledger');
    await expectVisible(ledger);
    // The sample's two 预警 of 2010: one answered in time, one never answered (long overdue).
    expect(await ledger.innerText()).toMatch(/预警处置台账 2 条：\s*待回告 0\s*逾期未回告 1\s*已回告 1/);
    await ledger.screenshot({ path: join(ARTIFACTS, 'ledger.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
