import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { hasMessage } from '../../src/core/messages';

/** Every code the sign-off code can raise or report has a zh-CN sentence (never a bare code on screen). */
describe('sign-off messages', () => {
  const files = [
    ...readdirSync('src/core/approve').map((f) => path.join('src/core/approve', f)),
    ...readdirSync('src/doors/cli/commands').map((f) => path.join('src/doors/cli/commands', f)),
    ...readdirSync('src/doors/ui/approve').map((f) => path.join('src/doors/ui/approve', f)),
  ].filter((f) => /\.tsx?$/.test(f) && !/\.test\./.test(f) && /approve|keygen|sign|verify|stampFile|roster/.test(f));

  it('covers every error, problem and label code', () => {
    const codes = new Set<string>();
    for (const f of files) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(/LianfangError\(\s*'([a-z_]+)'/g)) codes.add(m[1]);
      for (const m of src.matchAll(/code: '([a-z_]+)'/g)) codes.add(m[1]);
      for (const m of src.matchAll(/\bt\('([a-z_]+)'/g)) codes.add(m[1]);
      for (const m of src.matchAll(/message\('([a-z_]+)'/g)) codes.add(m[1]);
    }
    const states = ['pending', 'signed', 'returned', 'invalid'];
    const identities = ['trusted', 'untrusted', 'unchecked'];
    for (const file of ['verify.ts', 'identity.ts', 'signoffBlock.ts']) {
      const src = readFileSync(`src/core/approve/${file}`, 'utf8');
      for (const m of src.matchAll(/\| '([a-z_]+)'/g))
        codes.add(states.includes(m[1]) ? `step_${m[1]}` : identities.includes(m[1]) ? `identity_${m[1]}` : m[1]);
    }
    expect(codes.size).toBeGreaterThan(30);
    expect([...codes].filter((c) => !hasMessage(c))).toEqual([]);
  });
});
