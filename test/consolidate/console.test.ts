import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { heshui2012 } from '../../src/core/packs/heshui-2012/pack';
import { puyang2012 } from '../../src/core/packs/puyang-2012/pack';
import { artifacts } from '../grade/workbooks';
import { runCli } from '../helpers/cli';
import { convertWithLibreOffice } from '../helpers/libreoffice';
import { unitWorkbook } from './units';

/*
 * The committee clerk's inbox, consolidated as the clerk runs it: what the console prints and what 汇总.xlsx shows
 * once LibreOffice opens it (cells as displayed) must name the same files, the same China times and the same counts.
 */
const dir = path.join(artifacts('consolidate'), 'console');
const inbox = path.join(dir, '收件箱');
const at = (y: number, mo: number, d: number, h: number, mi: number) => new Date(Date.UTC(y, mo - 1, d, h, mi));

let out: string;
let err: string;
let sheets: Record<string, string[][]>;

/** Every sheet of a workbook as LibreOffice displays its cells (CSV "as shown", one file per sheet). */
function shownByLibreOffice(file: string, outDir: string): Record<string, string[][]> {
  rmSync(outDir, { recursive: true, force: true });
  convertWithLibreOffice(
    [file],
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
    outDir,
  );
  const base = path.basename(file, '.xlsx');
  return Object.fromEntries(
    readdirSync(outDir).map((f) => [
      f.slice(base.length + 1, -4),
      readFileSync(path.join(outDir, f), 'utf8')
        .split('\n')
        .map((l) => l.split(',')),
    ]),
  );
}

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(inbox, '二组'), { recursive: true });
  const put = async (file: string, bytes: Promise<Uint8Array> | Uint8Array) =>
    writeFileSync(path.join(inbox, file), await bytes);
  // Saved 2026-12-02 03:08 UTC: 11:08 in China.
  await put('01.xlsx', unitWorkbook(heshui2012, '合水县第1单位', 0, at(2026, 12, 2, 3, 8)));
  await put('二组/02.xlsx', unitWorkbook(heshui2012, '合水县第2单位', 1, at(2026, 12, 1, 17, 30)));
  await put('二组/02-重报.xlsx', unitWorkbook(heshui2012, '合水县第2单位', 2, at(2026, 12, 2, 1, 5)));
  await put('二组/04.xlsx', unitWorkbook(heshui2012, '合水县第4单位', 3, at(2026, 11, 30, 16, 0)));
  await put('濮阳.xlsx', unitWorkbook(puyang2012, '濮阳市某局', 0, at(2026, 12, 2, 1, 0)));
  await put('无单位.xlsx', unitWorkbook(heshui2012, '', 0, at(2026, 12, 2, 1, 0)));
  await put('坏.xlsx', new TextEncoder().encode('不是工作簿'));
  const r = await runCli(
    'consolidate',
    inbox,
    '--expect',
    '合水县第1单位、合水县第2单位、合水县第3单位、合水县第4单位',
    '-o',
    path.join(dir, '汇总.xlsx'),
  );
  ({ out, err } = r);
  expect(r.code).toBe(2); // one file could not be read
  sheets = shownByLibreOffice(path.join(dir, '汇总.xlsx'), path.join(dir, 'csv'));
});

const rowsOf = (sheet: string) => sheets[sheet].filter((r) => /^\d+$/.test(r[0]));

it('names every file as it sits in the inbox, on the console and in both sheets, never the typed path', () => {
  const units = rowsOf('各单位汇总');
  expect(units.map((r) => r[2]).sort()).toEqual(
    ['01.xlsx', '二组/02-重报.xlsx', '二组/02.xlsx', '二组/04.xlsx', '无单位.xlsx', '濮阳.xlsx'].sort(),
  );
  expect(out).toContain(`收件文件夹：${inbox}`);
  expect(out).toContain('二组/02-重报.xlsx');
  expect(err).toContain('无法读取的文件：坏.xlsx：「坏.xlsx」不是有效的 Excel 文件');
  const status = sheets['报送情况'].flat().join('\n');
  expect(status).toContain('「坏.xlsx」不是有效的 Excel 文件');
  // The inbox is named once, and the output file where it was written; no file is named by the typed path.
  const listing = out.split('\n').filter((l) => !l.startsWith('收件文件夹：') && !l.startsWith('已写入 '));
  for (const text of [listing.join('\n'), err, sheets['各单位汇总'].flat().join('\n'), status])
    expect(text).not.toContain(dir);
});

