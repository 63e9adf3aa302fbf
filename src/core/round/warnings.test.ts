import { dateOf, dueAfter } from './warnings';

describe('回告期限: the 预警 date plus the 回告时限', () => {
  it.each([
    ['2025-03-03', '5个工作日', '2025-03-10'], // Monday + 5 working days = next Monday
    ['2025-03-07', '1个工作日', '2025-03-10'], // Friday → Monday
    ['2025-05-12', '10个工作日', '2025-05-26'],
    ['2025-04-01', '10日', '2025-04-11'],
    ['2025-01-31', '1个月', '2025-02-28'],
    ['2025-04-01', '即办', '2025-04-01'],
  ])('%s + %s = %s', (from, limit, due) => expect(dueAfter(from, limit)).toBe(due));

  it('no due date for a limit that names none', () => expect(dueAfter('2025-04-01', '尽快')).toBeNull());

  it('reads dates as clerks type them, or as Excel stores them', () => {
    expect(dateOf({ date: '2025-03-03' })).toBe('2025-03-03');
    expect(dateOf('2025年3月3日')).toBe('2025-03-03');
    expect(dateOf('2025.3.3')).toBe('2025-03-03');
    expect(dateOf(45719)).toBe('2025-03-03');
    expect(dateOf('上周')).toBeNull();
    expect(dateOf(null)).toBeNull();
  });
});
