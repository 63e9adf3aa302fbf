import { isLianfangError } from '../../../core/errors';
import type { ReadReply } from './protocol';

/** A failure as plain data for the reply: a LianfangError keeps its code, anything else is an unreadable file. */
export function failureReply(id: number, file: string, e: unknown): ReadReply {
  if (isLianfangError(e)) return { id, ok: false, code: e.code, params: e.params };
  const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
  return { id, ok: false, code: 'corrupt', params: { file, kind: 'unreadable' }, detail };
}
