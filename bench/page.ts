/**
 * The page's JavaScript before a file is opened: a production build served locally, opened in Chromium, every
 * script the page asks for until the network is idle, counted as gzip bytes (what goes over the wire). The offline
 * cache (service worker) is blocked: it fetches the rest in the background, after the page shows.
 * Goal ≤ 150 KB gzip. Run: npx tsx bench/page.ts
 */
import { readFileSync, rmSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { buildDoors, serve } from '../test/browser/support';
import { printRow, type BenchRow } from './row';

const GOAL_KB = 150;

export async function benchPage(): Promise<BenchRow> {
  const dist = await buildDoors();
  const { url, server } = await serve(dist);
  const ctx = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'lianfang-bench-')), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    serviceWorkers: 'block',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const scripts = new Set<string>();
  try {
    const page = await ctx.newPage();
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || /\.js$/.test(new URL(r.url()).pathname))
        scripts.add(new URL(r.url()).pathname);
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.getByText('选择方案').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
  } finally {
    await ctx.close();
    server.close();
  }
  let gzip = 0;
  const files = [...scripts].map((p) => {
    const bytes = readFileSync(path.join(dist, p));
    const z = gzipSync(bytes).length;
    gzip += z;
    return `${p.slice(1)} ${(z / 1024).toFixed(0)} KB`;
  });
  rmSync(dist, { recursive: true, force: true });
  console.log(`  page scripts before a file is opened: ${files.join(', ')}`);
  const kb = gzip / 1024;
  return {
    what: 'page JS before a file is opened',
    measured: `${kb.toFixed(0)} KB gzip`,
    floor: `goal ${GOAL_KB} KB`,
    ratio: kb / GOAL_KB,
    goal: 1,
  };
}

if (require.main === module)
  void benchPage().then(printRow, (e) => {
    console.error(e);
    process.exit(1);
  });
