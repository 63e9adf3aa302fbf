/**
 * @jest-environment jsdom
 */
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Op } from '../../src/core/ops';
import type { WorkbookSnapshot } from '../../src/core/port';
import { PACKS } from '../../src/core/packs';
import { planInsert } from '../../src/core/build/template';
import { opsSnapshot } from '../../src/core/report/opsSnapshot';
import type { Host } from '../../src/doors/ui/host';
import { TaskPane } from '../../src/doors/taskpane/App';
import { pickPack } from './pickPack';

const OPENING = { timeout: 8000 };

// Generous waits: CI shares two cores with the browser tests.
configure({ asyncUtilTimeout: 10_000 });

/** A Host over a plain snapshot: records what the pane asks it to apply. */
function fakeHost(existing: WorkbookSnapshot = { sheets: [], names: [] }) {
  const applied: Op[][] = [];
  const host: Host = {
    kind: 'excel',
    read: async () => existing,
    apply: async (ops) => void applied.push([...ops]),
  };
  return { host, applied };
}

const pack = PACKS.find((p) => p.id === 'puyang-2012')!;

describe('task pane 插入表格', () => {
  test('inserts the plan of the chosen pack through the host', async () => {
    const { host, applied } = fakeHost();
    render(<TaskPane host={host} packs={PACKS} />);
    await pickPack(pack.name);
    fireEvent.click(screen.getByRole('button', { name: '插入表格' }));
    await screen.findByText(/已插入 \d+ 张表/);
    expect(applied).toHaveLength(1);
    expect(applied[0]).toEqual(planInsert({ pack, existing: { sheets: [], names: [] } }).ops);
    const added = applied[0].filter((o) => o.kind === 'addSheet').map((o) => (o as { sheet: string }).sheet);
    expect(added).toHaveLength(pack.forms.length + 2); // every form, the 说明 and the hidden identification
  });

  test('asks before inserting when a sheet name is taken, and applies nothing when the user cancels', async () => {
    const taken = planInsert({ pack }).added[0].sheet;
    const { host, applied } = fakeHost({
      sheets: [{ name: taken, visibility: 'visible', rows: [['我的数据']], merges: [] }],
      names: [],
    });
    render(<TaskPane host={host} packs={PACKS} />);
    await pickPack(pack.name);
    fireEvent.click(screen.getByRole('button', { name: '插入表格' }));
    // In jsdom, Fluent's focus manager (tabster) sometimes leaves the open dialog marked aria-hidden (its modalizer
    // races the dropdown that just closed), so the dialog's buttons are looked up with hidden: true. The real
    // dialog's accessibility is checked in Chromium with axe (test/browser).
    const dialog = await screen.findByRole('alertdialog', { hidden: true }, OPENING);
    expect(dialog.textContent).toContain(`「${taken}」`);
    fireEvent.click(await within(dialog).findByRole('button', { name: '取消', hidden: true }, OPENING));
    await screen.findByText('已取消，工作簿未作改动。');
    expect(applied).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: '插入表格' }));
    const again = await screen.findByRole('alertdialog', { hidden: true }, OPENING);
    fireEvent.click(await within(again).findByRole('button', { name: '用新名称插入', hidden: true }, OPENING));
    await screen.findByText(/已插入 \d+ 张表/);
    expect(applied).toHaveLength(1);
    // The user's sheet is never written to: no op targets it.
    expect(applied[0].some((o) => 'sheet' in o && o.sheet === taken)).toBe(false);
  });

  test('refuses to mix packs in one workbook', async () => {
    const other = PACKS.find((p) => p.id !== pack.id)!;
    const wb = { sheets: [], names: [] } as WorkbookSnapshot;
    // A workbook already made for `other`: build its snapshot from the plan's hidden identification.
    const meta = planInsert({ pack: other }).ops.find((o) => o.kind === 'setValues' && o.sheet === '_lianfang');
    wb.sheets.push({
      name: '_lianfang',
      visibility: 'veryHidden',
      rows: (meta as { values: WorkbookSnapshot['sheets'][0]['rows'] }).values,
      merges: [],
    });
    const { host, applied } = fakeHost(wb);
    render(<TaskPane host={host} packs={PACKS} />);
    await pickPack(pack.name);
    fireEvent.click(screen.getByRole('button', { name: '插入表格' }));
    await screen.findByText(new RegExp(`已按方案「${other.name}」建立`));
    expect(applied).toHaveLength(0);
  });

  test('outside Excel the pane says so and offers no insert button', async () => {
    render(<TaskPane host={null} packs={PACKS} />);
    expect(screen.getByText(/未连接到 Excel/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '插入表格' })).toBeNull();
    await waitFor(() => expect(screen.getByRole('combobox', { name: '选择方案' })).toBeTruthy());
  });
});

describe('task pane remembers the programme', () => {
  test('opens next time on the programme chosen last', async () => {
    localStorage.clear();
    const first = render(<TaskPane host={fakeHost().host} packs={PACKS} />);
    await pickPack(pack.name);
    first.unmount();
    render(<TaskPane host={fakeHost().host} packs={PACKS} />);
    const select = screen.getByRole('combobox', { name: '选择方案' }) as HTMLSelectElement;
    expect(select.selectedOptions[0]?.textContent).toBe(pack.name);
    await screen.findByText(/共 \d+ 张表/);
    localStorage.clear();
  });
});

describe('task pane takes the open workbook’s programme', () => {
  test('a workbook of 濮阳’s tables opens the pane on 濮阳’s programme, over the one remembered, and says so', async () => {
    localStorage.clear();
    const heshui = PACKS.find((p) => p.id === 'heshui-2012')!;
    localStorage.setItem('lianfang.programme', heshui.id);
    const book = opsSnapshot(planInsert({ pack, instances: pack.sample.instances }).ops);
    render(<TaskPane host={fakeHost(book).host} packs={PACKS} />);
    await screen.findByText(`已按此工作簿中的表格选择方案「${pack.name}」。`);
    const select = screen.getByRole('combobox', { name: '选择方案' }) as HTMLSelectElement;
    expect(select.selectedOptions[0]?.textContent).toBe(pack.name);
    localStorage.clear();
  });
});
