// Worker-thread entry from sources (tests): register tsx, then load the snapshot-only body.
require('tsx/cjs');
require('./nodeSnapshotMain.ts');
