import type { ColumnInput, FactorKey, HeaderField } from './schema';

/** Short constructors so form files read like the printed tables. They only build plain data. */
type Opts = Partial<Omit<ColumnInput, 'key' | 'label' | 'kind'>>;

export const seq = (opts: Opts = {}): ColumnInput => ({ key: 'seq', label: '序号', kind: 'seq', width: 6, ...opts });
export const text = (key: string, label: string, opts: Opts = {}): ColumnInput => ({
  key,
  label,
  kind: 'text',
  width: 14,
  ...opts,
});
export const longtext = (key: string, label: string, opts: Opts = {}): ColumnInput => ({
  key,
  label,
  kind: 'longtext',
  width: 30,
  ...opts,
});
export const level = (key: string, label: string, opts: Opts = {}): ColumnInput => ({
  key,
  label,
  kind: 'level',
  width: 10,
  ...opts,
});
export const choice = (key: string, label: string, options: readonly string[], opts: Opts = {}): ColumnInput => ({
  key,
  label,
  kind: 'choice',
  options: [...options],
  width: 12,
  ...opts,
});
export const yesno = (key: string, label: string, opts: Opts = {}): ColumnInput => ({
  key,
  label,
  kind: 'yesno',
  width: 10,
  ...opts,
});
export const date = (key: string, label: string, opts: Opts = {}): ColumnInput => ({
  key,
  label,
  kind: 'date',
  width: 13,
  ...opts,
});
export const timeLimit = (key: string, label: string, opts: Opts = {}): ColumnInput => ({
  key,
  label,
  kind: 'timeLimit',
  width: 11,
  ...opts,
});
export const percent = (key: string, label: string, opts: Opts = {}): ColumnInput => ({
  key,
  label,
  kind: 'percent',
  min: 0,
  max: 100,
  width: 12,
  ...opts,
});

export const count = (key: string, label: string, opts: Opts = {}): ColumnInput => ({
  key,
  label,
  kind: 'count',
  min: 0,
  width: 7,
  ...opts,
});

/** Grading columns lianfang adds after the plan's own columns; kept out of the print area. */
export const factor = (factorKey: FactorKey, label: string): ColumnInput => ({
  key: factorKey,
  label,
  kind: 'score',
  factor: factorKey,
  min: 1,
  max: 5,
  width: 9,
  extra: true,
});
export const reason = (): ColumnInput => ({
  key: 'adjustReason',
  label: '调整理由',
  kind: 'text',
  width: 16,
  extra: true,
});
export const monitor = (): ColumnInput => ({ key: 'monitor', label: '监控责任', kind: 'text', width: 18, extra: true });

/** The assessment columns every graded form of a pack carries: its factors, then 调整理由. */
export const assessment = (factors: ReadonlyArray<[FactorKey, string]>, withMonitor = false): ColumnInput[] => [
  ...factors.map(([k, l]) => factor(k, l)),
  reason(),
  ...(withMonitor ? [monitor()] : []),
];

export const field = (key: string, label: string, opts: Partial<HeaderField> = {}) => ({ key, label, ...opts });
export const step = (role: string, who: string, label: string, seal = false, field?: string) => ({
  role,
  who,
  label,
  seal,
  ...(field ? { field } : {}),
});
