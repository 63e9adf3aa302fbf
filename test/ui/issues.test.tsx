/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { SheetSnapshot } from '../../src/core/port';
import type { Issue } from '../../src/core/validate';
import { CellPreview } from '../../src/doors/ui/CellPreview';
import { IssueList } from '../../src/doors/ui/IssueList';

const issue = (sheet: string, cell: string, severity: Issue['severity'], message: string): Issue => {
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  return { code: 'x', severity, sheet, cell, row: Number(m[2]), column: m[1].charCodeAt(0) - 64, value: null, message };
};

const withTheme = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

describe('IssueList', () => {
  const issues = [
    issue('A1 岗位', 'B5', 'notice', '提示甲'),
    issue('A3 周立新', 'C9', 'warning', '提醒乙'),
    issue('A1 岗位', 'C4', 'error', '错误丙'),
    issue('A1 岗位', 'D6', 'warning', '提醒丁'),
    issue('A1 岗位', 'B7', 'error', '错误戊'),
  ];

  test('one section per sheet with counts, errors first, and a click shows the cell with its message', () => {
    const select = jest.fn(async () => undefined);
    withTheme(<IssueList issues={issues} select={select} />);
    const a1 = screen.getByRole('region', { name: '工作表「A1 岗位」的问题' });
    const heading = within(a1).getByRole('heading');
    expect(heading.textContent).toMatch(/A1 岗位.*错误 2.*提醒 1.*提示 1/);
    const items = within(a1)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringMatching(/错误.*C4.*错误丙/),
      expect.stringMatching(/错误.*B7.*错误戊/),
      expect.stringMatching(/提醒.*D6.*提醒丁/),
      expect.stringMatching(/提示.*B5.*提示甲/),
    ]);
    const a3 = screen.getByRole('region', { name: '工作表「A3 周立新」的问题' });
    expect(within(a3).getByRole('heading').textContent).not.toContain('错误');

    fireEvent.click(screen.getByRole('button', { name: '查看「A1 岗位」B7 单元格' }));
    expect(select).toHaveBeenCalledWith('A1 岗位', 'B7', '错误戊');
  });

  test('without a host that can select, places are plain text', () => {
    withTheme(<IssueList issues={issues} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByText('C9')).toBeTruthy();
  });
});

describe('CellPreview', () => {
  // 8 rows × 8 columns: cell (r, c) holds "r,c".
  const sheet: SheetSnapshot = {
    name: 'A3 周立新',
    visibility: 'visible',
    merges: [],
    rows: Array.from({ length: 8 }, (_, r) => Array.from({ length: 8 }, (_, c) => `${r + 1},${c + 1}`)),
  };

  test('shows 5 rows × 6 columns around the cell like Excel, outlines it, and takes the focus', () => {
    const close = jest.fn();
    withTheme(<CellPreview sheet={sheet} cell="D5" message="风险等级应为一级至四级" onClose={close} />);
    const region = screen.getByRole('region', { name: '单元格预览：「A3 周立新」D5' });
    expect(document.activeElement).toBe(region);
    expect(within(region).getByText('风险等级应为一级至四级')).toBeTruthy();
    const grid = within(region).getByRole('table', { name: '「A3 周立新」D5 周围的单元格' });
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['B', 'C', 'D', 'E', 'F', 'G']);
    expect(
      within(grid)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['3', '4', '5', '6', '7']);
    const current = grid.querySelector('[aria-current="location"]')!;
    expect(current.getAttribute('data-cell')).toBe('D5');
    expect(current.textContent).toBe('5,4');
    fireEvent.click(within(region).getByRole('button', { name: '关闭' }));
    expect(close).toHaveBeenCalled();
  });

  test('near A1 the window starts at row 1 and column A; a blank cell says so', () => {
    withTheme(<CellPreview sheet={{ ...sheet, rows: [[null]] }} cell="A1" onClose={() => undefined} />);
    const grid = screen.getByRole('table');
    expect(within(grid).getAllByRole('columnheader')[0].textContent).toBe('A');
    expect(within(grid).getAllByRole('rowheader')[0].textContent).toBe('1');
    expect(screen.getByText('A1 现在是空的。')).toBeTruthy();
  });
});
