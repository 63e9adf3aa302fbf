'use strict';
/**
 * Compiles the CLI once (npm install runs this through the `prepare` script; `npm test` runs it too, so the
 * tests spawn what ships). Four bundles in dist-cli/ — not dist/, which webpack cleans for the page:
 *   lianfang.js     the CLI (bin/lianfang.js loads it);
 *   read-worker.js  the worker thread that checks and reads untrusted workbooks;
 *   snapshot-worker.js  the same reading alone (consolidation's reading stage: a small bundle, quick to start);
 *   exceljs.js      ExcelJS, loaded only by the commands that write a workbook (or read one the fast path cannot).
 * Our code, zod, commander and fflate are bundled in each (one file loads faster than hundreds). No TypeScript at
 * run time.
 */
const { spawnSync } = require('node:child_process');
const { copyFileSync, existsSync, mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const outdir = path.join(root, 'dist-cli');

/** What every bundle in dist-cli/ is built with: one CommonJS file for Node 20, whitespace and syntax minified only. */
const common = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Whitespace and syntax only: names stay readable in a --debug stack trace.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
};

async function buildCli({ quiet = false } = {}) {
  const t = Date.now();
  await esbuild.build({
    ...common,
    entryPoints: {
      lianfang: 'src/doors/cli/main.ts',
      'read-worker': 'src/adapters/exceljs/worker/nodeWorkerMain.ts',
      'snapshot-worker': 'src/adapters/exceljs/worker/nodeSnapshotMain.ts',
    },
    external: ['exceljs'],
    // nodeReader.ts starts read-worker.js (and snapshot-worker.js) beside the bundle instead of the tsx stub it uses from sources.
    define: { LIANFANG_BUNDLE: 'true' },
    sourcemap: true,
    // import('exceljs') becomes a require inside a promise: bin/lianfang.js runs the bundle as a vm script, and a
    // vm script compiled from a code cache loses Node's import() callback.
    supported: { 'dynamic-import': false },
  });
  // ExcelJS and what it needs, bundled on their own (bin/cachedScript.js hands this file to a bundle that requires
  // 'exceljs'): one file from a code cache instead of a few hundred to find and compile, a sixth of a second less at
  // every command that writes a workbook.
  await esbuild.build({ ...common, entryPoints: { exceljs: require.resolve('exceljs') } });
  writeCodeCache(quiet);
  writeWorkerCache(quiet);
  if (!quiet) console.log(`dist-cli/ built in ${Date.now() - t} ms`);
}

/**
 * V8's code cache for the CLI bundle (bin/lianfang.js loads it): one run of `packs --json` compiles what a start
 * needs and writes it. Without it the CLI still runs, only its start compiles the bundle.
 */
function writeCodeCache(quiet) {
  const cache = path.join(outdir, 'lianfang.js.cache');
  rmSync(cache, { force: true });
  const r = runCli(['packs', '--json'], { LIANFANG_WRITE_CODE_CACHE: '1' });
  if (r.status !== 0 && !quiet) console.warn(`dist-cli/lianfang.js.cache not written: ${r.stderr || r.error}`);
}

/** The built CLI run once, its output dropped (its errors kept for the warning). */
const runCli = (args, env = {}) =>
  spawnSync(process.execPath, [path.join(root, 'bin/lianfang.js'), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });

/**
 * The same for ExcelJS's bundle, which the demo workbook is written with, and for the read worker, which every
 * command that reads a workbook starts (bin/worker.js loads it): a consolidation of the demo workbook reads and
 * reports it there, and the worker writes what that compiled.
 */
function writeWorkerCache(quiet) {
  const caches = ['exceljs.js.cache', 'read-worker.js.cache'].map((f) => path.join(outdir, f));
  for (const cache of caches) rmSync(cache, { force: true });
  const dir = mkdtempSync(path.join(tmpdir(), 'lianfang-cache-'));
  try {
    const demo = path.join(dir, 'demo.xlsx');
    const r = [runCli(['demo', 'heshui-2012', '-o', demo], { LIANFANG_WRITE_CODE_CACHE: 'exceljs' })];
    // Twice the same workbook (a unit that handed in twice): the second request writes what the first compiled.
    if (r[0].status === 0) {
      copyFileSync(demo, path.join(dir, 'again.xlsx'));
      r.push(runCli(['consolidate', dir, '--json'], { LIANFANG_WRITE_CODE_CACHE: 'workers' }));
    }
    const failed = r.find((x) => x.status !== 0 && x.status !== 1);
    for (const cache of caches)
      if ((failed || !existsSync(cache)) && !quiet)
        console.warn(`${path.relative(root, cache)} not written: ${failed?.stderr || failed?.error || 'no run'}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { buildCli, outdir };
if (require.main === module)
  buildCli().catch((e) => {
    console.error(e.message ?? e);
    process.exit(1);
  });
