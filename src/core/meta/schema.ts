import { z } from 'zod';

/**
 * lianfang's hidden identification, kept in a veryHidden sheet as JSON and parsed with this schema,
 * never trusted for its shape. Each form sheet is tied to a defined name on its title cell, so the link
 * survives renaming the sheet (Excel rewrites the name's reference).
 */
export const META_SHEET = '_lianfang';
export const META_SCHEMA_VERSION = 1;
export const NAME_PREFIX = 'LF_';

export const FormRefSchema = z
  .object({
    /** The defined name that anchors the form's title cell: LF_A3_2. */
    anchor: z.string().regex(/^LF_[A-Z][0-9]{1,2}_[0-9]{1,4}$/),
    form: z.string().regex(/^[A-Z][0-9]{1,2}$/),
    /** Which person or unit the sheet is for, where the form is filled once per person/unit. */
    instance: z.string().max(100).optional(),
  })
  .strict();
export type FormRef = z.infer<typeof FormRefSchema>;

export const MetaSchema = z
  .object({
    app: z.literal('lianfang'),
    schema: z.literal(META_SCHEMA_VERSION),
    pack: z.string().regex(/^[a-z]+-\d{4}$/),
    forms: z.array(FormRefSchema).max(2000),
  })
  .strict();
export type Meta = z.infer<typeof MetaSchema>;

/** Parse the JSON in the meta sheet: anything malformed (or hostile) yields null, never an exception. */
export function parseMeta(text: unknown): Meta | null {
  if (typeof text !== 'string' || text.length > 1_000_000) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const plain = asWritten(raw);
  if (plain) return plain;
  const r = MetaSchema.safeParse(raw);
  return r.success ? r.data : null;
}

const PACK_ID = /^[a-z]+-\d{4}$/;
const ANCHOR = /^LF_[A-Z][0-9]{1,2}_[0-9]{1,4}$/;
const FORM_ID = /^[A-Z][0-9]{1,2}$/;

/** A JSON object whose own keys are all in `allowed` and include every one of `required`. */
function hasKeys(v: unknown, allowed: readonly string[], required: number): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  let n = 0;
  for (const k of Object.keys(v)) {
    const at = allowed.indexOf(k);
    if (at < 0) return false;
    if (at < required) n++;
  }
  return n === required;
}

/**
 * The identification as lianfang writes it, checked by hand (the very rules of MetaSchema) and built in the same
 * shape: recognition reads it for every unit of a consolidation, and zod's general parsing cost more than the
 * rest of reading the sheets' headings. Anything it does not take (forged, broken, hand-edited) is left for
 * MetaSchema to judge, so no identification is accepted that MetaSchema refuses (meta.test.ts checks this).
 */
export function asWritten(raw: unknown): Meta | null {
  if (!hasKeys(raw, ['app', 'schema', 'pack', 'forms'], 4)) return null;
  const { app, schema, pack, forms } = raw;
  if (app !== 'lianfang' || schema !== META_SCHEMA_VERSION || typeof pack !== 'string' || !PACK_ID.test(pack))
    return null;
  if (!Array.isArray(forms) || forms.length > 2000) return null;
  const refs: FormRef[] = [];
  for (const f of forms) {
    if (!hasKeys(f, ['anchor', 'form', 'instance'], 2)) return null;
    const { anchor, form, instance } = f;
    if (typeof anchor !== 'string' || !ANCHOR.test(anchor) || typeof form !== 'string' || !FORM_ID.test(form))
      return null;
    if (!Object.hasOwn(f, 'instance')) refs.push({ anchor, form });
    else if (typeof instance === 'string' && instance.length <= 100) refs.push({ anchor, form, instance });
    else return null;
  }
  return { app, schema, pack, forms: refs };
}

export const anchorName = (formId: string, n: number): string => `${NAME_PREFIX}${formId}_${n}`;
