import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COLUMN_TERMS, FIELD_TERMS } from '../../src/core/forms/lexicon';
import { lexiconMarkdown, lexiconSection } from '../../src/core/forms/lexiconDoc';
import { PACKS } from '../../src/core/packs';

const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');

describe('the README’s recognised spellings and required columns', () => {
  it('are generated from the lexicon and the packs (run `npx tsx scripts/lexicon-readme.ts` after changing them)', () => {
    expect(lexiconSection(readme)).toBe(lexiconMarkdown(PACKS));
  });

  it('name every spelling, every form, and what a user sees for a heading not recognised', () => {
    const section = lexiconSection(readme)!;
    for (const t of [...COLUMN_TERMS, ...FIELD_TERMS]) for (const w of t.words) expect(section).toContain(w);
    for (const p of PACKS) for (const f of p.forms) expect(section).toContain(`| ${f.id} ${f.title} |`);
    expect(section).toContain('此列未校验');
  });
});
