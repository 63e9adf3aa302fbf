import { planInsert } from '../build/template';
import type { Pack } from '../forms/pack';
import { PACKS, findPack } from '../packs';
import { opsSnapshot } from '../report/opsSnapshot';
import { makeGrid } from './grid';
import { HEADING_SCAN_ROWS } from './headingHits';
import { TITLE_WEIGHT, findTitle, locateForm, mayStandTitled, scoreCeiling } from './locate';
import { sheetOf } from './testSheet';

const form = (pack: string, id: string) => findPack(pack)!.forms.find((f) => f.id === id)!;

it('finds the heading under a title a few rows down, reading the header fields above it', () => {
  const g = makeGrid(
    sheetOf('s', [
      [],
      [],
      ['濮阳市科学技术局职权运行目录'],
      ['单位名称:某局'],
      ['序号', '职权名称', '职权内容', '办结时限'],
    ]),
  );
  expect(locateForm(g, form('puyang-2012', 'A2'))).toMatchObject({
    headerRow: 5,
    headerEnd: 5,
    titleRow: 3,
    columns: { seq: 1, power: 2, content: 3, timeLimit: 4 },
    header: { unit: { value: '某局', cell: 'A4' } },
  });
});

it('reads a two-row heading whose lower row names columns under merged group cells', () => {
  const g = makeGrid(
    sheetOf(
      's',
      [
        ['科室', '岗位', '风险等级', null, null, '监控责任'],
        [null, null, '一级', '二级', '三级', null],
        ['国库股', '股长', 1, 0, 0, '局长'],
      ],
      ['A1:A2', 'B1:B2', 'C1:E1', 'F1:F2'],
    ),
  );
  expect(locateForm(g, form('heshui-2012', 'B4'))).toMatchObject({
    headerRow: 1,
    headerEnd: 2,
    columns: { dept: 1, post: 2, level1: 3, level2: 4, level3: 5, monitor: 6 },
  });
});

it('does not take data under a plain heading for a second heading row', () => {
  const g = makeGrid(
    sheetOf('s', [
      ['序号', '风险点描述', '风险类型', '风险等级'],
      [1, '甲', '岗位职责', '一级'],
    ]),
  );
  expect(locateForm(g, form('heshui-2012', 'B1'))).toMatchObject({ headerRow: 1, headerEnd: 1 });
  expect(locateForm(g, form('heshui-2012', 'B4'))).toBeNull();
});

it('reads a sub-heading with the merged group heading over it (事前 under 防控措施 is 事前防控措施)', () => {
  const g = makeGrid(
    sheetOf(
      's',
      [
        ['序号', '科室', '岗位', '风险类型', '风险点', '风险等级', '防控措施', null, null, '风险评估', null],
        [null, null, null, null, null, null, '事前', '中期', '后期', '几率', '严重程度'],
        [1, '总务处', '会计', '岗位职责风险', '虚列支出', '二级', '审核', '公开', '追缴', 2, 4],
      ],
      ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:F2', 'G1:I1', 'J1:K1'],
    ),
  );
  expect(locateForm(g, form('school-2010', 'D1'))).toMatchObject({
    headerRow: 1,
    headerEnd: 2,
    columns: { earlyMeasure: 7, midMeasure: 8, lateMeasure: 9, probability: 10, impact: 11 },
    unknown: [],
  });
});

it('reads group headings typed once over blank cells, not merged (跨列居中)', () => {
  const g = makeGrid(
    sheetOf('s', [
      [
        '序号',
        '科室',
        '岗位',
        '风险类型',
        '风险点',
        '风险等级',
        '防控措施',
        null,
        null,
        '风险评估（1-5分）',
        null,
        null,
      ],
      [null, null, null, null, null, null, '事前', '事中', '事后', '几率', '严重程度', '紧迫程度'],
      [1, '总务处', '会计', '岗位职责风险', '虚列支出', '二级', '审核', '公开', '追缴', 2, 4, 1],
    ]),
  );
  expect(locateForm(g, form('school-2010', 'D1'))).toMatchObject({
    headerRow: 1,
    headerEnd: 2,
    columns: { earlyMeasure: 7, midMeasure: 8, lateMeasure: 9, probability: 10, impact: 11, urgency: 12 },
    unknown: [],
  });
  // The last heading of a one-row table, with data under it, is no group.
  const plain = makeGrid(
    sheetOf('s', [
      ['序号', '风险点描述', '风险类型', '风险等级', '防控措施'],
      [1, '甲', '岗位职责', '一级', '双人复核'],
    ]),
  );
  expect(locateForm(plain, form('heshui-2012', 'B1'))).toMatchObject({ headerRow: 1, headerEnd: 1 });
});

