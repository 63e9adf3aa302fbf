import ExcelJS from 'exceljs';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import { createKeyFile } from '../../src/core/approve';
import { unitRisks } from '../../src/core/compare/extract';
import { planInsert } from '../../src/core/build/template';
import { PACKS } from '../../src/core/packs';
import { main } from '../../src/doors/cli/main';
import type { Io } from '../../src/doors/cli/output';
import type { Host } from '../../src/doors/ui/host';
import { describeProgrammeWalk } from './programmes.walk';
import { ARTIFACTS, choosePack, sharedDoors, expectVisible, launch, seriousAxeViolations, serve } from './support';
import { stampsOnThePage } from './stampsPage';

/** The standalone page in real Chromium: pick a programme, download the blank workbook, open the sample. */
describe('standalone page in Chromium', () => {
  let dist: string;
  let server: Server;
  let url: string;
  let ctx: BrowserContext;
  let page: Page;
  const pack = PACKS[0];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dist = await sharedDoors();
    ({ url, server } = await serve(dist));
    ctx = await launch();
    page = await ctx.newPage();
    page.on('pageerror', (e) => console.error('page error:', e));
  }, 600_000); // the first test of a run builds the doors (minutes on a shared 2-core machine), the others wait

  afterAll(async () => {
    await ctx?.close();
    server?.close();
  });

  /** The real CLI, its output captured. */
  async function cli(...args: string[]): Promise<{ code: number; out: string }> {
    let out = '';
    const io: Io = { out: (s) => (out += `${s}\n`), err: (s) => (out += `${s}\n`), debug: false };
    return { code: await main(['node', 'lianfang', ...args], io), out };
  }

  async function pickPack() {
    await choosePack(page, pack.name);
    await expectVisible(page.getByText(`共 ${pack.forms.length} 张表`));
  }

  test('downloads a blank workbook that ExcelJS reads with every form of the pack', async () => {
    await page.goto(url);
    await expectVisible(page.getByRole('heading', { name: '廉防 · 廉政风险防控表格' }));
    await pickPack();
    await page.screenshot({ path: join(ARTIFACTS, 'page-start.png'), fullPage: true });
    // An office works under one plan for years: the page opens on the programme chosen last time.
    await page.reload();
    await expectVisible(page.getByText(`共 ${pack.forms.length} 张表`));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载空白表格' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${pack.name}-空白表格.xlsx`);
    const file = join(ARTIFACTS, 'blank.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const visible = wb.worksheets.filter((w) => w.state === 'visible');
    expect(visible).toHaveLength(pack.forms.length + 1); // the forms and the 说明
    for (const form of pack.forms) {
      const ws = visible.find((w) => w.name.includes(form.id))!;
      const top = [1, 2, 3].map((r) => String(ws.getCell(r, 1).value ?? '')).join('\n');
      expect(top).toContain(form.title);
    }
  });

  test('opens the bundled sample with one click and lists the sheets lianfang recognises', async () => {
    await page.getByRole('button', { name: '打开示例工作簿' }).click();
    const table = page.getByRole('table', { name: /中的工作表/ });
    await expectVisible(table);
    await expectVisible(page.getByText(`此工作簿按方案「${pack.name}」建立。`));
    for (const form of pack.forms) await expectVisible(table.getByText(`${form.id} ${form.title}`).first());
    expect(await table.getByText('_lianfang').count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'page-sample.png'), fullPage: true });
  });

  test('walks 一键校验 → 计算等级/汇总 → 签章 → 生成报送工作簿 on the sample, at 1280 and 360 px', async () => {
    const steps = page.getByRole('navigation', { name: '工作步骤' });
    await expectVisible(steps);
    await page.getByRole('button', { name: '一键校验', exact: true }).click();
    await expectVisible(page.getByText(/^校验(完成|通过)/));
    await page.screenshot({ path: join(ARTIFACTS, 'workflow-validated.png'), fullPage: true });
    await page.getByRole('button', { name: '计算等级 / 汇总', exact: true }).click();
    await expectVisible(page.getByText(/^已计算等级/));
    await expectVisible(page.getByRole('table', { name: /中的工作表/ }).getByText('风险汇总'));

    // 签章: 本人 stamps her A3 with the key file `lianfang keygen` made.
    const keyFile = join(ARTIFACTS, 'key-jiang.json');
    writeFileSync(keyFile, JSON.stringify(await createKeyFile('周立新')));
    await page.getByLabel('签章密钥文件').setInputFiles(keyFile);
    await expectVisible(page.getByText('已载入「周立新」的密钥。'));
    await page.getByRole('combobox', { name: '要签章的表格' }).click();
    await page.getByRole('listbox').getByRole('option', { name: 'A3 周立新' }).click();
    await page.getByRole('radio', { name: '本人签字' }).check();
    await page.getByRole('checkbox', { name: /有校验提醒时仍签章/ }).check();
    await page.getByRole('button', { name: '签章', exact: true }).click();
    await expectVisible(page.getByText('「A3 周立新」已由 周立新（本人）签章：同意。'));
    await page.screenshot({ path: join(ARTIFACTS, 'workflow-signed.png'), fullPage: true });
    // The unit's 公章 step takes the seal image; other steps do not ask for it.
    await page.getByRole('radio', { name: '单位意见' }).check();
    await expectVisible(page.getByLabel('单位公章图片（PNG）'));

    // 下载工作簿: the changed workbook (validated, graded, signed) comes back as a real .xlsx.
    const [changed] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载工作簿', exact: true }).click(),
    ]);
    const changedFile = join(ARTIFACTS, 'sample-worked.xlsx');
    await changed.saveAs(changedFile);
    const worked = new ExcelJS.Workbook();
    await worked.xlsx.readFile(changedFile);
    expect(worked.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['校验报告', '风险汇总', 'A3 周立新']));
    // Verified offline by the CLI: the stamp made in the browser holds.
    const verified = await cli('verify', changedFile, '--json');
    expect(verified.code).toBe(0);
    const a3 = JSON.parse(verified.out).forms.find((f: { sheet: string }) => f.sheet === 'A3 周立新');
    expect(a3.steps[0]).toEqual(expect.objectContaining({ role: 'self', state: 'signed', signer: '周立新' }));
    expect(a3.stamps).toEqual([
      expect.objectContaining({ role: 'self', signer: '周立新', opinion: '同意', ok: true, problems: [] }),
    ]);
    // One approved cell changed afterwards (as Excel would save it): verify fails and names the cell.
    const approvedCell = worked.getWorksheet('A3 周立新')!.getCell('A8');
    const approved = String(approvedCell.value);
    approvedCell.value = '改过的风险点';
    const editedFile = join(ARTIFACTS, 'sample-worked-edited.xlsx');
    await worked.xlsx.writeFile(editedFile);
    const broken = await cli('verify', editedFile);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain(`A8 签章时为「${approved}」，现为「改过的风险点」`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '生成报送工作簿', exact: true }).click(),
    ]);
    const file = join(ARTIFACTS, 'report.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.filter((w) => w.state === 'visible').length).toBeGreaterThan(1);
    await page.screenshot({ path: join(ARTIFACTS, 'workflow-1280.png'), fullPage: true });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: join(ARTIFACTS, 'workflow-360.png'), fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('a file that is not .xlsx gets a message saying what to do', async () => {
    await page
      .getByLabel('打开 .xlsx 工作簿')
      .setInputFiles({ name: 'old.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from('not a zip') });
    // In the CLI's words: what the file is, and what to do.
    await expectVisible(page.getByRole('alert').getByText('「old.xls」不是有效的 Excel 文件：文件内容是文本'));
  });

  test('opens several unit workbooks at once, draws the picture of all units and reports them together', async () => {
    const sample = Buffer.from(await (await fetch(`${url}samples/${pack.id}.xlsx`)).arrayBuffer());
    const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    // A second unit: the sample under another unit's name, one of its 一级 risks graded 三级 instead.
    const other = new ExcelJS.Workbook();
    await other.xlsx.load(sample as unknown as ArrayBuffer);
    let lowered = false;
    for (const ws of other.worksheets)
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (c.value === '濮阳市科学技术局') c.value = '濮阳市科技局高新区分局';
          if (!lowered && ws.name.startsWith('A3 ') && c.value === '一级') [c.value, lowered] = ['三级', true];
        }),
      );
    expect(lowered).toBe(true);
    const second = Buffer.from(await other.xlsx.writeBuffer());
    // An inbox as it comes: a note that is no workbook between the two, and Excel's lock file of one of them.
    await page.getByLabel('打开 .xlsx 工作簿').setInputFiles([
      { name: '~$单位甲.xlsx', mimeType: type, buffer: Buffer.from([1, 2, 3]) },
      { name: '单位甲.xlsx', mimeType: type, buffer: sample },
      { name: '说明.docx', mimeType: 'application/msword', buffer: Buffer.from('not a workbook') },
      { name: '单位乙.xlsx', mimeType: type, buffer: second },
    ]);
    // 各单位风险分布图: each unit's risk points by level, as the core counts the same files.
    const picture = page.getByTestId('units-picture');
    await expectVisible(picture);
    // The note is named, once, and the workbooks after it opened all the same.
    await expectVisible(page.getByRole('alert').getByText(/已打开 2 个工作簿；1 个文件未能打开——说明\.docx：/));
    for (const [unit, bytes] of [
      ['濮阳市科学技术局', sample],
      ['濮阳市科技局高新区分局', second],
    ] as const) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      const risks = unitRisks(snapshotWorkbook(wb), unit, { pack: pack.id }).risks;
      const byLevel = pack.grading.levels.map((_, i) => risks.filter((r) => r.rank === i).length);
      const shown = await picture.locator(`g[data-unit="${unit}"] > g > text`).allTextContents();
      expect(shown.map(Number)).toEqual(byLevel);
    }
    // Every unit's name is drawn whole, inside the picture.
    const frame = (await picture.boundingBox())!;
    for (const name of await picture.locator('g[data-unit] > text:first-child').all()) {
      const box = (await name.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(frame.x);
    }
    await picture.screenshot({ path: join(ARTIFACTS, 'page-units-picture.png') });
    const switcher = page.getByRole('combobox', { name: /已打开 \d+ 个工作簿/ });
    await expectVisible(page.getByRole('table', { name: '「单位乙.xlsx」中的工作表' }));
    expect(await switcher.textContent()).toContain('单位乙.xlsx');
    await switcher.click();
    expect(await page.getByRole('listbox').getByRole('option').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('单位甲.xlsx'), expect.stringContaining('单位乙.xlsx')]),
    );
    await page.keyboard.press('Escape');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '生成报送工作簿', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${pack.name}-报送.xlsx`);
  });

  test('an uploaded workbook with planted errors: 一键校验 groups them by sheet, a click shows the cell', async () => {
    // The puyang demo as the CLI writes it, then a clerk's mistakes typed in: a level that does not exist, a blank.
    const demo = join(ARTIFACTS, 'validate-demo.xlsx');
    rmSync(demo, { force: true });
    expect((await cli('demo', 'puyang-2012', '-o', demo)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(demo);
    const ws = wb.getWorksheet('A3 周立新')!;
    expect(ws.getCell('C9').value).toBe('一级'); // 风险等级
    ws.getCell('C9').value = '五级';
    ws.getCell('D8').value = null; // 风险类别, required
    const bad = join(ARTIFACTS, '有错误.xlsx');
    await wb.xlsx.writeFile(bad);

    await page.goto(url); // a fresh page: the programme is taken from the uploaded workbook
    await page.getByLabel('打开 .xlsx 工作簿').setInputFiles(bad);
    await expectVisible(page.getByRole('table', { name: '「有错误.xlsx」中的工作表' }));
    await page.getByRole('button', { name: '一键校验', exact: true }).click();
    await expectVisible(page.getByText(/^校验完成：.*错误 2 处/));
    const issues = page.getByRole('region', { name: '校验发现的问题' });
    const sheets = issues.getByRole('region');
    expect(await sheets.count()).toBe(1);
    const group = issues.getByRole('region', { name: '工作表「A3 周立新」的问题' });
    expect(await group.getByRole('heading').textContent()).toMatch(/A3 周立新.*错误 2/);
    expect(await group.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^.*错误.*D8.*风险类别.*未填写/),
      expect.stringMatching(/^.*错误.*C9.*「五级」不是可选值/),
    ]);

    await group.getByRole('button', { name: '查看「A3 周立新」C9 单元格' }).click();
    const preview = page.getByRole('region', { name: '单元格预览：「A3 周立新」C9' });
    await expectVisible(preview);
    expect(await preview.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectVisible(preview.getByText(/「五级」不是可选值/));
    const outlined = preview.locator('[aria-current="location"]');
    expect(await outlined.getAttribute('data-cell')).toBe('C9');
    expect(await outlined.textContent()).toBe('五级');
    expect(await preview.getByRole('columnheader').allTextContents()).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(await preview.getByRole('rowheader').allTextContents()).toEqual(['7', '8', '9', '10', '11']);
    const inView = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
    };
    expect(await outlined.evaluate(inView)).toBe(true);
    // The screenshot for the README: from the result line to the bottom of the preview.
    const result = page.getByRole('alert').filter({ hasText: /^校验完成/ });
    await result.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const top = (await result.boundingBox())!;
    const bottom = (await preview.boundingBox())!;
    const clip = { x: top.x - 8, y: top.y - 8, width: top.width + 16, height: bottom.y + bottom.height - top.y + 16 };
    await page.screenshot({ path: join(ARTIFACTS, 'validate-issue.png'), clip });

    // At 360 px (task-pane width) the list and the preview still fit, and the cell is brought into view.
    await page.setViewportSize({ width: 360, height: 800 });
    await group.getByRole('button', { name: '查看「A3 周立新」D8 单元格' }).click();
    const narrow = page.getByRole('region', { name: '单元格预览：「A3 周立新」D8' });
    await expectVisible(narrow);
    expect(await narrow.locator('[aria-current="location"]').evaluate(inView)).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'validate-issue-360.png'), fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('has no serious or critical accessibility violations', async () => {
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test('works offline once loaded: the page and the sample come from the service worker cache', async () => {
    await page.goto(url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await ctx.setOffline(true);
    try {
      await page.reload();
      await expectVisible(page.getByRole('heading', { name: '廉防 · 廉政风险防控表格' }));
      await pickPack();
      await page.getByRole('button', { name: '打开示例工作簿' }).click();
      await expectVisible(page.getByRole('table', { name: /中的工作表/ }));
    } finally {
      await ctx.setOffline(false);
    }
  });

  test('the task pane walks the path against the fake Excel at 360 px', async () => {
    const pane = await ctx.newPage();
    await pane.setViewportSize({ width: 360, height: 800 });
    pane.on('pageerror', (e) => console.error('pane error:', e.message));
    await pane.goto(`${url}taskpane-fake.html`);
    await choosePack(pane, pack.name);
    await pane.getByRole('button', { name: '插入表格' }).click();
    await expectVisible(pane.getByText(/已插入 \d+ 张表/));
    await pane.screenshot({ path: join(ARTIFACTS, 'taskpane-1-inserted.png'), fullPage: true });
    // 填写: the sample's values typed into the inserted sheets (through the host, as Excel would hold them).
    const blank = planInsert({ pack }).added;
    const demo = planInsert({ pack, instances: pack.sample.instances });
    const target = new Map(blank.map((b) => [demo.added.find((d) => d.form === b.form)!.sheet, b.sheet]));
    const filled = demo.ops
      .filter((o) => o.kind === 'setValues' && target.has(o.sheet))
      .map((o) => ({ ...o, sheet: target.get((o as { sheet: string }).sheet)! }));
    await pane.evaluate((ops) => (window as unknown as { lianfangHost: Host }).lianfangHost.apply(ops), filled);
    await pane.getByRole('button', { name: '一键校验', exact: true }).click();
    await expectVisible(pane.getByText(/^校验(完成|通过)/));
    await pane.screenshot({ path: join(ARTIFACTS, 'taskpane-2-validated.png'), fullPage: true });
    await pane.getByRole('button', { name: '计算等级 / 汇总', exact: true }).click();
    await expectVisible(pane.getByText(/^已计算等级/));
    const sheets = await pane.evaluate(() =>
      (window as unknown as { fakeExcel: { sheets: Array<{ name: string }> } }).fakeExcel.sheets.map((s) => s.name),
    );
    expect(sheets).toContain('风险汇总');
    await pane.screenshot({ path: join(ARTIFACTS, 'taskpane-3-graded.png'), fullPage: true });
    expect(await seriousAxeViolations(pane)).toEqual([]);
    await pane.close();
  });

  test('the task pane starts without office.js (offline) and says it is not inside Excel', async () => {
    const pane = await ctx.newPage();
    await pane.setViewportSize({ width: 360, height: 800 });
    await pane.goto(`${url}taskpane.html`);
    await expectVisible(pane.getByText('未连接到 Excel', { exact: false }));
    await expectVisible(pane.getByRole('combobox', { name: '选择方案' }));
    await pane.screenshot({ path: join(ARTIFACTS, 'taskpane-offline.png'), fullPage: true });
    expect(await seriousAxeViolations(pane)).toEqual([]);
    await pane.close();
  });

  test('签章 on the page: no step for forms without a chain; 验证签章 says 身份未核验 until the roster decides', async () => {
    await stampsOnThePage(page, url, cli);
  });

  describeProgrammeWalk(() => ({ page, url }));
});
