import { z } from 'zod';

/**
 * A diagram a plan asks for, as pack data: which form lists its subjects (puyang's powers of 附件2, railway's
 * 许可事项), which form holds the risk points and which of their columns name the subject and the stage, and the
 * stages themselves (the plan's fixed ones, or each subject's own as the data gives them). The layout is one
 * pure function for every pack (flowchart/layout.ts).
 */
const ColumnRef = z.object({ label: z.string().min(1), key: z.string().min(1), width: z.number().positive() }).strict();

export const FlowchartSpecSchema = z
  .object({
    /** Stable id (defined names of the generated sheets derive from it). */
    id: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
    /** What the plan calls the diagram: 职权运行流程图. */
    title: z.string().min(1),
    /** Sheet names start with it: 流程图1 科技项目立项. */
    sheetPrefix: z.string().min(1).max(6),
    /** What a subject is called (职权, 许可事项). */
    subjectLabel: z.string().min(1),
    /** The form listing the subjects in order, and facts about each printed under the title. */
    subjects: z
      .object({
        form: z.string(),
        key: z.string(),
        details: z.array(z.object({ label: z.string(), key: z.string() }).strict()).default([]),
      })
      .strict()
      .optional(),
    risks: z
      .object({
        form: z.string(),
        /** The column naming the subject a risk belongs to (所涉职权 / 许可事项). */
        subject: z.string(),
        /** The column naming its stage (流程环节). */
        stage: z.string(),
        text: z.string(),
        level: z.string(),
        /** Columns printed beside each risk after its text (表现形式 …). */
        columns: z.array(ColumnRef).default([]),
        /** Who the risk belongs to: header fields (A3's 姓名, 职务) or columns (E2's 责任人), joined. */
        who: z.object({ label: z.string(), keys: z.array(z.string()).min(1), width: z.number().positive() }).strict(),
      })
      .strict(),
    /**
     * The plan's stages in order. Absent: each subject's stages are those its risk rows name, in the order first
     * named (railway's 流程环节 are free text, one 许可事项's differ from another's).
     */
    stages: z.array(z.string().min(1)).optional(),
    /** Everyday names of the plan's stages (申请 → 提出): placed at that stage. */
    stageAliases: z.record(z.string(), z.string()).default({}),
    /** The forms the diagram is drawn from, as its source line prints them. */
    source: z.string().min(1),
  })
  .strict()
  .refine((f) => Object.values(f.stageAliases).every((s) => f.stages?.includes(s)), {
    message: 'stageAliases must name stages of the spec',
  });

export type FlowchartSpec = z.output<typeof FlowchartSpecSchema>;
export type FlowchartSpecInput = z.input<typeof FlowchartSpecSchema>;

/** Every form and key a spec names, so the pack's schema can check they exist. */
export function flowchartReferences(f: FlowchartSpec): Array<{ form: string; keys: string[] }> {
  const r = f.risks;
  return [
    ...(f.subjects ? [{ form: f.subjects.form, keys: [f.subjects.key, ...f.subjects.details.map((d) => d.key)] }] : []),
    { form: r.form, keys: [r.subject, r.stage, r.text, r.level, ...r.columns.map((c) => c.key), ...r.who.keys] },
  ];
}
