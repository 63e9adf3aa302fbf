import { groupIssues } from './group';
import type { Issue } from './types';

const issue = (sheet: string, severity: Issue['severity'], cell: string): Issue => ({
  code: 'x',
  severity,
  sheet,
  cell,
  row: 1,
  column: 1,
  value: null,
  message: '',
});

it('groups issues by sheet in order, then by severity, with counts', () => {
  const g = groupIssues({
    issues: [
      issue('甲', 'notice', 'A1'),
      issue('甲', 'error', 'B2'),
      issue('乙', 'warning', 'C3'),
      issue('甲', 'error', 'D4'),
    ],
  });
  expect(g.map((s) => [s.sheet, s.counts])).toEqual([
    ['甲', { error: 2, warning: 0, notice: 1 }],
    ['乙', { error: 0, warning: 1, notice: 0 }],
  ]);
  expect(g[0].bySeverity.error.map((i) => i.cell)).toEqual(['B2', 'D4']);
});
