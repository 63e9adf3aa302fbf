import fc from 'fast-check';
import { asWritten, META_SCHEMA_VERSION, MetaSchema, parseMeta } from './schema';

/** What MetaSchema alone makes of a JSON text (parseMeta before its hand check). */
const bySchema = (text: string) => {
  const r = MetaSchema.safeParse(JSON.parse(text));
  return r.success ? r.data : null;
};

const digits = (min: number, max: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((d) => d.join(''));
/** Mostly what lianfang writes, else one of the near misses a forged or hand-edited identification holds. */
const mostly = <T, U>(good: fc.Arbitrary<T>, near: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 5, arbitrary: good }, { weight: 1, arbitrary: near });
const goodForm = fc.tuple(fc.constantFrom(...'ABCDEZ'), digits(1, 2)).map(([l, d]) => l + d);
const formId = mostly(
  goodForm,
  fc.oneof(
    fc.tuple(fc.constantFrom(...'Ab_'), digits(0, 3)).map(([l, d]) => l + d),
    fc.constantFrom('A123', 'B', 'A1\n', ' A1', 'A１', 1),
    fc.string({ maxLength: 4 }),
  ),
);
const anchor = mostly(
  fc.tuple(goodForm, digits(1, 4)).map(([f, n]) => `LF_${f}_${n}`),
  fc.oneof(
    fc.tuple(fc.string({ maxLength: 3 }), digits(0, 5)).map(([f, n]) => `LF_${f}_${n}`),
    fc.constantFrom('LF_ROLLUP_b4', 'lf_B1_1', 'LF_B1_1\n', 'LF_B1_12345', 'LF_B1_', null, 3),
  ),
);
const instance = mostly(
  fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('李建军', 'x'.repeat(100), '😀'.repeat(50))),
  fc.constantFrom('x'.repeat(101), '😀'.repeat(51), null, 7, true, [], {}),
);
const formRef = fc
  .record({ anchor, form: formId, instance, note: fc.string({ maxLength: 3 }) }, { requiredKeys: [] })
  .map((r) => {
    // Most refs carry exactly their own keys; some lack one or carry a stray one.
    const { note, ...ref } = r;
    return note === undefined || note.length > 1 ? ref : r;
  });
const many = (n: number, form = 'B1') => Array.from({ length: n }, (_, i) => ({ anchor: `LF_${form}_${i + 1}`, form }));
const forms = mostly(
  fc.array(formRef, { maxLength: 3 }),
  fc.constantFrom({}, 'B1', null, many(2000), many(2001), [null], [[]], ['LF_B1_1']),
);
const meta = fc
  .record({
    app: mostly(fc.constant('lianfang'), fc.constantFrom('Lianfang', 'lianfang ', 1)),
    schema: mostly(fc.constant(META_SCHEMA_VERSION), fc.constantFrom(1.5, 2, '1', 0)),
    pack: mostly(
      fc.constantFrom('heshui-2012', 'puyang-2012', 'railway-2014'),
      fc.oneof(fc.constantFrom('Heshui-2012', 'heshui-12', 'heshui-2012\n', 'a-00000', '-2012'), fc.string()),
    ),
    forms,
    extra: mostly(fc.constant(undefined), fc.string({ maxLength: 3 })),
    drop: mostly(fc.constant(undefined), fc.constantFrom('app', 'schema', 'pack', 'forms')),
  })
  .map(({ extra, drop, ...m }) => {
    const out: Record<string, unknown> = extra === undefined ? { ...m } : { ...m, extra };
    if (drop) delete out[drop];
    return out;
  });

describe('lianfang’s hidden identification', () => {
  it('is read by the hand check exactly as MetaSchema reads it, and refused wherever MetaSchema refuses it', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 8, arbitrary: meta }, fc.anything()), (m) => {
        const text = JSON.stringify(m) ?? 'undefined';
        let raw: unknown;
        try {
          raw = JSON.parse(text);
        } catch {
          return;
        }
        const expected = bySchema(text);
        const quick = asWritten(raw);
        // Taken by the hand check: MetaSchema takes it too, to the same shape and key order.
        if (quick) expect(JSON.stringify(quick)).toBe(JSON.stringify(expected));
        expect(JSON.stringify(parseMeta(text))).toBe(JSON.stringify(expected));
      }),
      { numRuns: 3000 },
    );
  });

  it('as lianfang writes it never needs MetaSchema, forged or not', () => {
    const own = {
      app: 'lianfang',
      schema: META_SCHEMA_VERSION,
      pack: 'heshui-2012',
      forms: [
        { anchor: 'LF_B1_1', form: 'B1', instance: '李建军' },
        { anchor: 'LF_B3_1', form: 'B3' },
      ],
    };
    expect(asWritten(JSON.parse(JSON.stringify(own)))).toEqual(own);
    // A forged claim of another programme is still well formed: taken here, judged against the sheets later.
    expect(asWritten({ ...own, pack: 'railway-2014' })?.pack).toBe('railway-2014');
    for (const broken of [{ ...own, schema: 2 }, { ...own, forms: [{ anchor: 'LF_B1_1' }] }, { ...own, x: 1 }, []])
      expect(asWritten(broken)).toBeNull();
  });
});
