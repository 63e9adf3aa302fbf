/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { FormVerification, Stamp, WorkbookVerification } from '../../../core/approve';
import { LianfangError } from '../../../core/errors';
import { SignPanel, type SignRequestUi } from './SignPanel';

// jsdom has no ResizeObserver; Fluent's message bar measures itself with one.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

const stamp = (role: string, signer: string, opinion: Stamp['opinion'] = '同意'): Stamp => ({
  v: 1,
  c14n: 'lianfang-c14n-1',
  form: 'A3',
  anchor: 'LF_A3_1',
  sheet: 'A3 周立新',
  role,
  signer,
  opinion,
  text: '',
  at: '2026-11-26T09:30:00+08:00',
  digest: 'a'.repeat(64),
  key: { kty: 'EC', crv: 'P-256', x: 'x'.repeat(43), y: 'y'.repeat(43) },
  fingerprint: 'b'.repeat(64),
  prev: null,
  sig: 'sig',
});

const step = (role: string, who: string, state: FormVerification['steps'][number]['state'], s?: Stamp) => ({
  role,
  who,
  label: `${who}意见`,
  seal: role === 'unit',
  state,
  ...(s ? { stamp: s } : {}),
});

function chain(): FormVerification {
  const self = stamp('self', '周立新');
  return {
    anchor: 'LF_A3_1',
    sheet: 'A3 周立新',
    form: 'A3',
    title: '岗位廉政风险点登记表',
    unit: '濮阳市科学技术局',
    steps: [
      step('self', '本人', 'signed', self),
      step('deptHead', '部门负责人', 'pending'),
      step('leader', '主管领导', 'pending'),
      step('unit', '单位', 'pending'),
      step('discipline', '上级纪检监察机关', 'pending'),
    ],
    stamps: [
      {
        stamp: self,
        index: 0,
        round: 0,
        active: true,
        ok: true,
        problems: [],
        notes: [],
        identity: { status: 'unchecked', problems: [] },
      },
    ],
    next: 'deptHead',
    complete: false,
    ok: true,
    problems: [],
  };
}

const signer = { name: '王科长', fingerprint: 'c'.repeat(64) };

describe('签章 panel', () => {
  it('shows each step with its state and signs the next step with the chosen opinion', async () => {
    const onSign = jest.fn(async (_: SignRequestUi) => undefined);
    render(<SignPanel form={chain()} signer={signer} onSign={onSign} onVerify={jest.fn()} />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-state'))).toEqual([
      'signed',
      'pending',
      'pending',
      'pending',
      'pending',
    ]);
    expect(items[0].textContent).toContain('已签');
    expect(items[0].textContent).toContain('周立新 2026年11月26日 同意');
    expect(items[1].textContent).toContain('待签');
    expect(screen.getByText(/不是具有法律效力的电子签章/)).toBeTruthy();

    fireEvent.click(screen.getByLabelText('退回修改'));
    fireEvent.change(screen.getByRole('textbox'), { target: { value: '风险等级偏低' } });
    fireEvent.click(screen.getByRole('button', { name: '以「部门负责人」身份签章（王科长）' }));
    await waitFor(() => expect(onSign).toHaveBeenCalled());
    expect(onSign).toHaveBeenCalledWith({
      role: 'deptHead',
      opinion: '退回修改',
      text: '风险等级偏低',
      acceptWarnings: false,
    });
    expect(await screen.findByText('「部门负责人」已签章。')).toBeTruthy();
  });

  it('asks before stamping over validation warnings, and shows refusals as messages', async () => {
    const onSign = jest
      .fn<Promise<void>, [SignRequestUi]>()
      .mockRejectedValueOnce(new LianfangError('form_has_warnings', { sheet: 'A3 周立新', count: 2 }))
      .mockResolvedValueOnce(undefined);
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<SignPanel form={chain()} signer={signer} onSign={onSign} onVerify={jest.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: /身份签章/ }));
    expect(await screen.findByText('工作表「A3 周立新」有 2 处校验提醒。请确认无误后再签章。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '已核对提醒，仍然签章' }));
    await waitFor(() => expect(onSign).toHaveBeenCalledTimes(2));
    expect(onSign.mock.calls[1][0].acceptWarnings).toBe(true);
  });

  it('验证 lists broken stamps with the cells that changed', async () => {
    const form = chain();
    form.steps[0].state = 'invalid';
    form.stamps[0] = {
      ...form.stamps[0],
      ok: false,
      problems: [
        {
          code: 'content_changed',
          changes: [{ part: 'row', key: 'level', index: 1, cell: 'B9', approved: '一级', now: '三级' }],
        },
      ],
    };
    form.ok = false;
    const v: WorkbookVerification = {
      forms: [form],
      orphans: [],
      removed: [],
      store: [],
      stampCount: 1,
      intact: false,
      trusted: false,
      ok: false,
    };
    render(<SignPanel form={form} signer={signer} onSign={jest.fn()} onVerify={async () => v} />);
    expect(screen.getAllByRole('listitem')[0].textContent).toContain('已失效');
    fireEvent.click(screen.getByRole('button', { name: '验证' }));
    expect(await screen.findByText(/B9 签章时为「一级」，现为「三级」/)).toBeTruthy();
    expect(screen.getByText('有签章失效或缺失，详见下方。')).toBeTruthy();
  });

  it('without a key offers to make one on this device', async () => {
    const onCreateKey = jest.fn(async () => undefined);
    render(
      <SignPanel form={chain()} signer={null} onSign={jest.fn()} onVerify={jest.fn()} onCreateKey={onCreateKey} />,
    );
    expect(screen.queryByRole('button', { name: /身份签章/ })).toBeNull();
    fireEvent.change(screen.getByRole('textbox'), { target: { value: '王科长' } });
    fireEvent.click(screen.getByRole('button', { name: '在本机生成签章密钥' }));
    await waitFor(() => expect(onCreateKey).toHaveBeenCalledWith('王科长'));
  });
});
