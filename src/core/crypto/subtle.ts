import { LianfangError } from '../errors';

/**
 * WebCrypto through globalThis.crypto.subtle: the same code in the browser, the task pane and Node 20.
 * Browsers expose it only in secure contexts (https or localhost).
 */
export function subtle(): SubtleCrypto {
  const s = (globalThis as { crypto?: Crypto }).crypto?.subtle;
  if (!s) throw new LianfangError('crypto_unavailable');
  return s;
}
