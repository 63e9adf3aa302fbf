import { z } from 'zod';
import { COLUMN_TERMS } from './lexicon';
import { requiredByPolicy } from './required';
import { termOfColumn } from './terms';

/**
 * The meta-schema every form and pack definition is checked against, at load and in a test.
 * Forms are data: a new programme pack is a new folder under packs/, not new code.
 */

/** What a column holds; decides its validation list, limits, checks and width. */
export const ColumnKind = z.enum([
  'seq', // 序号: 1, 2, 3 … (restarts per group where the form groups rows)
  'text',
  'longtext',
  'level', // 风险等级 / 风险类别 (高中低): the pack's levels
  'choice', // one of `options`
  'score', // a grading factor 1–5
  'percent', // 0–100 (测评得分, 百分制)
  'date',
  'timeLimit', // 即办, 5个工作日, 20日
  'yesno', // 是 / 否
  'count', // a whole number ≥ 0 (rollup counts: 一级 3 个)
]);
export type ColumnKind = z.infer<typeof ColumnKind>;

/** Grading factors the plans name. */
export const FactorKey = z.enum(['probability', 'impact', 'discretion', 'funds', 'importance', 'urgency']);
export type FactorKey = z.infer<typeof FactorKey>;

const key = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'keys are ASCII camelCase');
const label = z.string().min(1).max(80);

export const ColumnSchema = z
  .object({
    key,
    label,
    kind: ColumnKind,
    /**
     * Whether every row must fill it. Left out, the required-column policy decides (forms/required.ts): the
     * plan's own columns are required, remarks (备注) and evidence (佐证材料) are not. Set it to say otherwise.
     */
    required: z.boolean().optional(),
    /** Why the column departs from the policy (shown in the README's list of required columns). */
    requiredWhy: z.string().optional(),
    options: z.array(z.string().min(1)).min(2).optional(),
    /**
     * The options only suggest (A2 公开形式: the plan names channels but gives no closed list): the dropdown
     * offers them and accepts anything else, and validation takes any text.
     */
    open: z.boolean().default(false),
    /** The lexicon term (forms/lexicon.ts) whose spellings head this column, where its label alone would mislead. */
    term: z.string().optional(),
    /** Other headings people type for this column (风险类型 for 风险类别 …), used by recognition. */
    aliases: z.array(z.string().min(1)).default([]),
    min: z.number().optional(),
    max: z.number().optional(),
    /** Width in Excel character units; a CJK character is about 2. */
    width: z.number().min(3).max(80).optional(),
    /**
     * Printed over several sheet columns of these widths (A3 风险点表现形式 sits under 姓名 and its value): the
     * grid lines of the plan's header and sign-off rows fall inside it. The value lives in the first of them.
     */
    widths: z.array(z.number().min(2).max(80)).min(2).max(4).optional(),
    /** The column's cells name a group and are merged down over the group's rows (hangzhou 排查类别). */
    group: z.boolean().default(false),
    /** This column is a grading factor (score 1–5). */
    factor: FactorKey.optional(),
    /**
     * Not printed in the plan: an assessment column lianfang adds to grade (factor scores, 调整理由, 监控责任).
     * Kept outside the print area so the printout stays the plan's table.
     */
    extra: z.boolean().default(false),
    /**
     * false: the plan prints no such column (hangzhou 序号: it numbers risks inside 主要廉政风险), so lianfang's sheets
     * leave it out; where a clerk typed one anyway it is still read and checked.
     */
    printed: z.boolean().default(true),
    /** The column was derived from the plan's text rather than printed in it (FORMS.md "(derived)"). */
    derived: z.boolean().default(false),
    /**
     * Values in the order a register sorts them where the plan orders by this column (D1 职级: 校级 before 中层
     * before 一般); a value opening with one of them sorts with it, any other after them all, in 拼音 order.
     */
    order: z.array(z.string().min(1)).optional(),
    help: z.string().optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.kind === 'choice' && !c.options)
      ctx.addIssue({ code: 'custom', message: `choice column ${c.key} needs options` });
    if (c.kind !== 'choice' && c.options)
      ctx.addIssue({ code: 'custom', message: `only choice columns take options (${c.key})` });
    if (c.factor && c.kind !== 'score')
      ctx.addIssue({ code: 'custom', message: `factor column ${c.key} must be a score` });
    if (c.open && c.kind !== 'choice')
      ctx.addIssue({ code: 'custom', message: `only choice columns are open (${c.key})` });
    if (c.term && !COLUMN_TERMS.some((t) => t.id === c.term))
      ctx.addIssue({ code: 'custom', message: `column ${c.key} names unknown term ${c.term}` });
  })
  .transform((c) => ({ ...c, required: c.required ?? requiredByPolicy(c) }));
export type Column = z.output<typeof ColumnSchema>;
export type ColumnInput = z.input<typeof ColumnSchema>;

export const HeaderFieldSchema = z
  .object({
    key,
    label,
    /** 单位名称(盖章): the unit's seal goes here. */
    seal: z.boolean().default(false),
    /** A long text (岗位职责): gets a tall merged cell. */
    long: z.boolean().default(false),
    required: z.boolean().default(true),
    aliases: z.array(z.string().min(1)).default([]),
    /** The plan does not print this field; lianfang derived it from the plan's text (FORMS.md "(derived)"). */
    derived: z.boolean().default(false),
    /** Printed on the same row as the field before it (A3: 姓名 | _ | 职务(岗位) | _). */
    inline: z.boolean().default(false),
  })
  .strict();
