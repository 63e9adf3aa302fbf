#!/usr/bin/env node
// Starts the CLI; all logic lives in src/doors/cli. tsx runs the TypeScript sources directly.
require('tsx/cjs');
require('../src/doors/cli/main.ts')
  .main(process.argv)
  .then((code) => {
    process.exitCode = code;
  });
