#!/usr/bin/env node
'use strict';
// Starts the compiled CLI (dist-cli/, built by `npm install` or `npm run build:cli`); the logic lives in src/doors/cli.
const path = require('node:path');
const v8 = require('node:v8');
const { runCached, writeCaches } = require('./cachedScript');

// V8's tiering for a command that runs seconds, not hours: on 650 unit workbooks its optimising compiler spent as much
// CPU (on its own threads) as the work itself. Optimising later and with Maglev, and inlining less, took a quarter less
// CPU and a fifth less time. Set before any of lianfang's code is compiled; the code cache is written with the same.
// Only on the Node measured (20): V8 prints an error for a flag it no longer knows, and Node 22 runs Maglev already.
if (process.versions.node.split('.')[0] === '20')
  for (const flag of ['--maglev', '--no-turbo-inlining', '--interrupt-budget=400000']) v8.setFlagsFromString(flag);

const compiled = path.join(__dirname, '..', 'dist-cli', 'lianfang.js');

let loaded;
try {
  // From the code cache the build wrote beside it: a sixth of a start is compiling the bundle.
  loaded = runCached(compiled);
} catch (e) {
  const missing = e && (e.code === 'ENOENT' || e.code === 'MODULE_NOT_FOUND') && String(e.message).includes(compiled);
  if (missing) {
    // The messages module is inside the missing build, so this one sentence is written here.
    process.stderr.write(
      '错误 [cli_not_built]: 命令行程序尚未编译。请在 lianfang 文件夹中运行 npm install(或 npm run build:cli)后重试。\n' +
        `(missing ${compiled})\n`,
    );
    process.exit(2);
  }
  throw e;
}
loaded.exports.main(process.argv).then((code) => {
  // The build asks for the caches once, after a run has compiled what starting the CLI needs (scripts/build-cli.js),
  // then after one has written a workbook with ExcelJS.
  if (process.env.LIANFANG_WRITE_CODE_CACHE === '1') loaded.writeCache();
  if (process.env.LIANFANG_WRITE_CODE_CACHE === 'exceljs') writeCaches({ except: compiled });
  process.exitCode = code;
});
