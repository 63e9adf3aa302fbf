import { createHash } from 'node:crypto';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import webpack from 'webpack';

export const ROOT = resolve(__dirname, '../..');
export const ARTIFACTS = join(ROOT, 'artifacts/browser');

/** A production build of the doors into a fresh folder (no source maps: the test does not need them). */
export async function buildDoors(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'lianfang-dist-'));
  await buildDoorsInto(outDir);
  return outDir;
}

async function buildDoorsInto(outDir: string): Promise<void> {
  const makeConfig = require(join(ROOT, 'webpack.config.js'));
  const config = { ...(await makeConfig({ outDir }, { mode: 'production' })), devtool: false, context: ROOT };
  // Test-only page: the task pane over the fake Excel (test/browser/harness), built beside the real doors.
  const HtmlWebpackPlugin = require('html-webpack-plugin');
  config.entry = { ...config.entry, 'taskpane-fake': './test/browser/harness/taskpane-fake.tsx' };
  config.plugins = [
    ...config.plugins,
    new HtmlWebpackPlugin({
      filename: 'taskpane-fake.html',
      chunks: ['taskpane-fake'],
      template: join(ROOT, 'public/index.html'),
      title: '廉防 (fake Excel)',
      office: '',
    }),
  ];
  await new Promise<void>((ok, fail) =>
    webpack(config).run((err, stats) => {
      if (err || stats?.hasErrors()) fail(err ?? new Error(stats?.toString('errors-only')));
      else ok();
    }),
  );
}

/**
 * One production build of the doors for every browser test of a run: the first test to ask builds it (a few minutes
 * on a shared 2-core machine), the others wait for it, and later runs reuse it while nothing it is built from has
 * changed (the folder is named by a hash of every input: sources, page template, icons, test harness, config, lock).
 */
export async function sharedDoors(): Promise<string> {
  const key = inputsHash();
  const cache = join(ROOT, 'node_modules/.cache/lianfang-doors');
  const dir = join(cache, key);
  const done = join(dir, '.built');
  const lock = `${dir}.lock`;
  mkdirSync(cache, { recursive: true });
  for (;;) {
    if (existsSync(done)) return dir;
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another test is building it; a lock older than 20 minutes is a killed run's.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 20 * 60_000) rmSync(lock, { recursive: true, force: true });
      else await new Promise((ok) => setTimeout(ok, 2000));
    }
  }
  try {
    if (!existsSync(done)) {
      rmSync(dir, { recursive: true, force: true });
      await buildDoorsInto(dir);
      writeFileSync(done, new Date().toISOString());
      // Builds of older sources are never used again.
      for (const old of readdirSync(cache))
        if (old !== key && !old.endsWith('.lock')) rmSync(join(cache, old), { recursive: true, force: true });
    }
    return dir;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const INPUTS = [
  'src',
  'public',
  'assets',
  'scripts',
  'test/browser/harness',
  'webpack.config.js',
  'package-lock.json',
  'tsconfig.json',
];

/** A hash of every file the doors are built from. */
function inputsHash(): string {
  const h = createHash('sha256');
  const walk = (rel: string) => {
    const abs = join(ROOT, rel);
    const st = statSync(abs, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) for (const name of readdirSync(abs).sort()) walk(join(rel, name));
    else h.update(`${rel}\0`).update(readFileSync(abs)).update('\0');
  };
  INPUTS.forEach(walk);
  return h.digest('hex').slice(0, 16);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** A tiny static server on 127.0.0.1 for the built files; resolves to its base URL. */
export async function serve(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${addr.port}/`, server };
}

/** Debian's Chromium, headless, with no network beyond what the test serves. */
export async function launch(): Promise<BrowserContext> {
  const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'lianfang-chrome-')), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    locale: 'zh-CN',
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // office.js lives on the Office CDN: refuse it, as an offline office would, and check the pane copes.
  await ctx.route('https://appsforoffice.microsoft.com/**', (r) => r.abort());
  return ctx;
}

/** Chooses a programme in 选择方案 (a native select) by its name; with no name, the first programme listed. */
export async function choosePack(page: Page, name?: string): Promise<void> {
  const select = page.getByRole('combobox', { name: '选择方案' });
  const label = name ?? (await select.locator('option:not([disabled])').first().textContent())!;
  await select.selectOption({ label });
}

/** The programme 选择方案 shows as chosen (a native select's textContent would list every programme). */
export async function chosenPack(page: Page): Promise<string | undefined> {
  return page
    .getByRole('combobox', { name: '选择方案' })
    .evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text);
}

export async function expectVisible(loc: Locator): Promise<void> {
  await loc.waitFor({ state: 'visible', timeout: 15000 });
}

type AxeResult = { violations: Array<{ id: string; impact: string; nodes: Array<{ html: string }> }> };

/** Runs axe-core in the page; returns the serious and critical violations with the offending HTML. */
export async function seriousAxeViolations(page: Page) {
  // Colours are judged at rest: no hovered control, no button half-way through its colour transition.
  await page.mouse.move(0, 0);
  await page.waitForTimeout(500);
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<AxeResult> } }).axe;
    // Fluent's focus manager (tabster) adds aria-hidden focus sentinels on purpose; they are not user content.
    const r = await axe.run({ exclude: [['[data-tabster-dummy]']] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.html) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
