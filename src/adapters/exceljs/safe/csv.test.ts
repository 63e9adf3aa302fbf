import fc from 'fast-check';
import { csvCell, csvRow } from './csv';

const unquote = (s: string) => (s.startsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s);

test('no CSV field lianfang writes can start a formula in a spreadsheet', () => {
  fc.assert(
    fc.property(fc.string(), (s) => {
      const field = unquote(csvCell(s));
      expect(/^[=+\-@\t\r]/.test(field)).toBe(false);
      expect(field.endsWith(s)).toBe(true);
    }),
  );
  expect(csvRow(['=1+1', '张三', 'a,b', 3, null])).toBe(`'=1+1,张三,"a,b",3,`);
});
