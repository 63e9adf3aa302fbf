import { z } from 'zod';
import { StampSchema } from '../approve/stamp';
import { CanonicalContentSchema, PrintedContentSchema } from '../approve/store';

/**
 * The report's whole content as data (schema 1). It is stored as JSON in a veryHidden sheet of the report
 * workbook so the next level's lianfang reads it back exactly; it is parsed with this schema, never trusted.
 */
export const REPORT_SCHEMA_VERSION = 1;

const cellValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.object({ date: z.string() }).strict(),
  z.object({ error: z.string() }).strict(),
]);

const text = z.string().max(100_000);

export const ReportRowSchema = z
  .object({
    /** Row on the source sheet, 1-based. */
    row: z.number().int().min(1),
    cells: z.record(z.string(), cellValue),
    /** The row's level after grading (null: not graded), and how it was decided. */
    level: z.string().nullable().default(null),
    levelSource: z.enum(['entered', 'computed', 'none']).default('none'),
    /** Who monitors a risk of this level, where the plan says so. */
    monitor: z.string().optional(),
  })
  .strict();
export type ReportRow = z.output<typeof ReportRowSchema>;

export const ReportStampSchema = z
  .object({
    role: z.string(),
    who: z.string(),
    name: text,
    /** 同意 / 退回修改 */
    decision: text,
    opinion: text.default(''),
    date: text,
    /**
     * Result of checking the stamp: valid = intact and its signer on the roster (核验有效); intact = intact, identity
     * not checked (no roster); untrusted = intact, signer not on the roster for this step; changed / invalid.
     */
    verification: z.enum(['valid', 'intact', 'untrusted', 'changed', 'invalid', 'unverified']),
    /** The unit's seal image (PNG, base64), where the stamp carries one. */
    sealPng: z.string().max(2_000_000).optional(),
  })
  .strict();
export type ReportStamp = z.output<typeof ReportStampSchema>;

/**
 * The stamps of a signed form as the source workbook holds them, and the content they approved: the level above
 * verifies these again (`lianfang verify 报送.xlsx`) instead of trusting the words 核验有效 printed in the report.
 */
export const CarriedStampsSchema = z
  .object({
    anchor: z.string().max(60),
    stamps: z.array(StampSchema).max(1000),
    contents: z.array(z.union([CanonicalContentSchema, PrintedContentSchema])).max(20),
  })
  .strict();
export type CarriedStamps = z.output<typeof CarriedStampsSchema>;

export const ReportFormSchema = z
  .object({
    form: z.string().regex(/^[A-Z][0-9]{1,2}$/),
    /** The sheet it came from in the source workbook. */
    sheet: text,
    instance: text.optional(),
    header: z.record(z.string(), cellValue),
    rows: z.array(ReportRowSchema),
    /** A pledge's own words as its signer typed them: the report prints these, never the plan's model text. */
    words: text.optional(),
    stamps: z.array(ReportStampSchema).default([]),
    signed: CarriedStampsSchema.optional(),
  })
  .strict();
export type ReportForm = z.output<typeof ReportFormSchema>;

export const ReportIssueSchema = z
  .object({
    code: z.string(),
    severity: z.enum(['error', 'warning', 'info']),
    sheet: text.optional(),
    cell: z.string().max(20).optional(),
    message: text,
  })
  .strict();
export type ReportIssue = z.output<typeof ReportIssueSchema>;

export const ReportUnitSchema = z
  .object({
    unit: text,
    /** The file it was read from. */
    source: text.optional(),
    forms: z.array(ReportFormSchema),
    validation: z
      .object({
        /** false: no validator ran (the cover says 未校验). */
        checked: z.boolean(),
        errors: z.number().int().min(0),
        warnings: z.number().int().min(0),
        issues: z.array(ReportIssueSchema),
      })
      .strict(),
  })
  .strict();
export type ReportUnit = z.output<typeof ReportUnitSchema>;

export const ReportModelSchema = z
  .object({
    app: z.literal('lianfang-report'),
    schema: z.literal(REPORT_SCHEMA_VERSION),
    pack: z.string().regex(/^[a-z]+-\d{4}$/),
    packName: text,
    plan: text,
    /** 报送期间, e.g. 2024年度. */
    period: text,
    /** Date generated, yyyy-mm-dd. */
    generated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    units: z.array(ReportUnitSchema).max(10_000),
  })
  .strict();
export type ReportModel = z.output<typeof ReportModelSchema>;
export type ReportModelInput = z.input<typeof ReportModelSchema>;
