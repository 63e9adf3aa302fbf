import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runCli as run } from '../helpers/cli';
import { A3_ROLES, demoBytes } from './helpers';

/**
 * Who signed: the attacks of issue 15 on identity. Without a roster anyone can sign a whole chain under the real
 * names with keys they made themselves; the output must say so. With the committee's roster the forgery fails,
 * and one person cannot sign every step.
 */
mkdirSync(path.resolve('artifacts/approve'), { recursive: true });
const dir = mkdtempSync(path.join(path.resolve('artifacts/approve'), 'roster-'));
const f = (name: string) => path.join(dir, name);
const NAMES = ['周立新', '王科长', '李局长', '办公室', '纪检组'];
const STEPS = ['本人', '部门负责人', '主管领导', '单位', '上级纪检监察机关'];
const SHEET = 'A3 周立新';
const fps: string[] = [];

async function keygen(name: string, file: string): Promise<string> {
  const r = await run('keygen', '--name', name, '-o', f(file));
  expect(r.code).toBe(0);
  return JSON.parse(readFileSync(f(file), 'utf8')).fingerprint;
}

/** Signs the five steps of 「A3 周立新」 with the given key files, each by its Chinese step name. */
async function signChain(keys: string[], out: string, extra: string[][] = []): Promise<string> {
  let input = f('demo.xlsx');
  for (let i = 0; i < 5; i++) {
    const next = f(`${out}-${i}.xlsx`);
    const r = await run(
      ...['sign', input, '--form', SHEET, '--role', STEPS[i], '--key', f(keys[i]), '--opinion', '同意'],
      ...['--accept-warnings', '-o', next, ...(extra[i] ?? [])],
    );
    expect([r.code, r.err]).toEqual([0, '']);
    input = next;
  }
  return input;
}

let genuine: string;
let forged: string;

beforeAll(async () => {
  writeFileSync(f('demo.xlsx'), await demoBytes());
  for (const [i, name] of NAMES.entries()) fps.push(await keygen(name, `real${i}.json`));
  await keygen('濮阳市纪委', 'committee.json');
  // The committee keeps its roster as an Excel table and issues it signed.
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  ws.addRow(['姓名', '单位', '环节', '公钥指纹', '备注']);
  NAMES.forEach((name, i) => ws.addRow([name, i === 4 ? '*' : '濮阳市科学技术局', STEPS[i], fps[i], '']));
  await wb.xlsx.writeFile(f('名单.xlsx'));
  const issued = await run(
    ...[
      'roster',
      'import',
      f('名单.xlsx'),
      '--issuer',
      '濮阳市纪委',
      '--key',
      f('committee.json'),
      '-o',
      f('roster.json'),
    ],
  );
  expect([issued.code, issued.err]).toEqual([0, '']);
  expect(issued.out).toContain('共 5 人');
  genuine = await signChain(
    NAMES.map((_, i) => `real${i}.json`),
    'genuine',
  );
  // The forger: five keys made at home, under the real names.
  for (const [i, name] of NAMES.entries()) await keygen(name, `fake${i}.json`);
  forged = await signChain(
    NAMES.map((_, i) => `fake${i}.json`),
    'forged',
  );
}, 120_000);

test('without a roster, a chain forged under the real names is never called 核验有效: identities not checked', async () => {
  for (const file of [genuine, forged]) {
    const r = await run('verify', file);
    expect(r.out).toContain('签章人身份未核验');
    expect(r.out).not.toContain('核验有效');
    const j = JSON.parse((await run('verify', file, '--json')).out);
    expect([j.intact, j.identityChecked, j.trusted]).toEqual([true, false, false]);
  }
});

test('with the roster, the forged chain fails on every step and the genuine one is 核验有效', async () => {
  const bad = await run('verify', forged, '--roster', f('roster.json'));
  expect(bad.code).toBe(1);
  expect(bad.out.match(/身份不符合名单/g)).toHaveLength(5);
  expect(bad.out).toContain('「周立新」在名单中登记的是另一把密钥');
  expect(bad.out).not.toContain('核验有效');
  const good = await run('verify', genuine, '--roster', f('roster.json'));
  expect([good.code, good.err]).toEqual([0, '']);
  expect(good.out).toContain('核验有效：全部 5 个签章内容完整，签章人均在「濮阳市纪委」签发的名单中');
});

