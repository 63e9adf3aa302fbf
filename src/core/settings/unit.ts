import { z } from 'zod';
import { LianfangError } from '../errors';
import type { Op } from '../ops';
import type { WorkbookSnapshot } from '../port';

/**
 * The unit's own settings (单位名称 and the 公章 image), kept in a veryHidden sheet of its workbook so the file
 * carries them to the next person without cluttering the user's sheets. A1 holds a versioned JSON header; the seal
 * (PNG, base64) follows one chunk per row in column A, since a cell holds at most 32,767 characters.
 * Everything read back is parsed with zod: the sheet can be edited by hand and is never trusted for its shape.
 */
export const UNIT_SHEET = '_lianfang_unit';
export const UNIT_SETTINGS_VERSION = 1;
/** Characters of base64 per cell, well below Excel's 32,767. */
export const SEAL_CHUNK = 30_000;
/** A seal image larger than this (base64 characters, about 740 KB of PNG) is refused with a clear message. */
export const MAX_SEAL_BASE64 = 1_000_000;
export const MAX_UNIT_NAME = 100;
const MAX_CHUNKS = Math.ceil(MAX_SEAL_BASE64 / SEAL_CHUNK);
/** Every PNG starts with the same 8 bytes; their base64 is this. */
const PNG_BASE64_PREFIX = 'iVBORw0KGgo';

export interface UnitSettings {
  unitName: string;
  /** The unit's seal (PNG, base64), the default for 公章 steps and the report. */
  sealPng?: string;
}

const HeaderSchema = z
  .object({
    app: z.literal('lianfang-unit'),
    version: z.number(),
    unitName: z.string().max(MAX_UNIT_NAME),
    sealChunks: z.number().int().min(0).max(MAX_CHUNKS),
  })
  .strict();

/** Why a seal image cannot be kept, or null when it can: a PNG in base64 within the size limit. */
export function sealProblem(base64: string): LianfangError | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64) || base64.length % 4 !== 0 || !base64.startsWith(PNG_BASE64_PREFIX))
    return new LianfangError('unit_seal_not_png');
  if (base64.length > MAX_SEAL_BASE64)
    return new LianfangError('unit_seal_too_large', {
      kb: Math.round((base64.length * 3) / 4 / 1024),
      maxKb: Math.floor((MAX_SEAL_BASE64 * 3) / 4 / 1024),
    });
  return null;
}

/** Ops that keep the settings in the workbook (replacing what was there). Throws LianfangError for a bad value. */
export function unitSettingsOps(settings: UnitSettings, wb: WorkbookSnapshot): Op[] {
  const unitName = settings.unitName.trim();
  if (unitName.length > MAX_UNIT_NAME) throw new LianfangError('unit_name_too_long', { max: MAX_UNIT_NAME });
  const seal = settings.sealPng ?? '';
  if (seal) {
    const problem = sealProblem(seal);
    if (problem) throw problem;
  }
  const chunks: string[] = [];
  for (let i = 0; i < seal.length; i += SEAL_CHUNK) chunks.push(seal.slice(i, i + SEAL_CHUNK));
  const header = { app: 'lianfang-unit', version: UNIT_SETTINGS_VERSION, unitName, sealChunks: chunks.length };
  const exists = wb.sheets.some((s) => s.name === UNIT_SHEET);
  return [
    exists
      ? { kind: 'clearSheet', sheet: UNIT_SHEET }
      : { kind: 'addSheet', sheet: UNIT_SHEET, visibility: 'veryHidden' },
    { kind: 'setValues', sheet: UNIT_SHEET, at: 'A1', values: [[JSON.stringify(header)], ...chunks.map((c) => [c])] },
  ];
}

/**
 * The settings the workbook keeps, or null when it keeps none. A sheet that was tampered with, cut short or written
 * by a newer lianfang is a LianfangError (unit_settings_*) with a zh-CN message, never a half-trusted object.
 */
export function readUnitSettings(wb: WorkbookSnapshot): UnitSettings | null {
  const sheet = wb.sheets.find((s) => s.name === UNIT_SHEET);
  if (!sheet) return null;
  const bad = (reason: string) => new LianfangError('unit_settings_malformed', { sheet: UNIT_SHEET, reason });
  const first = sheet.rows[0]?.[0];
  if (typeof first !== 'string' || first.length > 2_000) throw bad('A1 不是设置记录');
  let raw: unknown;
  try {
    raw = JSON.parse(first);
  } catch {
    throw bad('A1 不是有效的 JSON');
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version !== UNIT_SETTINGS_VERSION)
    throw new LianfangError('unit_settings_version', { sheet: UNIT_SHEET, version, supported: UNIT_SETTINGS_VERSION });
  const parsed = HeaderSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw bad(`${issue.path.join('.') || '(根)'}: ${issue.message}`);
  }
  let seal = '';
  for (let i = 1; i <= parsed.data.sealChunks; i++) {
    const v = sheet.rows[i]?.[0];
    if (typeof v !== 'string' || !v) throw bad(`A${i + 1} 缺少公章图片数据`);
    seal += v;
  }
  if (seal) {
    const problem = sealProblem(seal);
    if (problem) throw bad(problem.code === 'unit_seal_too_large' ? '公章图片过大' : '公章图片不是 PNG');
  }
  return { unitName: parsed.data.unitName, ...(seal ? { sealPng: seal } : {}) };
}
