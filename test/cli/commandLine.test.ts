import { runCli } from '../helpers/cli';

/**
 * A command line typed wrong, as people type it: a misspelt command or option, a missing file or value. Each gets a
 * Chinese sentence with a stable code and the help to run, exit 2, and none of commander's English.
 */
const cases: Array<{ args: string[]; code: string; says: string[] }> = [
  {
    args: ['verfy', 'a.xlsx'],
    code: 'cli_unknown_command',
    says: ['没有「verfy」这个命令', '是否想用 verify', 'lianfang --help'],
  },
  {
    args: ['roster', 'ad'],
    code: 'cli_unknown_command',
    says: ['「lianfang roster」没有「ad」', 'lianfang roster --help'],
  },
  {
    args: ['verify', 'a.xlsx', '--rostr', 'r.json'],
    code: 'cli_unknown_option',
    says: ['不认识选项「--rostr」', '--roster'],
  },
  {
    args: ['verify'],
    code: 'cli_missing_argument',
    says: ['「lianfang verify」缺少参数 <in>', 'lianfang verify --help'],
  },
  { args: ['verify', 'a.xlsx', 'b.xlsx'], code: 'cli_too_many_arguments', says: ['应为 1 个，实际 2 个'] },
  {
    args: ['sign', 'a.xlsx', '--form'],
    code: 'cli_option_needs_value',
    says: ['选项 --form <id|sheet> 后面要跟一个值'],
  },
  { args: ['sign', 'a.xlsx'], code: 'cli_option_required', says: ['「lianfang sign」必须给出选项 --form'] },
  {
    args: ['roster', 'add', 'r.json'],
    code: 'cli_option_required',
    says: ['「lianfang roster add」必须给出选项 --key'],
  },
  { args: ['template'], code: 'cli_option_required', says: ['-o, --output <file>', 'lianfang template --help'] },
];

test.each(cases)('lianfang $args: $code in Chinese, exit 2', async ({ args, code, says }) => {
  const r = await runCli(...args);
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err).toMatch(new RegExp(`^错误 \\[${code}\\]: `));
  for (const s of says) expect(r.err).toContain(s);
  // commander's own English never reaches the person.
  expect(r.err.replace(/^错误 \[\w+\]: /, '')).not.toMatch(/error|unknown|missing|required|Did you mean/i);
  expect(r.err.trim().split('\n')).toHaveLength(1);
});

test('help still prints as before, exit 0; a group without its subcommand shows its help, exit 2', async () => {
  const help = await runCli('verify', '--help');
  expect([help.code, help.err]).toEqual([0, '']);
  expect(help.out).toContain('Usage: lianfang verify');
  const group = await runCli('roster');
  expect(group.code).toBe(2);
  expect(group.err).toContain('Usage: lianfang roster');
  expect(group.err).not.toContain('错误 [');
});

test('the stamps verbs explain themselves in Chinese punctuation (，；：（）), as every message does', async () => {
  const verbs = [
    ['sign'],
    ['verify'],
    ['keygen'],
    ['roster'],
    ...['new', 'import', 'add', 'remove', 'show', 'keep'].map((s) => ['roster', s]),
  ];
  const halfWidth = /[\u3400-\u9fff「」、。][,;:()]|[,;:()][\u3400-\u9fff「」]/u;
  for (const v of verbs) {
    const r = await runCli(...v, '--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/[\u3400-\u9fff]/u);
    expect({ v, bad: r.out.split('\n').filter((l) => halfWidth.test(l)) }).toEqual({ v, bad: [] });
  }
});
