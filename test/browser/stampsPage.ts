import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, expectVisible, seriousAxeViolations } from './support';

type Cli = (...args: string[]) => Promise<{ code: number; out: string }>;

const STEPS = ['本人', '部门负责人', '主管领导', '单位', '上级纪检监察机关'];
const NAMES = ['周立新', '王科长', '李局长', '办公室', '纪检组'];

/** The workbooks of the identity attack, made with the real CLI: a genuine chain, a forged one, the roster. */
async function prepare(cli: Cli, dir: string) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const f = (n: string) => join(dir, n);
  expect((await cli('demo', 'puyang-2012', '-o', f('demo.xlsx'))).code).toBe(0);
  expect((await cli('demo', 'railway-2014', '-o', f('railway.xlsx'))).code).toBe(0);
  await cli('keygen', '--name', '濮阳市纪委', '-o', f('committee.json'));
  await cli('roster', 'new', '--issuer', '濮阳市纪委', '--key', f('committee.json'), '-o', f('roster.json'));
  for (const [i, name] of NAMES.entries()) {
    await cli('keygen', '--name', name, '-o', f(`real${i}.json`));
    await cli('keygen', '--name', name, '-o', f(`fake${i}.json`));
    const fp = JSON.parse(readFileSync(f(`real${i}.json`), 'utf8')).fingerprint;
    await cli(
      ...['roster', 'add', f('roster.json'), '--key', f('committee.json'), '--name', name, '--fingerprint', fp],
      ...['--unit', i === 4 ? '*' : '濮阳市科学技术局', '--role', STEPS[i], '--in-place'],
    );
  }
  for (const who of ['real', 'fake']) {
    let input = f('demo.xlsx');
    for (let i = 0; i < 5; i++) {
      const out = f(`${who}-${i}.xlsx`);
      const r = await cli(
        ...['sign', input, '--form', 'A3 周立新', '--role', STEPS[i], '--key', f(`${who}${i}.json`)],
        ...['--opinion', '同意', '--accept-warnings', '-o', out],
      );
      expect(r.code).toBe(0);
      input = out;
    }
  }
  return { railway: f('railway.xlsx'), genuine: f('real-4.xlsx'), forged: f('fake-4.xlsx'), roster: f('roster.json') };
}

/**
 * 签章 on the page, as issue 15 attacked it: a chain forged under the real names is never 核验有效, the roster the
 * user gives decides; forms whose plan has no sign-off are not offered (issue 14).
 */
export async function stampsOnThePage(page: Page, url: string, cli: Cli): Promise<void> {
  const files = await prepare(cli, join(ARTIFACTS, 'stamps'));
  const open = async (file: string) => {
    await page.goto(url);
    await page.getByLabel('打开 .xlsx 工作簿').setInputFiles(file);
  };
  const verify = async () => {
    await page.getByRole('button', { name: '验证签章', exact: true }).click();
    return page.getByRole('list', { name: '验证结果' });
  };

  await open(files.railway);
  await expectVisible(page.getByText(/按方案不需要签字盖章，不列入签章：.*E1 行政许可职权目录/));
  await page.getByRole('combobox', { name: '要签章的表格' }).click();
  expect(
    (await page.getByRole('listbox').getByRole('option').allTextContents()).filter((o) => o.startsWith('E1')),
  ).toEqual([]);
  await page.keyboard.press('Escape');

  await open(files.forged);
  let result = await verify();
  await expectVisible(result.getByText(/签章人身份未核验：没有提供签章人名单/));
  expect(await page.getByText(/核验有效/).count()).toBe(0);

  await page.locator('input[type=file][aria-label="签章人名单"]').setInputFiles(files.roster);
  await expectVisible(page.getByText(/使用您提供的名单：濮阳市纪委 签发/));
  result = await verify();
  await expectVisible(
    page
      .getByRole('alert')
      .or(page.getByRole('status'))
      .getByText(/签章人与名单不符/)
      .first(),
  );
  expect(await result.getByText(/身份不符合名单/).count()).toBe(5);

  // The roster is remembered by this browser: the genuine chain is 核验有效.
  await open(files.genuine);
  result = await verify();
  await expectVisible(
    page.getByRole('status').getByText(/^核验有效：全部 5 个签章内容完整，签章人均在「濮阳市纪委」签发的名单中/),
  );
  await page.screenshot({ path: join(ARTIFACTS, 'stamps-verified.png'), fullPage: true });
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: '不再使用此名单' }).click();
}
