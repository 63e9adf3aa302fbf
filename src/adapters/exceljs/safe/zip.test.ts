import fc from 'fast-check';
import { zipSync, type Zippable } from 'fflate';
import { readZip } from './zip';

test('whatever a well-formed zip holds comes back byte for byte, stored or deflated', () => {
  fc.assert(
    fc.property(
      fc.dictionary(fc.stringMatching(/^[a-z]{1,8}\/[a-z0-9]{1,8}\.xml$/), fc.uint8Array({ maxLength: 3000 }), {
        maxKeys: 8,
      }),
      fc.constantFrom(0, 6),
      (files, level) => {
        const zipped = zipSync(
          Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v, { level }]])) as Zippable,
        );
        const back = readZip(zipped, 'z.xlsx');
        expect(Object.fromEntries(back)).toEqual(files);
      },
    ),
  );
});

test('a part that inflates a thousandfold is refused as a zip bomb (lying headers: see the hostile corpus)', () => {
  const big = zipSync({ 'a.xml': [new Uint8Array(4 * 1024 * 1024).fill(32), { level: 9 }] });
  expect(() => readZip(big, 'bomb.xlsx')).toThrow(expect.objectContaining({ code: 'too_large' }));
});
