/**
 * @jest-environment jsdom
 */
import { deserialize, serialize } from 'node:v8';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createOfficeHost } from '../../src/adapters/officejs/host';
import { planInsert } from '../../src/core/build/template';
import { PACKS } from '../../src/core/packs';
import { TaskPane } from '../../src/doors/taskpane/App';
import type { Host } from '../../src/doors/ui/host';
import { createFakeExcel } from '../fakes/fakeExcel';
import { pickPack } from './pickPack';

// jest's jsdom lacks structuredClone, which browsers and the task pane have.
globalThis.structuredClone ??= <T,>(v: T): T => deserialize(serialize(v));

// Generous waits: CI shares two cores with the browser tests.
configure({ asyncUtilTimeout: 10_000 });

/** The task pane's whole path against the fake Excel (the office-js adapter's test double), as a clerk walks it. */
describe('task pane workflow over the office-js host and the fake Excel', () => {
  const pack = PACKS.find((p) => p.id === 'puyang-2012')!;

  test('插入表格 → 填写 → 一键校验 → 计算等级/汇总, with each step state shown', async () => {
    const { state, run } = createFakeExcel();
    const host = createOfficeHost({ run });
    render(<TaskPane host={host} packs={PACKS} />);

    await pickPack(pack.name);
    const steps = screen.getByRole('navigation', { name: '工作步骤' });
    const stateOf = (label: string) => within(steps).getByText(label).parentElement!.textContent!.replace(label, '');
    expect(stateOf('插入表格')).toBe('待办');

    fireEvent.click(screen.getByRole('button', { name: '插入表格' }));
    await screen.findByText(/已插入 \d+ 张表/);
    expect(state.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Sheet1', '_lianfang']));
    await within(steps)
      .findByText('已完成', { selector: '*' })
      .catch(() => undefined);
    expect(stateOf('插入表格')).toBe('已完成');
    expect(stateOf('填写')).toBe('待办');

    // 填写: the clerk types the sample's rows into the inserted sheets (here: the demo's values, applied as Excel would hold them).
    // Each form's first sample instance goes into the blank sheet of that form.
    const blank = planInsert({ pack }).added;
    const demo = planInsert({ pack, instances: pack.sample.instances });
    const target = new Map(
      blank.map((b) => [demo.added.find((d) => d.form === b.form)!.sheet, b.sheet] as [string, string]),
    );
    const filled = demo.ops
      .filter((o) => o.kind === 'setValues' && target.has(o.sheet))
      .map((o) => ({ ...o, sheet: target.get((o as { sheet: string }).sheet)! }));
    await host.apply(filled);

    fireEvent.click(screen.getByRole('button', { name: '一键校验' }));
    await screen.findByText(/^校验(完成|通过)/);
    await waitFor(() => expect(stateOf('填写')).toBe('已完成'));
    expect(['已完成', '有提醒', '有错误']).toContain(stateOf('一键校验'));

    fireEvent.click(screen.getByRole('button', { name: '计算等级 / 汇总' }));
    await screen.findByText(/^已计算等级/);
    expect(state.sheets.map((s) => s.name)).toContain('风险汇总');
    expect(['已完成', '有提醒']).toContain(stateOf('计算等级 / 汇总'));
    // Settings kept in the workbook: the plan's scheme written to a visible sheet the unit can change.
    expect(screen.getByText(/^定级规则（方案默认）/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /建立「lianfang设置」表/ }));
    await screen.findByText(/^定级规则（本工作簿「lianfang设置」表）/);
    expect(state.sheets.map((s) => s.name)).toContain('lianfang设置');

    // 签章 (key file, WebCrypto) is walked in the real browser: jsdom has no WebCrypto. Here: offered, not done.
    expect(stateOf('签章')).toBe('待办');

    // The pane opens the report as a new Excel workbook (walked in paneReportAndUnit.test.tsx): offered, not done.
    expect(stateOf('生成报送工作簿')).toBe('待办');
    expect(screen.getByRole('button', { name: '生成报送工作簿' })).toBeTruthy();
  });
});

describe('long work can be cancelled', () => {
  test('取消 stops 一键校验 while Excel is still reading, and says nothing was lost', async () => {
    const pack = PACKS.find((p) => p.id === 'puyang-2012')!;
    let reads = 0;
    const host: Host = {
      kind: 'excel',
      // The first read (the step list) answers; the validation's read waits until it is cancelled.
      read: (signal) =>
        reads++ === 0
          ? Promise.resolve({ sheets: [], names: [] })
          : new Promise((_, reject) => signal?.addEventListener('abort', () => reject(new Error('aborted')))),
      apply: async () => {
        throw new Error('nothing may be written');
      },
    };
    render(<TaskPane host={host} packs={[pack]} />);
    fireEvent.click(screen.getByRole('button', { name: '一键校验' }));
    expect(await screen.findByRole('progressbar')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    await screen.findByText(/^已取消。/);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
