import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { BrowserContext, Page } from 'playwright-core';
import { readWorkbookStreamed } from '../../src/adapters/xlsx/read';
import { isLianfangError } from '../../src/core/errors';
import { message } from '../../src/core/messages';
import { baseWorkbook, buildCorpus, type CorpusCase } from '../hostile/corpus';
import { sharedDoors, expectVisible, launch, serve } from './support';

/**
 * The hostile-file corpus uploaded to the page in Chromium: what the CLI refuses the page refuses with the same
 * message (so the same code), what the CLI reads the page opens, and nothing reaches the page's prototypes.
 */
describe('the page opens uploads through the safe reader', () => {
  let dist: string;
  let server: Server;
  let url: string;
  let ctx: BrowserContext;
  let page: Page;
  let dir: string;
  let cases: CorpusCase[];
  const errors: string[] = [];
  let clean: { object: number; polluted: unknown };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lianfang-page-hostile-'));
    cases = await buildCorpus(dir);
    dist = await sharedDoors();
    ({ url, server } = await serve(dist));
    ctx = await launch();
    page = await ctx.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url);
    clean = await pagePrototypes();
  }, 600_000); // the first test of a run builds the doors (minutes on a shared 2-core machine), the others wait

  afterAll(async () => {
    await ctx?.close();
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const upload = (name: string, buffer: Buffer) =>
    page.getByLabel('打开 .xlsx 工作簿').setInputFiles({ name, mimeType: TYPE, buffer });

  /** What the CLI's reader says about the file, under the name the page knows it by. */
  function cliVerdict(name: string, bytes: Uint8Array): string | null {
    try {
      readWorkbookStreamed(bytes, name);
      return null;
    } catch (e) {
      if (!isLianfangError(e)) throw e;
      return message(e.code, e.params);
    }
  }

  const pagePrototypes = () =>
    page.evaluate(() => ({
      object: Object.getOwnPropertyNames(Object.prototype).length,
      polluted: ({} as Record<string, unknown>).polluted ?? null,
    }));

  test('every file of the hostile corpus: refused with the CLI’s message, or opened with its sheets', async () => {
    for (const c of cases) {
      const name = basename(c.file);
      const bytes = readFileSync(c.file);
      const verdict = cliVerdict(name, new Uint8Array(bytes));
      expect({ name: c.name, refused: verdict !== null }).toEqual({ name: c.name, refused: Boolean(c.error) });
      await upload(name, bytes);
      // Refused in the CLI's words, whatever the file is (an old .xls, text, a broken zip).
      if (verdict) await expectVisible(page.getByRole('alert').getByText(verdict, { exact: true }));
      else await expectVisible(page.getByRole('table', { name: `「${name}」中的工作表` }));
      expect(await pagePrototypes()).toEqual(clean);
    }
    expect(errors).toEqual([]);
  });

  test('a zip bomb of 150 MB, a DTD and a defined name on a sheet called __proto__: refused or defused, page intact', async () => {
    const base = await baseWorkbook();
    const parts = unzipSync(base) as Zippable;
    const bomb = zipSync({
      ...parts,
      'xl/worksheets/sheet1.xml': [new Uint8Array(150 * 1024 * 1024).fill(32), { level: 9 }],
    });
    await upload('炸弹.xlsx', Buffer.from(bomb));
    await expectVisible(page.getByRole('alert').getByText(/「炸弹\.xlsx」文件过大.*压缩比/));

    const wbXml = new TextDecoder().decode(unzipSync(base)['xl/workbook.xml']);
    const dtd = zipSync({
      ...parts,
      'xl/workbook.xml': strToU8(wbXml.replace('?>', '?><!DOCTYPE x [<!ENTITY a "b">]>')),
    });
    await upload('实体.xlsx', Buffer.from(dtd));
    await expectVisible(page.getByRole('alert').getByText(cliVerdict('实体.xlsx', dtd)!, { exact: true }));

    const proto = zipSync({
      ...parts,
      'xl/workbook.xml': strToU8(wbXml.split('风险点').join('__proto__').replace('name="Foo"', 'name="__proto__"')),
    });
    await upload('原型.xlsx', Buffer.from(proto));
    const sheets = page.getByRole('table', { name: '「原型.xlsx」中的工作表' });
    await expectVisible(sheets);
    expect(await sheets.textContent()).toContain('_lf__proto__');
    expect(await pagePrototypes()).toEqual(clean);
    await expectVisible(page.getByRole('heading', { name: '廉防 · 廉政风险防控表格' }));
    expect(errors).toEqual([]);
  });
});
