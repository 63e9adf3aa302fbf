'use strict';
// A worker thread of the compiled CLI: runs the bundle it is given (dist-cli/read-worker.js or snapshot-worker.js)
// from the code cache the build wrote beside it (see cachedScript.js).
const { parentPort, workerData } = require('node:worker_threads');
const { runCached } = require('./cachedScript');

const { writeCache } = runCached(workerData.bundle);

// The build asks for the cache (scripts/build-cli.js): each request then writes what the ones before it compiled,
// before it is handled (a worker may be ended as soon as its last reply is out).
if (process.env.LIANFANG_WRITE_CODE_CACHE === 'workers') parentPort.on('message', writeCache);
