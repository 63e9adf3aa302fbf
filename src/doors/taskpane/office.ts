import type { Host } from '../ui/host';

/**
 * Connects to Excel when office.js loaded and we run inside Excel; otherwise null (the pane then says so).
 * office.js comes from the Office CDN by a script tag, so without network `Office` is simply undefined.
 */
export async function connectExcel(timeoutMs = 5000): Promise<Host | null> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.onReady) return null;
  const info = await Promise.race([
    office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs)),
  ]);
  if (!info || info.host !== office.HostType.Excel) return null;
  const { createOfficeHost } = await import('../../adapters/officejs/host');
  return createOfficeHost();
}