test('the text output lists each step: role, name, short fingerprint, date, 意见, identity', async () => {
  const r = await run('verify', genuine, '--roster', f('roster.json'));
  const today = new Date().toISOString().slice(0, 10);
  for (const [i, step] of STEPS.entries()) {
    const short = fps[i].slice(0, 4).toUpperCase();
    expect(r.out).toMatch(
      new RegExp(
        `${step}：${NAMES[i]} · 密钥 ${short} [0-9A-F ]+ · \\d{4}-\\d{2}-\\d{2} · 同意 · 内容完整 · 身份已核验`,
      ),
    );
  }
  expect(r.out).toContain(today.slice(0, 4));
});

test('one key on every step is refused at signing; with a reason it is signed and always reported', async () => {
  const one = await run(
    ...['sign', f('genuine-0.xlsx'), '--form', SHEET, '--role', '部门负责人', '--key', f('real0.json')],
    ...['--opinion', '同意', '--accept-warnings', '-o', f('twice.xlsx')],
  );
  expect(one.code).toBe(2);
  expect(one.err).toContain('[signer_repeats_in_chain]');
  expect(one.err).toContain('--reason');
  const reasons = [[], ...Array.from({ length: 4 }, () => ['--reason', '本单位只有一人'])];
  const all = await signChain(Array(5).fill('real0.json'), 'oneman', reasons);
  const v = await run('verify', all);
  expect(v.out.match(/签章时写明的理由：本单位只有一人/g)).toHaveLength(4);
  // The roster gives 周立新 only 本人: the other four steps are not his to sign.
  const r = await run('verify', all, '--roster', f('roster.json'));
  expect(r.code).toBe(1);
  expect(r.out.match(/名单中 周立新 可签的环节是「本人」/g)).toHaveLength(4);
});

test('a roster edited after issue is refused; only its issuer can change it', async () => {
  const roster = JSON.parse(readFileSync(f('roster.json'), 'utf8'));
  roster.entries[0].roles = STEPS;
  writeFileSync(f('edited.json'), JSON.stringify(roster));
  const r = await run('verify', genuine, '--roster', f('edited.json'));
  expect([r.code, r.err]).toEqual([2, expect.stringContaining('[roster_signature_invalid]')]);
  await keygen('冒充的纪委', 'other.json');
  const add = await run(
    ...['roster', 'add', f('roster.json'), '--key', f('other.json'), '--name', '张三', '--fingerprint', fps[0]],
    ...['--unit', '濮阳市科学技术局', '--role', '本人', '-o', f('r2.json')],
  );
  expect([add.code, add.err]).toEqual([2, expect.stringContaining('[roster_other_issuer]')]);
  const show = await run('roster', 'show', f('roster.json'));
  expect(show.out).toContain('濮阳市纪委 签发于');
  expect(show.out).toContain('签名有效');
});

test('--role takes the step names the form prints; a form without sign-off says so', async () => {
  const bad = await run(
    ...['sign', f('demo.xlsx'), '--form', SHEET, '--role', '局长', '--key', f('real0.json')],
    ...['--opinion', '同意', '-o', f('x.xlsx')],
  );
  expect(bad.err).toContain(
    '可用的环节：本人（self）、部门负责人（deptHead）、主管领导（leader）、单位（unit）、上级纪检监察机关（discipline）',
  );
  expect(A3_ROLES).toHaveLength(5);
  await run('demo', 'railway-2014', '-o', f('railway.xlsx'));
  const none = await run(
    ...['sign', f('railway.xlsx'), '--form', 'E1', '--role', '本人', '--key', f('real0.json')],
    ...['--opinion', '同意', '-o', f('y.xlsx')],
  );
  expect(none.err).toContain('[form_has_no_signoff]');
});

