/**
 * Rewrites the README's list of recognised spellings and required columns from the lexicon and the packs
 * (src/core/forms/lexicon.ts, required.ts): `npx tsx scripts/lexicon-readme.ts`. test/docs keeps the two in step.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lexiconMarkdown, lexiconSection } from '../src/core/forms/lexiconDoc';
import { PACKS } from '../src/core/packs';

const file = path.resolve(__dirname, '..', 'README.md');
const readme = readFileSync(file, 'utf8');
const now = lexiconSection(readme);
if (!now) throw new Error('README.md has no lexicon markers');
writeFileSync(file, readme.replace(now, lexiconMarkdown(PACKS)));
