import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { COMMANDS } from '../../src/doors/cli/commands';

const root = path.resolve(__dirname, '../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const doc = readFileSync(path.join(root, 'docs/trust-model.md'), 'utf8');

/** The prose a person reads: code blocks, code spans and link targets taken out. */
const prose = (md: string): string[] =>
  md
    .replace(/```[\s\S]*?```/g, '')
    .split('\n')
    .map((l) => l.replace(/`[^`]*`/g, ' ').replace(/\]\([^)]*\)/g, ']'));

function program(): Command {
  const p = new Command('lianfang');
  for (const register of COMMANDS) register(p, { io: { out: () => {}, err: () => {}, debug: false }, exit: () => {} });
  return p;
}

/** The code a text shows: fenced blocks and inline code spans. */
const code = (md: string): string =>
  [...(md.match(/```[\s\S]*?```/g) ?? []), ...(md.replace(/```[\s\S]*?```/g, '').match(/`[^`\n]+`/g) ?? [])].join('\n');

/** Every `lianfang <verb> …` the text shows: the verb (and sub-verb) exists and takes every --option written. */
function commandProblems(md: string): string[] {
  const p = program();
  const problems: string[] = [];
  for (const m of code(md).matchAll(/lianfang ([a-z]+)((?: [^`\n#]*)?)/g)) {
    const [verb, rest] = [m[1], m[2] ?? ''];
    const cmd = p.commands.find((c) => c.name() === verb);
    if (!cmd) {
      problems.push(`unknown verb: ${m[0]}`);
      continue;
    }
    const sub = cmd.commands.length ? cmd.commands.find((c) => c.name() === rest.trim().split(/\s+/)[0]) : cmd;
    if (!sub) {
      // 「roster add/remove」 names two sub-verbs at once.
      const names = rest.trim().split(/\s+/)[0]?.split('/') ?? [];
      if (!names.length || names.some((n) => !cmd.commands.some((c) => c.name() === n)))
        problems.push(`unknown sub-verb: ${m[0]}`);
      continue;
    }
    const longs = new Set([...sub.options, ...p.options].map((o) => o.long));
    for (const opt of rest.match(/--[a-z][a-z-]*/g) ?? [])
      if (!longs.has(opt)) problems.push(`${m[0].trim()}: ${opt} is not an option of ${verb}`);
  }
  return problems;
}

describe('docs/trust-model.md, the trust model in plain Chinese', () => {
  it('is linked from the README', () => {
    expect(readme).toMatch(/\]\(docs\/trust-model\.md\)/);
    expect(existsSync(path.join(root, 'docs/trust-model.md'))).toBe(true);
  });

  it('says what a stamp proves, what the roster adds, and what stays out of reach (a legal seal needs a CA)', () => {
    const headings = doc.match(/^## .+$/gm) ?? [];
    expect(headings).toEqual(['## 一、一个签章证明什么', '## 二、签章人名单补上了什么', '## 三、仍然做不到的事']);
    const outOfReach = doc.slice(doc.indexOf('## 三'));
    for (const words of ['电子签名法', '电子认证服务机构（CA）', '不是法律意义上的电子签名或电子印章'])
      expect(outOfReach).toContain(words);
    for (const words of ['签章人身份未核验', '核验有效', '签发人密钥指纹', '兼签理由', '--reason'])
      expect(doc).toContain(words);
  });

  it('is written in Chinese with Chinese punctuation (，；：（）) in its prose', () => {
    const bad = prose(doc).filter((l) => /[\u3400-\u9fff「」、。*][,;:()]|[,;:()][\u3400-\u9fff「」*]/u.test(l));
    expect(bad).toEqual([]);
    const text = prose(doc).join('');
    const han = text.match(/[\u3400-\u9fff]/gu)?.length ?? 0;
    const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
    expect(han).toBeGreaterThan(latin * 5);
  });

  it('every lianfang command it (and the README) shows runs as written: verbs and options exist', () => {
    expect(code(doc).match(/lianfang [a-z]+/g)?.length).toBeGreaterThan(8);
    expect(code(readme).match(/lianfang [a-z]+/g)?.length).toBeGreaterThan(15);
    expect(commandProblems(doc)).toEqual([]);
    expect(commandProblems(readme)).toEqual([]);
    // The check itself catches a wrong option and a wrong verb.
    expect(commandProblems('`lianfang verify a.xlsx --trust-me` `lianfang roster sign x`')).toHaveLength(2);
  });
});
