// Worker-thread entry: a fresh Node isolate knows no TypeScript, so register tsx before loading the .ts body.
require('tsx/cjs');
require('./nodeWorkerMain.ts');
