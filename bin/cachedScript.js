'use strict';
// Runs a bundle of the compiled CLI (dist-cli/) from the V8 code cache the build wrote beside it (<bundle>.cache).
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

/**
 * Packages the build bundled on their own (scripts/build-cli.js), by the name the bundles require them with: ExcelJS
 * from node_modules is a few hundred files to find and compile, a fifth of a second at every command that writes.
 */
const BUNDLED = { exceljs: 'exceljs.js' };

/** Every bundle this thread ran, by file: a package bundled on its own runs once, whichever bundle asks for it. */
const ran = new Map();

/**
 * Loads `file` as a CommonJS module, compiled from `${file}.cache` where the build wrote one, so that a start does not
 * parse and compile the bundle again. V8 refuses a cache from another build, another Node or other flags, and the
 * bundle then compiles as usual. (The bundles have no import(): scripts/build-cli.js turns it into require.)
 */
function runCached(file) {
  const known = ran.get(file);
  if (known) return known;
  const source = fs.readFileSync(file, 'utf8');
  let cachedData;
  try {
    cachedData = fs.readFileSync(`${file}.cache`);
  } catch {
    // no cache: compile as usual
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const module = { exports: {} };
  const result = {
    exports: module.exports,
    script,
    writeCache: () => fs.writeFileSync(`${file}.cache`, script.createCachedData()),
  };
  ran.set(file, result);
  script.runInThisContext()(module.exports, requireFor(file), module, file, path.dirname(file));
  result.exports = module.exports;
  return result;
}

/** The bundle's require: a package the build bundled on its own comes from dist-cli/, the rest as Node finds it. */
function requireFor(file) {
  const plain = Module.createRequire(file);
  const bundled = (id) => {
    const own = Object.hasOwn(BUNDLED, id) && path.join(path.dirname(file), BUNDLED[id]);
    return own && fs.existsSync(own) ? runCached(own).exports : plain(id);
  };
  return Object.assign(bundled, { resolve: plain.resolve, cache: plain.cache, main: plain.main });
}

/** Writes the code cache of every bundle this thread ran but `except` (the build's last step; scripts/build-cli.js). */
const writeCaches = ({ except } = {}) => {
  for (const [file, r] of ran) if (file !== except) r.writeCache();
};

module.exports = { runCached, writeCaches };