describe('scoreCeiling: no placement scores above it (an identified sheet is then read without placing the other forms)', () => {
  const demo = (pack: Pack) => opsSnapshot(planInsert({ pack, instances: pack.sample.instances }).ops);
  it.each(PACKS.map((p) => [p.id, p] as const))(
    'every form of every pack on every sheet of %s’s demo workbook',
    (_, own) => {
      let placed = 0;
      for (const sheet of demo(own).sheets) {
        const g = makeGrid(sheet);
        for (const pack of PACKS)
          for (const f of pack.forms) {
            const p = locateForm(g, f);
            if (!p) continue;
            placed++;
            expect(p.score).toBeLessThanOrEqual(scoreCeiling(g, f, -Infinity));
          }
      }
      expect(placed).toBeGreaterThan(0);
    },
  );

  it('counts the title only where it stands, and looks for it only where the ceiling could reach the score to beat', () => {
    const f = form('heshui-2012', 'B1');
    const titled = makeGrid(sheetOf('s', [['合水县个人岗位风险点自查表'], ['序号', '风险点']]));
    const untitled = makeGrid(sheetOf('s', [['序号', '风险点']]));
    expect(scoreCeiling(titled, f, -Infinity) - scoreCeiling(untitled, f, -Infinity)).toBe(TITLE_WEIGHT);
    // Even with a title it could not reach 10⁹: not looked for, the (higher) ceiling with a title is enough.
    expect(scoreCeiling(untitled, f, 1e9)).toBe(scoreCeiling(titled, f, -Infinity));
  });
});

describe('findTitle and mayStandTitled read the first rows once for every form tried', () => {
  const a2 = form('puyang-2012', 'A2');
  const heading = ['序号', '职权名称', '职权内容', '办结时限'];
  const at = (row: number, title: string) =>
    makeGrid(sheetOf('s', [...Array.from({ length: row - 1 }, () => ['备注']), [title], heading]));

  it('finds a title typed with spaces and full-width letters, down to the last row a heading may start in', () => {
    const last = at(HEADING_SCAN_ROWS, '濮阳市科学技术局 职权运行\u3000目录');
    expect(findTitle(last, a2, HEADING_SCAN_ROWS + 1)).toEqual({ row: HEADING_SCAN_ROWS, col: 1 });
    expect(mayStandTitled(last, [a2])).toBe(true);
    const g = at(HEADING_SCAN_ROWS - 1, '濮阳市科学技术局 职权运行\u3000目录');
    expect(locateForm(g, a2)).toMatchObject({ titleRow: HEADING_SCAN_ROWS - 1, headerRow: HEADING_SCAN_ROWS });
  });

  it('says no title stands where none of the forms’ titles is in those rows, and still finds one further down when asked', () => {
    const g = at(HEADING_SCAN_ROWS + 5, '职权运行目录');
    expect(mayStandTitled(g, [a2])).toBe(false);
    expect(mayStandTitled(g, findPack('heshui-2012')!.forms)).toBe(false);
    expect(findTitle(g, a2, HEADING_SCAN_ROWS)).toBeNull();
    expect(findTitle(g, a2, HEADING_SCAN_ROWS + 6)).toEqual({ row: HEADING_SCAN_ROWS + 5, col: 1 });
  });

  it('never joins two cells into a title (a title split over two cells is no title)', () => {
    const g = makeGrid(sheetOf('s', [['职权运行', '目录'], heading]));
    expect(mayStandTitled(g, [a2])).toBe(false);
    expect(findTitle(g, a2, 2)).toBeNull();
  });
});
