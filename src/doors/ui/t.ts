import { message } from '../../core/messages';
import type { Params } from '../../core/errors';

/** Every visible word comes from the messages module (zh-CN), keyed by code. */
export const t = (code: string, params?: Params): string => message(code, params);

/** A user-facing sentence for anything thrown: our own coded errors keep their text, the rest get a generic one. */
export function errorText(e: unknown): string {
  const code = (e as { code?: unknown })?.code;
  const params = (e as { params?: Params })?.params;
  if (typeof code === 'string') {
    const text = message(code, params ?? {});
    if (text !== code) return text;
  }
  const reason = e instanceof Error ? e.message : String(e);
  return t('ui_failed', { reason });
}
