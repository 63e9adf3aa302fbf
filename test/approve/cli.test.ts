import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { A3_ROLES, demoBytes } from './helpers';
import ExcelJS from 'exceljs';
import { runCli } from '../helpers/cli';

mkdirSync(path.resolve('artifacts/approve'), { recursive: true });
const dir = mkdtempSync(path.join(path.resolve('artifacts/approve'), 'cli-'));
const f = (name: string) => path.join(dir, name);

const run = runCli;

const NAMES = ['周立新', '王科长', '李局长', '办公室', '纪检组'];

const trust: unknown[] = [];

describe('CLI keygen / sign / verify', () => {
  beforeAll(async () => {
    writeFileSync(f('demo.xlsx'), await demoBytes());
    for (const [i, name] of NAMES.entries()) {
      const r = await run('keygen', '--name', name, '-o', f(`key${i}.json`));
      expect(r.code).toBe(0);
      trust.push(JSON.parse(/(\{"name".*\})/.exec(r.out)![1]));
    }
  });

  it('keygen writes the private key as JWK with a warning, and says what a stamp is not', async () => {
    const kf = JSON.parse(readFileSync(f('key0.json'), 'utf8'));
    expect(kf.privateKey).toEqual(expect.objectContaining({ kty: 'EC', crv: 'P-256', d: expect.any(String) }));
    expect(kf.warning).toContain('私钥');
    const r = await run('keygen', '--name', '周立新', '-o', f('key0.json'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('output_exists');
  });

  it('signs a whole chain in order, refuses out of order, and verify exits 0 / 1 / 2', async () => {
    let input = f('demo.xlsx');
    expect((await run('verify', input)).code).toBe(1); // nothing signed yet
    const early = await run(
      'sign',
      input,
      '--form',
      'A3 周立新',
      '--role',
      'leader',
      '--key',
      f('key2.json'),
      '--opinion',
      '同意',
      '-o',
      f('early.xlsx'),
    );
    expect(early.code).toBe(2);
    expect(early.err).toContain('现在应由「本人」签署');
    for (const [i, role] of A3_ROLES.entries()) {
      const out = f(`step${i}.xlsx`);
      const r = await run(
        'sign',
        input,
        '--form',
        'LF_A3_1',
        '--role',
        role,
        '--key',
        f(`key${i}.json`),
        '--opinion',
        '同意',
        '--accept-warnings',
        '-o',
        out,
      );
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toContain('不是具有法律效力的电子签章');
      input = out;
    }
    const ok = await run('verify', input, '--json');
    expect(ok.code).toBe(0);
    const json = JSON.parse(ok.out);
    expect(json.ok).toBe(true);
    expect(json.forms[0].steps.map((s: { state: string }) => s.state)).toEqual(Array(5).fill('signed'));

    // A bare trust list is no longer taken: the roster replaced it.
    writeFileSync(f('trust.json'), JSON.stringify(trust));
    const old = await run('verify', input, '--trust', f('trust.json'));
    expect([old.code, old.err]).toEqual([2, expect.stringContaining('trust_replaced_by_roster')]);

    // One approved cell changed in Excel terms: exit 1, the cell named.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    wb.getWorksheet('A3 周立新')!.getCell('A8').value = '改过的风险点';
    await wb.xlsx.writeFile(f('edited.xlsx'));
    const bad = await run('verify', f('edited.xlsx'));
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('A8 签章时为「在科技项目立项中利用审批权为特定单位谋取利益」，现为「改过的风险点」');
    // The report of it says so on the screen as its sign-off cells do, never that its stamps are intact.
    const report = await run('report', f('edited.xlsx'), '-o', f('edited-report.xlsx'), '--period', '2024年度');
    expect(report.out).toContain('注意：5 个签章签后内容已改动或签章无效（A3 周立新）');
    expect(report.out).not.toContain('个签章内容完整');

    // What prints changed, not a value: a risk row hidden, a score shown as another number. The CLI reads with the
    // streaming reader, which gives the same hidden rows and formats as every other door.
    for (const [name, change] of [
      ['hidden-row.xlsx', (ws: ExcelJS.Worksheet) => (ws.getRow(8).hidden = true)],
      ['format.xlsx', (ws: ExcelJS.Worksheet) => (ws.getCell('A8').numFmt = ';;;')],
    ] as const) {
      const edited = new ExcelJS.Workbook();
      await edited.xlsx.readFile(input);
      change(edited.getWorksheet('A3 周立新')!);
      await edited.xlsx.writeFile(f(name));
      const r = await run('verify', f(name));
      expect([name, r.code]).toEqual([name, 1]);
      expect(r.out).toContain(name === 'format.xlsx' ? 'A8' : '第 8 行 签章时显示，现隐藏');
      expect(r.out).toContain('核验未通过');
    }

    writeFileSync(f('junk.xlsx'), 'not a workbook');
    expect((await run('verify', f('junk.xlsx'))).code).toBe(2);
    expect((await run('verify', f('missing.xlsx'))).code).toBe(2);
  });

  it('--form by form id must be unique; opinions other than 同意/退回修改 are refused', async () => {
    const r = await run(
      'sign',
      f('demo.xlsx'),
      '--form',
      'A3',
      '--role',
      'self',
      '--key',
      f('key0.json'),
      '--opinion',
      '同意',
      '-o',
      f('x.xlsx'),
    );
    expect(r.err).toContain('form_ambiguous');
    const o = await run(
      'sign',
      f('demo.xlsx'),
      '--form',
      'A1',
      '--role',
      'unit',
      '--key',
      f('key3.json'),
      '--opinion',
      '好',
      '-o',
      f('y.xlsx'),
    );
    expect(o.err).toContain('opinion_invalid');
  });
});
