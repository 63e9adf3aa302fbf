import type { WorkbookSnapshot } from '../port';
import { ownedSheets } from './owned';

const sheet = (name: string) => ({ name, visibility: 'visible' as const, rows: [], merges: [] });

describe('ownedSheets', () => {
  it('names lianfang’s hidden, report, settings and (renamed) rollup sheets, never the user’s', () => {
    const wb: WorkbookSnapshot = {
      sheets: [
        '_lianfang',
        '_lianfang_stamps',
        '校验报告',
        'lianfang设置',
        '我的目录',
        'D1 自查表',
        'lianfang笔记',
      ].map(sheet),
      names: [
        { name: 'LF_ROLLUP_d1Catalogue', sheet: '我的目录', range: '$A$1' },
        { name: 'LF_D1_1', sheet: 'D1 自查表', range: '$A$2' },
      ],
    };
    expect([...ownedSheets(wb)].sort()).toEqual(
      ['_lianfang', '_lianfang_stamps', 'lianfang设置', '我的目录', '校验报告'].sort(),
    );
  });
});
