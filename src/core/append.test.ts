import { append } from './append';

it('appends more items than a spread call could pass as arguments', () => {
  const many = Array.from({ length: 500_000 }, (_, i) => i);
  expect(() => [0].push(...many)).toThrow(RangeError);
  const out = append([-1], many);
  expect(out).toHaveLength(500_001);
  expect(out[500_000]).toBe(499_999);
});
