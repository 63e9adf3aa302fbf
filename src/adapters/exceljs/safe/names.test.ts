import fc from 'fast-check';
import { isHostileName, safeName } from './names';

const proto = Object.getOwnPropertyNames(Object.prototype);

test('every Object.prototype key, and "prototype", is hostile; ordinary names are not', () => {
  for (const k of [...proto, 'prototype']) expect(isHostileName(k)).toBe(true);
  for (const k of ['风险点', 'Print_Area', 'LF_form_1', 'proto']) expect(isHostileName(k)).toBe(false);
});

test('the safe name is never hostile, never taken, and keeps the original recognisable', () => {
  fc.assert(
    fc.property(fc.constantFrom(...proto, 'prototype'), fc.array(fc.string(), { maxLength: 5 }), (name, others) => {
      const taken = new Set([...others, `_lf${name}`]);
      const safe = safeName(name, (c) => taken.has(c));
      expect(isHostileName(safe)).toBe(false);
      expect(taken.has(safe)).toBe(false);
      expect(safe.endsWith(name)).toBe(true);
    }),
  );
});
