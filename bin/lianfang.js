#!/usr/bin/env node
'use strict';
// Starts the compiled CLI (dist-cli/, built by `npm install` or `npm run build:cli`); the logic lives in src/doors/cli.
const path = require('node:path');

const compiled = path.join(__dirname, '..', 'dist-cli', 'lianfang.js');
let cli;
try {
  cli = require(compiled);
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes(compiled)) {
    // The messages module is inside the missing build, so this one sentence is written here.
    process.stderr.write(
      '错误 [cli_not_built]: 命令行程序尚未编译。请在 lianfang 文件夹中运行 npm install(或 npm run build:cli)后重试。\n' +
        `(missing ${compiled})\n`,
    );
    process.exit(2);
  }
  throw e;
}
cli.main(process.argv).then((code) => {
  process.exitCode = code;
});
