import { CHAR_CLASS, NAME_CHAR, NAME_START, SPACE } from './plainSyntax';

/** The plain paths' rule, spelled out: ASCII names (letters, '_' and ':' to start; digits, '-' and '.' inside too). */
const expected = (w: number): number => {
  const c = String.fromCharCode(w);
  const start = /^[A-Za-z_:]$/.test(c);
  const inside = start || /^[0-9.-]$/.test(c);
  const space = w === 32 || (w >= 9 && w <= 13);
  return (space ? SPACE : 0) | (start ? NAME_START : 0) | (inside ? NAME_CHAR : 0);
};

it('classes every char code as the plain scanners take it, and nothing past the end of a text', () => {
  const wrong: number[] = [];
  for (let w = 0; w < 0x10000; w++) if (CHAR_CLASS[w] !== expected(w)) wrong.push(w);
  expect(wrong).toEqual([]);
  // Names are ASCII on the plain paths: a name with 名 or é goes to the general parser, which judges it.
  expect(CHAR_CLASS['名'.charCodeAt(0)]).toBe(0);
  expect(CHAR_CLASS['é'.charCodeAt(0)]).toBe(0);
  // charCodeAt past the end is NaN: no class, so every loop stops there.
  expect(CHAR_CLASS['<c'.charCodeAt(2)] ?? 0).toBe(0);
});
