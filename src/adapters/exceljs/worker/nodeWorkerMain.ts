import { handleRead } from './handle';
import { serveRequests } from './nodeWorkerLoop';

/** The full read worker: every read of the CLI, and consolidation's unit reports. */
serveRequests(handleRead);