it('gives each workbook’s save time in China, 2026年12月2日 11:08, in the sheet and on the console', () => {
  const time = (file: string) => rowsOf('各单位汇总').find((r) => r[2] === file)![3];
  expect(time('01.xlsx')).toBe('2026年12月2日 11:08');
  expect(time('二组/02.xlsx')).toBe('2026年12月2日 01:30');
  expect(time('二组/04.xlsx')).toBe('2026年12月1日 00:00');
  const dup = sheets['报送情况'].filter((r) => r[0] === '合水县第2单位');
  expect(dup).toEqual([
    ['合水县第2单位', '二组/02-重报.xlsx', '2026年12月2日 09:05', '最新'],
    ['合水县第2单位', '二组/02.xlsx', '2026年12月2日 01:30', ''],
  ]);
  expect(out).toContain(
    '重复报送的单位：合水县第2单位（二组/02-重报.xlsx，2026年12月2日 09:05、二组/02.xlsx，2026年12月2日 01:30；最新：二组/02-重报.xlsx）',
  );
});

it('says the same counts on the console and in the sheet, each equal to the rows it counts', () => {
  const sentence = sheets['各单位汇总'][1][0];
  expect(out.split('\n')).toContain(sentence);
  const rows = rowsOf('各单位汇总');
  const own = rows.filter((r) => !r[6].includes('属于其他方案'));
  const counted = rows.filter((r) => r[7] === '是');
  const status = sheets['报送情况'].map((r) => r[0]);
  const listed = (title: string) => {
    const i = status.findIndex((t) => t.startsWith(`${title}（`));
    return Number(/（(\d+)）/.exec(status[i])![1]);
  };
  const n = {
    files: rows.length + 1,
    units: new Set(own.map((r) => r[1]).filter(Boolean)).size,
    counted: counted.length,
    missing: listed('应报未报单位'),
    duplicates: listed('重复报送的单位'),
    other: rows.length - own.length,
    noUnit: rows.filter((r) => !r[1]).length,
    unreadable: listed('无法读取的文件'),
  };
  expect(n).toEqual({ files: 7, units: 3, counted: 4, missing: 1, duplicates: 1, other: 1, noUnit: 1, unreadable: 1 });
  expect(listed('属于其他方案的文件')).toBe(n.other);
  expect(listed('未填写单位名称的文件')).toBe(n.noUnit);
  expect(sentence).toBe(
    `共 ${n.files} 个文件：${n.units} 个单位，${n.counted} 份计入总计；应报未报 ${n.missing} 个，重复报送 ${n.duplicates} 个单位，` +
      `属于其他方案 ${n.other} 份，未填写单位名称 ${n.noUnit} 份，无法读取 ${n.unreadable} 个文件。`,
  );
  // The grand total LibreOffice computes is the sum of the counted rows as displayed.
  const total = sheets['各单位汇总'].find((r) => r[0].startsWith('总计'))!;
  const sum = counted.reduce((s, r) => s + Number(r[r.length - 1]), 0);
  expect(Number(total[total.length - 1])).toBe(sum);
  expect(out).toContain('应报未报单位：合水县第3单位');
  expect(out).toContain('属于其他方案的文件：濮阳.xlsx（濮阳市科技局 2012 廉政风险防控规范权力运行）');
  expect(out).toContain('未填写单位名称的文件：无单位.xlsx');
});
