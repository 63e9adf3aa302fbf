import type { Pack } from './pack';
import { COLUMN_TERMS, FIELD_TERMS, type Term } from './lexicon';
import { OPTIONAL_TERMS } from './required';

/** The README section's markers: scripts/lexicon-readme.ts rewrites what lies between them, a test keeps it so. */
export const LEXICON_START = '<!-- lexicon:start -->';
export const LEXICON_END = '<!-- lexicon:end -->';

const cell = (s: string) => s.replace(/\|/g, '\\|');
const table = (terms: readonly Term[], factorMark: boolean) => [
  '| 含义 / meaning | 可识别的写法 / spellings recognised |',
  '| --- | --- |',
  ...terms.map(
    (t) => `| ${t.meaning}${factorMark && t.factor ? '(定级因素)' : ''} | ${t.words.map(cell).join('、')} |`,
  ),
];

/**
 * The README's account of what lianfang reads: every spelling of every column and header field (from the
 * lexicon), how tolerant the matching is, which columns each form requires (the policy and its exceptions),
 * and what a user sees when a heading is not recognised.
 */
export function lexiconMarkdown(packs: readonly Pack[]): string {
  const lines: string[] = [
    LEXICON_START,
    '',
    '各方案的列标题、表头字段都可用下列任一写法;比较时忽略空格、全角/半角、括号里的注释和分值(如「(1-5分)」)、',
    '「的」字,以及结尾的「程度」「大小」「性」「分值」等(「危害程度」=「危害性」=「危害」,「自由裁量权的大小」=「自由裁量权」)。',
    '方案自己的列名优先:杭州方案的「风险类别」指风险等级(高、中、低),其他方案指风险类型。',
    'Headings and header fields may use any spelling below; spaces, full/half width, bracketed notes and units, 的 and',
    'endings such as 程度 / 大小 / 性 are ignored. A form’s own label wins over the shared list.',
    '',
    '**列标题 / column headings**',
    '',
    ...table(COLUMN_TERMS, true),
    '',
    '**表头字段 / header fields**(如「单位:濮阳市科技局办公室」「填报单位:……」)',
    '',
    ...table(FIELD_TERMS, false),
    '',
    '**认不出的列标题 / a heading not recognised**:校验照常进行,并对该列标题给出「提示」,指明单元格和原文,例如',
    '「工作表「王五」G5 单元格的列标题「防控措施」不是「A3 岗位廉政风险点登记表」的列,此列未校验,生成报送工作簿时也不会抄入。本表的列:……」;',
    '若它是本方案定级规则不用的定级因素(如濮阳方案中的「自由裁量权」),提示「此列未参与定级」。缺少必填列时是「错误」',
    '(由方案正文推导、表格未印出的列为「警告」)。 An unrecognised heading is a notice naming its cell and text; a missing',
    'required column is an error (a warning for columns lianfang derived from the plan’s text).',
    '',
    `**必填列 / required columns**:方案表格自己的列都必填,${OPTIONAL_TERMS.map((id) => COLUMN_TERMS.find((t) => t.id === id)?.meaning).join('、')}类除外;`,
    'lianfang 附加的定级列(发生概率、危害程度……、调整理由、监控责任)、序号和汇总个数不要求必填。风险等级留空而评分齐全时只作提示,',
    '「计算等级」会自动填入。下表列出每张表的必填列与选填列(选填的理由在括号中)。',
    '',
    '| 表 | 必填 / required | 选填 / optional |',
    '| --- | --- | --- |',
  ];
  for (const p of packs)
    for (const f of p.forms) {
      const plan = f.columns.filter((c) => !c.extra && c.kind !== 'seq');
      const req = plan.filter((c) => c.required).map((c) => c.label);
      const opt = plan
        .filter((c) => !c.required)
        .map((c) => {
          const why = c.requiredWhy ?? (c.kind === 'count' ? '留空即 0' : '');
          return why ? `${c.label}(${why})` : c.label;
        });
      lines.push(`| ${f.id} ${f.title} | ${req.join('、') || '—'} | ${opt.join('、') || '—'} |`);
    }
  lines.push('', LEXICON_END);
  return lines.join('\n');
}

/** The README's lexicon section as it stands (between the markers), or null when it has none. */
export function lexiconSection(readme: string): string | null {
  const a = readme.indexOf(LEXICON_START);
  const b = readme.indexOf(LEXICON_END);
  return a >= 0 && b > a ? readme.slice(a, b + LEXICON_END.length) : null;
}
