import { LianfangError, type Params } from '../../core/errors';

/**
 * Office errors (OfficeExtension.Error: a stable English `code`, a localised `message` not meant for users) become
 * LianfangErrors whose zh-CN text says what to do. Codes: learn.microsoft.com › Error handling with the
 * application-specific JavaScript APIs, and Excel.ErrorCodes.
 */
const CODE_MAP: Record<string, string> = {
  InvalidOperationInCellEditMode: 'officejs_cell_edit_mode',
  Conflict: 'officejs_conflict',
  InsertDeleteConflict: 'officejs_conflict',
  EditModeCannotAcquireLock: 'officejs_conflict',
  ActivityLimitReached: 'officejs_busy',
  ItemAlreadyExists: 'officejs_sheet_exists',
  RequestPayloadSizeLimitExceeded: 'officejs_too_large',
  ResponsePayloadSizeLimitExceeded: 'officejs_too_large',
  AccessDenied: 'officejs_access_denied',
  ApiNotFound: 'officejs_api_missing',
  NotImplemented: 'officejs_api_missing',
  UnsupportedFeature: 'officejs_api_missing',
  ItemNotFound: 'officejs_item_missing',
  RequestAborted: 'officejs_aborted',
  AbortError: 'officejs_aborted',
};

export function officeErrorCode(e: unknown): string | undefined {
  if (e && typeof e === 'object') {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    const name = (e as { name?: unknown }).name;
    if (name === 'AbortError') return 'AbortError';
  }
  return undefined;
}

export function officeErrorToLianfang(e: unknown, params: Params = {}): LianfangError {
  if (e instanceof LianfangError) return e;
  const code = officeErrorCode(e);
  const mapped = code && Object.hasOwn(CODE_MAP, code) ? CODE_MAP[code] : undefined;
  const known = mapped ?? (code && /^EditMode/.test(code) ? 'officejs_conflict' : undefined) ?? 'officejs_general';
  return new LianfangError(known, { ...params, officeCode: code ?? 'unknown' }, { cause: e });
}

/** Codes a user clears by acting in Excel and then pressing the same button again. */
export const RETRYABLE = new Set(['officejs_cell_edit_mode', 'officejs_conflict', 'officejs_busy', 'officejs_general']);
