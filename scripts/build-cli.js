'use strict';
/**
 * Compiles the CLI once (npm install runs this through the `prepare` script; `npm test` runs it too, so the
 * tests spawn what ships). Two bundles in dist-cli/ — not dist/, which webpack cleans for the page:
 *   lianfang.js     the CLI (bin/lianfang.js loads it);
 *   read-worker.js  the worker thread that checks and reads untrusted workbooks;
 *   snapshot-worker.js  the same reading alone (consolidation's reading stage: a small bundle, quick to start).
 * Our code, zod, commander and fflate are bundled (one file loads faster than hundreds); ExcelJS stays in
 * node_modules and is loaded only by the commands that write a workbook. No TypeScript at run time.
 */
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const outdir = path.join(root, 'dist-cli');

async function buildCli({ quiet = false } = {}) {
  const t = Date.now();
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: {
      lianfang: 'src/doors/cli/main.ts',
      'read-worker': 'src/adapters/exceljs/worker/nodeWorkerMain.ts',
      'snapshot-worker': 'src/adapters/exceljs/worker/nodeSnapshotMain.ts',
    },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['exceljs'],
    // nodeReader.ts starts read-worker.js (and snapshot-worker.js) beside the bundle instead of the tsx stub it uses from sources.
    define: { LIANFANG_BUNDLE: 'true' },
    // Whitespace and syntax only: names stay readable in a --debug stack trace.
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  if (!quiet) console.log(`dist-cli/ built in ${Date.now() - t} ms`);
}

module.exports = { buildCli, outdir };
if (require.main === module)
  buildCli().catch((e) => {
    console.error(e.message ?? e);
    process.exit(1);
  });