export type HeaderField = z.output<typeof HeaderFieldSchema>;

export const SignoffStepSchema = z
  .object({
    /** Stable role id used by stamps and the CLI (--role). */
    role: key,
    /** Who signs: 本人, 部门负责人, 单位 … */
    who: label,
    /** The label printed in the sign-off block, e.g. 部门负责人意见. */
    label,
    /** This step is the unit's seal (公章). */
    seal: z.boolean().default(false),
    /**
     * The plan has this signature in a header field (hangzhou 单位主要负责人(签字)): it is signed there,
     * and no separate block is printed at the bottom.
     */
    field: key.optional(),
  })
  .strict();
export type SignoffStep = z.output<typeof SignoffStepSchema>;

export const DefinitionSchema = z.object({ term: label, text: z.string().min(1) }).strict();

export const FormKind = z.enum(['list', 'perPerson', 'perUnit', 'rollup', 'checklist', 'pledge']);

export const FormSchema = z
  .object({
    id: z.string().regex(/^[A-Z][0-9]{1,2}$/),
    title: label,
    /** Shorter titles clerks type for it (机关处室…廉政风险清单 without 市生态环境局), recognised like the title. */
    titleAliases: z.array(z.string().min(1)).default([]),
    /** 附件1 / 附表2 as the plan prints it. */
    attachment: z.string().optional(),
    kind: FormKind,
    header: z.array(HeaderFieldSchema).default([]),
    columns: z.array(ColumnSchema).min(1),
    signoff: z.array(SignoffStepSchema).default([]),
    /** The plan's 备注 printed under the table. */
    footer: z.string().optional(),
    /**
     * Sign-off blocks the plan prints for a path lianfang's stamp chain does not take (B1: 领导班子成员 are confirmed
     * by the 主要领导 instead of 科室负责人 and 分管领导): printed after the chain's blocks, signed on paper.
     */
    handSigned: z.array(z.object({ label, mark: z.string().optional() }).strict()).default([]),
    /** The plan's own definitions, shown as help (hangzhou 排查类别 …). */
    definitions: z.array(DefinitionSchema).default([]),
    /** Fixed groups in fixed order for the `group` column (hangzhou's six 排查类别). */
    groups: z.array(z.string().min(1)).optional(),
    /** Rows printed in the plan itself (B5 十有/十看 items, C3 工作安排); keyed by column key. */
    presetRows: z.array(z.record(z.string(), z.union([z.string(), z.number()]))).default([]),
    /** Blank body rows in a new template. */
    blankRows: z.number().int().min(0).max(200).default(10),
    /** D3: the pledge text printed above 承诺人 / 日期. */
    pledge: z.string().optional(),
    /**
     * Offices may type the form as text rather than a table (D3 承诺书, D2 责任卡): its title, then lines such as
     * 「承诺人:张三」 and a date line. Recognition reads each column's value from its labelled line.
     */
    textLayout: z.boolean().default(false),
    /**
     * The plan numbers rows inside this column rather than in a 序号 column (hangzhou 主要廉政风险: 1、2、… under each
     * 排查类别): lianfang shows the number through the cell's format, so the value stays the risk's own words.
     */
    numberIn: key.optional(),
    /** Register order the plan prescribes (school D1: 风险等级、科室、职级、岗位). */
    sortBy: z.array(key).default([]),
    /** Forms this one rolls up (B4 from B1–B3). */
    rollupOf: z.array(z.string()).default([]),
    orientation: z.enum(['portrait', 'landscape']).optional(),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    const keys = [...f.header.map((h) => h.key), ...f.columns.map((c) => c.key)];
    const dup = keys.find((k, i) => keys.indexOf(k) !== i);
    if (dup) ctx.addIssue({ code: 'custom', message: `${f.id}: duplicate key ${dup}` });
    // Each column heads its own term, so an everyday heading (发生可能性) finds exactly one column.
    const terms = f.columns.map((c) => termOfColumn(c)?.id).filter((t): t is string => !!t);
    const dupTerm = terms.find((t, i) => terms.indexOf(t) !== i);
    if (dupTerm) ctx.addIssue({ code: 'custom', message: `${f.id}: two columns share the term ${dupTerm}` });
    const roles = f.signoff.map((s) => s.role);
    const dupRole = roles.find((r, i) => roles.indexOf(r) !== i);
    if (dupRole) ctx.addIssue({ code: 'custom', message: `${f.id}: duplicate sign-off role ${dupRole}` });
    for (const s of f.signoff)
      if (s.field && !f.header.some((h) => h.key === s.field))
        ctx.addIssue({ code: 'custom', message: `${f.id}: sign-off ${s.role} names unknown header field ${s.field}` });
    if (f.groups && !f.columns.some((c) => c.group))
      ctx.addIssue({ code: 'custom', message: `${f.id}: groups need a group column` });
    if (f.numberIn && !f.columns.some((c) => c.key === f.numberIn))
      ctx.addIssue({ code: 'custom', message: `${f.id}: numberIn ${f.numberIn} unknown` });
    for (const k of f.sortBy)
      if (!f.columns.some((c) => c.key === k))
        ctx.addIssue({ code: 'custom', message: `${f.id}: sortBy ${k} unknown` });
    for (const row of f.presetRows)
      for (const k of Object.keys(row))
        if (!f.columns.some((c) => c.key === k))
          ctx.addIssue({ code: 'custom', message: `${f.id}: preset row names unknown column ${k}` });
  });
export type Form = z.output<typeof FormSchema>;
export type FormInput = z.input<typeof FormSchema>;
