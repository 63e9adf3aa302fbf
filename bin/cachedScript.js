'use strict';
// Runs a bundle of the compiled CLI (dist-cli/) from the V8 code cache the build wrote beside it (<bundle>.cache).
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

/**
 * Loads `file` as a CommonJS module, compiled from `${file}.cache` where the build wrote one, so that a start does not
 * parse and compile the bundle again. V8 refuses a cache from another build, another Node or other flags, and the
 * bundle then compiles as usual. (The bundles have no import(): scripts/build-cli.js turns it into require.)
 */
function runCached(file) {
  const source = fs.readFileSync(file, 'utf8');
  let cachedData;
  try {
    cachedData = fs.readFileSync(`${file}.cache`);
  } catch {
    // no cache: compile as usual
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(file), module, file, path.dirname(file));
  return {
    exports: module.exports,
    script,
    writeCache: () => fs.writeFileSync(`${file}.cache`, script.createCachedData()),
  };
}

module.exports = { runCached };