test('consolidate takes the roster: without it no unit counts as verified, with it the forged chain is not ok', async () => {
  const inbox = f('inbox');
  mkdirSync(inbox, { recursive: true });
  writeFileSync(path.join(inbox, '真.xlsx'), readFileSync(genuine));
  writeFileSync(path.join(inbox, '伪.xlsx'), readFileSync(forged));
  const plain = await run('consolidate', inbox, '-o', f('汇总.xlsx'));
  expect(plain.out).toContain('2 个单位的签章人身份未核验');
  const json = async (...extra: string[]) => {
    const r = await run('consolidate', inbox, '--json', ...extra);
    const units = JSON.parse(r.out).units as Array<{ file: string; signoff: { ok: boolean; identity: string } }>;
    return Object.fromEntries(units.map((u) => [path.basename(u.file), u.signoff]));
  };
  expect(await json()).toEqual({
    '真.xlsx': expect.objectContaining({ ok: true, identity: 'unchecked' }),
    '伪.xlsx': expect.objectContaining({ ok: true, identity: 'unchecked' }),
  });
  expect(await json('--roster', f('roster.json'))).toEqual({
    '真.xlsx': expect.objectContaining({ ok: true, identity: 'trusted' }),
    '伪.xlsx': expect.objectContaining({ ok: false, identity: 'untrusted' }),
  });
});

test('本人 is signed by the person the form is for, not by anyone else under that step', async () => {
  const r = await run(
    ...['sign', f('demo.xlsx'), '--form', SHEET, '--role', '本人', '--key', f('real1.json')],
    ...['--opinion', '同意', '--accept-warnings', '-o', f('someone-else.xlsx')],
  );
  expect(r.code).toBe(2);
  expect(r.err).toContain('[self_not_form_person]');
  expect(r.err).toContain('「A3 周立新」是「周立新」的表格');
});

test('each identity check of the roster, as an attack: another unit, a listed key under another name, a stranger', async () => {
  const roster = ['--roster', f('roster.json')];
  const sign = async (input: string, step: string, key: string, out: string) => {
    const r = await run(
      ...['sign', input, '--form', SHEET, '--role', step, '--key', f(key), '--opinion', '同意'],
      ...['--accept-warnings', '-o', f(out)],
    );
    expect([r.code, r.err]).toEqual([0, '']);
    return f(out);
  };
  // 1. The real signers sign a form of another unit (the roster lets them sign for 濮阳市科学技术局 only).
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f('demo.xlsx'));
  wb.getWorksheet(SHEET)!.getCell('C4').value = '濮阳市财政局';
  await wb.xlsx.writeFile(f('other-unit.xlsx'));
  const unit = await sign(
    await sign(f('other-unit.xlsx'), '本人', 'real0.json', 'u1.xlsx'),
    '部门负责人',
    'real1.json',
    'u2.xlsx',
  );
  const u = await run('verify', unit, ...roster);
  expect(u.code).toBe(1);
  expect(u.out).toContain('名单中 周立新 可签的单位是「濮阳市科学技术局」，不包括本表的单位「濮阳市财政局」');
  expect(u.out).toContain('名单中 王科长 可签的单位是「濮阳市科学技术局」');
  expect(u.out).not.toContain('核验有效');
  // 2. 李局长's listed key, its file renamed 王科长, signs 王科长's step.
  writeFileSync(
    f('posing.json'),
    JSON.stringify({ ...JSON.parse(readFileSync(f('real2.json'), 'utf8')), name: '王科长' }),
    { mode: 0o600 },
  );
  const posing = await sign(f('genuine-0.xlsx'), '部门负责人', 'posing.json', 'p1.xlsx');
  const p = await run('verify', posing, ...roster);
  expect(p.code).toBe(1);
  expect(p.out).toMatch(/这把密钥（指纹 [0-9A-F ]+）在名单中属于「李局长」，签章上却写着「王科长」/);
  // 3. A stranger with a key the committee never listed.
  await keygen('张三', 'stranger.json');
  const stranger = await sign(f('genuine-0.xlsx'), '部门负责人', 'stranger.json', 's1.xlsx');
  const s = await run('verify', stranger, ...roster);
  expect(s.code).toBe(1);
  expect(s.out).toMatch(/签章人「张三」不在签章人名单中（密钥指纹 [0-9A-F ]+）/);
  // Without the roster all three are merely intact, and say so.
  for (const file of [unit, posing, stranger]) {
    const plain = await run('verify', file);
    expect([plain.code, plain.out.includes('签章人身份未核验'), plain.out.includes('核验有效')]).toEqual([
      0,
      true,
      false,
    ]);
  }
}, 120_000);
