import type { Consolidation } from './consolidate';
import { likelyFiles } from './summary';

const c = (missing: string[], unreadable: string[], noUnit: string[] = []): Consolidation =>
  ({
    missing,
    unreadable: unreadable.map((file) => ({ file, code: 'legacy_xls', reason: '' })),
    noUnit,
  }) as unknown as Consolidation;

describe('which file a unit that did not hand in may have sent, by the names clerks give files', () => {
  it('names the unit in full, by its end, or by its usual short form', () => {
    const list = ['濮阳市城市管理局', '濮阳市住房和城乡建设局', '濮阳市统计局', '濮阳市水利局'];
    const got = likelyFiles(
      c(list, ['城管局.xlsx', '收件/2025年-濮阳市统计局-自查表.xls', '水利局自查表最新.xlsx'], ['住建局.xlsx']),
    );
    expect(got.map((g) => [g.expected, g.file, g.why])).toEqual([
      ['濮阳市城市管理局', '城管局.xlsx', 'unreadable'],
      ['濮阳市统计局', '收件/2025年-濮阳市统计局-自查表.xls', 'unreadable'],
      ['濮阳市水利局', '水利局自查表最新.xlsx', 'unreadable'],
      ['濮阳市住房和城乡建设局', '住建局.xlsx', 'noUnit'],
    ]);
  });

  it('says nothing where a file could be two units, or names none of them', () => {
    expect(likelyFiles(c(['濮阳市财政局', '华龙区财政局'], ['财政局.xlsx']))).toEqual([]);
    expect(likelyFiles(c(['濮阳市城市管理局'], ['新建 Microsoft Excel 工作表.xlsx', '局.xlsx', '市局.xlsx']))).toEqual(
      [],
    );
  });
});
