import { sheetOf, workbookOf } from '../recognise/testSheet';
import { validateWorkbook, validateWorkbookAsync } from './run';

const big = (n: number) =>
  workbookOf(
    sheetOf('目录', [
      ['岗位职责目录'],
      ['单位名称：某局'],
      ['序号', '岗位名称', '职责内容', '办理主体', '设定依据'],
      ...Array.from({ length: n }, (_, i) => [i + 1, `岗位${i}`, i === 7 ? null : '职责', '办公室', '三定方案']),
    ]),
  );

describe('validateWorkbookAsync', () => {
  it('reports progress in chunks and gives the same report as the one-go run', async () => {
    const seen: Array<[number, number]> = [];
    const r = await validateWorkbookAsync(big(1000), { chunkRows: 300, onProgress: (d, t) => seen.push([d, t]) });
    expect(seen).toEqual([
      [0, 1000],
      [300, 1000],
      [600, 1000],
      [900, 1000],
      [1000, 1000],
    ]);
    expect(r).toEqual(validateWorkbook(big(1000)));
    expect(r.issues.map((i) => `${i.code}@${i.cell}`)).toEqual(['required_missing@C11']);
  });

  it('stops when cancelled, with a stable code', async () => {
    const ctl = new AbortController();
    const seen: number[] = [];
    const run = validateWorkbookAsync(big(1000), {
      chunkRows: 100,
      signal: ctl.signal,
      onProgress: (d) => {
        seen.push(d);
        if (d >= 200) ctl.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'validation_cancelled' });
    expect(seen).toEqual([0, 100, 200]);
  });

  it('a workbook with no form in it is not valid, and says so', () => {
    const r = validateWorkbook(workbookOf(sheetOf('杂项', [['电话'], ['123']])));
    expect(r).toMatchObject({ valid: false, pack: null, stats: { errors: 1 } });
    expect(r.issues[0]).toMatchObject({ code: 'no_forms_found', sheet: '杂项', cell: 'A1' });
  });
});
