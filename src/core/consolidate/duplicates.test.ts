import { combineReports, type UnitReport } from './consolidate';

const unit = (file: string, modified: string, fileTime: string): UnitReport => ({
  file,
  unit: '合水县林业局',
  pack: 'heshui-2012',
  modified,
  fileTime,
  counts: {},
  total: 1,
  unlevelled: 0,
});

describe('the newest of a unit’s copies', () => {
  it('is the one saved last; saved the same second, the one whose file is newer, whatever the names', () => {
    const c = combineReports(
      [
        unit('林业局(修改后).xlsx', '2012-09-20T08:00:00.000Z', '2012-09-21T10:00:00.000Z'),
        unit('林业局.xlsx', '2012-09-20T08:00:00.000Z', '2012-09-20T08:00:05.000Z'),
      ],
      [],
    );
    expect(c.duplicates[0].newest).toBe('林业局(修改后).xlsx');
    // The list puts the newest first, as the duplicate says.
    expect(c.units.map((u) => [u.file, u.duplicate?.newest])).toEqual([
      ['林业局(修改后).xlsx', true],
      ['林业局.xlsx', false],
    ]);
  });

  it('goes by the saved date before the file time (copying a file renews its time)', () => {
    const c = combineReports(
      [
        unit('a.xlsx', '2012-09-21T08:00:00.000Z', '2012-09-21T08:00:00.000Z'),
        unit('b.xlsx', '2012-09-20T08:00:00.000Z', '2026-12-03T08:00:00.000Z'),
      ],
      [],
    );
    expect(c.duplicates[0].newest).toBe('a.xlsx');
  });
});
