import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:https';
import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { choosePack, expectVisible, ROOT } from './support';

// `npm start` (webpack serve) must serve every page the manifest points at over HTTPS with the dev certificate.
const { ensureDevCerts } = require(join(ROOT, 'scripts/dev-certs.js'));

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

/** GET over HTTPS trusting only the dev CA, as a browser that installed it would. */
function get(url: string, ca: Buffer): Promise<{ status: number; type: string; body: Buffer }> {
  return new Promise((ok, fail) => {
    const req = request(url, { ca, timeout: 60_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        ok({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

describe('npm start (webpack dev server)', () => {
  let child: ChildProcess;
  let base: string;
  let ca: Buffer;

  beforeAll(async () => {
    ({ ca } = await ensureDevCerts());
    const port = await freePort();
    base = `https://localhost:${port}`;
    child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/webpack/bin/webpack.js'), 'serve', '--mode', 'development'],
      {
        cwd: ROOT,
        env: { ...process.env, PORT: String(port) },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      },
    );
    let log = '';
    child.stdout?.on('data', (d) => (log += d));
    child.stderr?.on('data', (d) => (log += d));
    const deadline = Date.now() + 240_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`dev server exited:\n${log}`);
      const ok = await get(`${base}/taskpane.html`, ca).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`dev server did not answer in time:\n${log.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }, 300_000);

  afterAll(() => {
    if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  });

  test.each([
    ['/', 'text/html', '<div id="root">'],
    ['/taskpane.html', 'text/html', 'appsforoffice.microsoft.com/lib/1/hosted/office.js'],
    ['/commands.html', 'text/html', 'commands.js'],
  ])('serves %s', async (path, type, marker) => {
    const r = await get(`${base}${path}`, ca);
    expect(r.status).toBe(200);
    expect(r.type).toContain(type);
    expect(r.body.toString('utf8')).toContain(marker);
  });

  test('serves the add-in icons and the sample workbooks', async () => {
    const icon = await get(`${base}/assets/icon-32.png`, ca);
    expect(icon.status).toBe(200);
    expect(icon.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    const sample = await get(`${base}/samples/puyang-2012.xlsx`, ca);
    expect(sample.status).toBe(200);
    expect(sample.body.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  test('the page works offline after one load, as the README says, also under npm start', async () => {
    // The dev certificate is not installed in this Chromium: it is told to accept it, as a browser trusting ca.crt would.
    const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'lianfang-chrome-dev-')), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      ignoreHTTPSErrors: true,
      locale: 'zh-CN',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--ignore-certificate-errors', '--no-first-run'],
    });
    try {
      const page = await ctx.newPage();
      const failed: string[] = [];
      page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
      await page.goto(`${base}/`);
      await expectVisible(page.getByRole('heading', { name: '廉防 · 廉政风险防控表格' }));
      // The tab shows lianfang's icon (no favicon.ico 404) and nothing the page asks for is missing.
      const icon = await page.evaluate(() => (document.querySelector('link[rel=icon]') as HTMLLinkElement)?.href);
      expect((await get(icon, ca)).status).toBe(200);
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await ctx.setOffline(true);
      await page.reload();
      await expectVisible(page.getByRole('heading', { name: '廉防 · 廉政风险防控表格' }));
      await choosePack(page);
      await page.getByRole('button', { name: '打开示例工作簿' }).click();
      await expectVisible(page.getByRole('table', { name: /中的工作表/ }));
      expect(failed).toEqual([]);
    } finally {
      await ctx.close();
    }
  }, 180_000);
});
