import { hasMessage, message } from '../../core/messages';
import { officeErrorToLianfang } from './errors';

describe('office error mapping', () => {
  it.each([
    ['InvalidOperationInCellEditMode', 'officejs_cell_edit_mode', /Enter 或 Esc/],
    ['Conflict', 'officejs_conflict', /其他人正在同时编辑/],
    ['EditModeCannotAcquireLockUnknownReason', 'officejs_conflict', /再点一次/],
    ['ItemAlreadyExists', 'officejs_sheet_exists', /已有名为/],
    ['RequestPayloadSizeLimitExceeded', 'officejs_too_large', /分批/],
    ['GeneralException', 'officejs_general', /GeneralException/],
    ['ApiNotFound', 'officejs_api_missing', /版本/],
  ])('%s → %s with a zh-CN message that says what to do', (office, code, text) => {
    const e = officeErrorToLianfang(Object.assign(new Error('x'), { code: office }), { sheet: '登记表' });
    expect(e.code).toBe(code);
    expect(hasMessage(e.code)).toBe(true);
    expect(message(e.code, e.params)).toMatch(text);
  });

  it('never shows a stack trace or English text for an unknown failure', () => {
    const e = officeErrorToLianfang(new TypeError('Cannot read properties of undefined'));
    expect(e.code).toBe('officejs_general');
    expect(message(e.code, e.params)).not.toMatch(/TypeError|Cannot read|\n\s+at /);
  });
});
