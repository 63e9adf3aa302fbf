/** A unit's name compared the way people write it: no spaces, no (盖章), full-width brackets folded. */
export const unitKey = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/[(（]盖章[)）]/g, '')
    .replace(/[\s\u3000]/g, '');
