import { serveRequests } from './nodeWorkerLoop';
import { readSnapshotOnly } from './snapshotOnly';

/** Consolidation's reading stage: bytes into snapshots only (a small bundle, quick to start). */
serveRequests(readSnapshotOnly);
