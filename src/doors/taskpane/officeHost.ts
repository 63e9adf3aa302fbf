// Temporary until src/adapters/officejs/host.ts lands: the task pane then re-exports createOfficeHost from there.
import type { Host } from '../ui/host';

export function createOfficeHost(): Host {
  throw new Error('office-js adapter not yet available');
}
