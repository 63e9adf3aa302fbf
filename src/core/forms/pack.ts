import { z } from 'zod';
import { DeadlineSchema, parseDueText, type Deadline } from './deadlines';
import { PlanRulesSchema, ruleReferences } from './planRules';
import { FormSchema } from './schema';
import { factorsRead } from '../grade/compute';
import { GradingSchemeSchema } from '../grade/scheme';
import { FlowchartSpecSchema, flowchartReferences } from '../flowchart/spec';

const cellLike = z.union([z.string(), z.number(), z.null()]);

/** One filled instance of a form in a sample workbook (a person's A3, a department's C2 …). */
export const SampleInstanceSchema = z
  .object({
    form: z.string(),
    /** Sheet name suffix for forms filled once per person or unit (张三). */
    name: z.string().optional(),
    header: z.record(z.string(), cellLike).default({}),
    rows: z.array(z.record(z.string(), cellLike)).default([]),
  })
  .strict();
export type SampleInstance = z.output<typeof SampleInstanceSchema>;

export const PackSchema = z
  .object({
    id: z.string().regex(/^[a-z]+-\d{4}$/),
    /** Programme name as the picker shows it: 合水县 2012 廉政风险防控. */
    name: z.string().min(1),
    /** The plan's title. */
    plan: z.string().min(1),
    issuer: z.string().min(1),
    year: z.number().int(),
    seed: z.string(),
    /** What the plan calls the level column: 风险等级, or 风险类别 in hangzhou. */
    levelLabel: z.string().min(1),
    grading: GradingSchemeSchema,
    /** The plan's risk categories (风险类别 / 风险类型), with definitions where it gives them. */
    categories: z
      .object({
        label: z.string(),
        values: z.array(z.string()).min(2),
        definitions: z.record(z.string(), z.string()).default({}),
      })
      .strict(),
    /** The round's dates as the plan sets them (see forms/deadlines.ts). */
    deadlines: z.array(DeadlineSchema).default([]),
    /** Where the tables go: 县纪委党风廉政建设室 … */
    reportTo: z.string().optional(),
    /** What the plan calls the compiled report (railway: 《廉政风险防控手册》); its cover's title. */
    reportTitle: z.string().optional(),
    forms: z.array(FormSchema).min(1),
    /** Rules the plan states in its text (see forms/planRules.ts). */
    rules: PlanRulesSchema.default({}),
    /** The diagrams the plan asks to be drawn from the forms (职权运行流程图 …), see flowchart/spec.ts. */
    flowcharts: z.array(FlowchartSpecSchema).default([]),
    sample: z.object({ unit: z.string(), instances: z.array(SampleInstanceSchema) }).strict(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const ids = p.forms.map((f) => f.id);
    const dup = ids.find((k, i) => ids.indexOf(k) !== i);
    if (dup) ctx.addIssue({ code: 'custom', message: `${p.id}: duplicate form ${dup}` });
    for (const ref of ruleReferences(p.rules)) {
      const form = p.forms.find((f) => f.id === ref.form);
      if (!form) ctx.addIssue({ code: 'custom', message: `${p.id}: a plan rule names unknown form ${ref.form}` });
      for (const k of ref.keys)
        if (form && !form.columns.some((c) => c.key === k))
          ctx.addIssue({ code: 'custom', message: `${p.id}: a plan rule names unknown column ${ref.form}.${k}` });
    }
    for (const d of p.deadlines) {
      if (!parseDueText(d.by, p.year))
        ctx.addIssue({ code: 'custom', message: `${p.id}: deadline ${d.id} has no date in「${d.by}」` });
      for (const f of d.forms)
        if (!ids.includes(f))
          ctx.addIssue({ code: 'custom', message: `${p.id}: deadline ${d.id} names unknown form ${f}` });
    }
    // Every factor the plan names takes part in its level, or the pack says why it cannot.
    const read = factorsRead(p.grading.rule);
    for (const f of p.grading.factors)
      if (!read.includes(f.key) && !f.inert)
        ctx.addIssue({ code: 'custom', message: `${p.id}: factor ${f.label} is not read by the grading rule` });
    for (const f of p.flowcharts)
      for (const ref of flowchartReferences(f)) {
        const form = p.forms.find((x) => x.id === ref.form);
        const keys = new Set([...(form?.header.map((h) => h.key) ?? []), ...(form?.columns.map((c) => c.key) ?? [])]);
        for (const k of ref.keys)
          if (!keys.has(k))
            ctx.addIssue({ code: 'custom', message: `${p.id}: flowchart ${f.id} names unknown ${ref.form}.${k}` });
      }
    const dl = p.deadlines.map((d) => d.id);
    const dupDl = dl.find((k, i) => dl.indexOf(k) !== i);
    if (dupDl) ctx.addIssue({ code: 'custom', message: `${p.id}: duplicate deadline ${dupDl}` });
    for (const s of p.sample.instances) {
      const form = p.forms.find((f) => f.id === s.form);
      if (!form) {
        ctx.addIssue({ code: 'custom', message: `${p.id}: sample names unknown form ${s.form}` });
        continue;
      }
      const keys = new Set([...form.header.map((h) => h.key), ...form.columns.map((c) => c.key)]);
      for (const k of [...Object.keys(s.header), ...s.rows.flatMap((r) => Object.keys(r))])
        if (!keys.has(k))
          ctx.addIssue({ code: 'custom', message: `${p.id}: sample of ${s.form} names unknown key ${k}` });
    }
  })
  .transform((p) => ({
    ...p,
    deadlines: p.deadlines.map((d): Deadline => ({ ...d, due: parseDueText(d.by, p.year)! })),
  }));
export type Pack = z.output<typeof PackSchema>;
export type PackInput = z.input<typeof PackSchema>;

/**
 * Parse a pack definition; a broken definition is a programming error and fails loudly at load. Without zod's
 * compiled fast path (jitless): each pack is parsed once, at every start of every thread, and compiling that path
 * for each of its object schemas cost more than it saved (15–25 ms of a start).
 */
export function definePack(input: PackInput): Pack {
  const r = PackSchema.safeParse(input, { jitless: true });
  if (!r.success)
    throw new Error(`pack ${String((input as { id?: string }).id)} is invalid: ${z.prettifyError(r.error)}`);
  return r.data;
}
