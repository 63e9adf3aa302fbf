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
  const r = MetaSchema.safeParse(raw);
  return r.success ? r.data : null;
}

export const anchorName = (formId: string, n: number): string => `${NAME_PREFIX}${formId}_${n}`;
