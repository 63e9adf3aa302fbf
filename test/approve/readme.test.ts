import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/cli';

/**
 * The README's own 签章 example, run as written on the demo it tells the reader to make (issue 14): `demo`, then
 * `keygen`, then `sign`, then `verify`. File names are kept, placed in a fresh folder.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'lianfang-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Splits one README command line like a shell would (double quotes, trailing # comment). */
function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.replace(/\s+#.*$/, '').matchAll(/"([^"]*)"|(\S+)/g)) out.push(m[1] ?? m[2]);
  return out;
}

const readme = readFileSync('README.md', 'utf8').split('\n');
const example = (start: string) => {
  const line = readme.find((l) => l.startsWith(`npx lianfang ${start}`));
  if (!line) throw new Error(`README has no line starting "npx lianfang ${start}"`);
  return words(line)
    .slice(2)
    .map((w) => (/\.(xlsx|json)$/.test(w) ? path.join(dir, w) : w));
};

test("the README's sign example works on the demo it tells the user to make", async () => {
  for (const args of [example('demo puyang-2012'), example('keygen'), example('sign 示例.xlsx')]) {
    const r = await runCli(...args);
    expect({ args, code: r.code, err: r.err }).toEqual({ args, code: 0, err: '' });
  }
  const v = await runCli('verify', path.join(dir, '已签.xlsx'));
  expect(v.code).toBe(0);
  expect(v.out).toContain('签章人身份未核验');
});
