import { displayText } from '../cell';
import { LianfangError } from '../errors';
import type { WorkbookSnapshot } from '../port';
import { RosterEntrySchema, type RosterEntry } from './roster';

/** 64 hex digits, as keygen prints them; spaces, colons and case do not matter. */
export function parseFingerprint(s: string): string {
  const hex = s.replace(/[\s:：\-\u3000]/g, '').toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new LianfangError('fingerprint_invalid', { value: s.slice(0, 80) });
  return hex;
}

/** 本人、部门负责人 / 本人,部门负责人 / 本人;部门负责人 … */
export const splitList = (s: string): string[] =>
  s
    .split(/[、,，;；|\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

const HEADINGS = {
  name: ['姓名', '签章人', '签章人姓名'],
  fingerprint: ['公钥指纹', '密钥指纹', '指纹'],
  units: ['可签单位', '单位', '单位名称'],
  roles: ['可签环节', '签章环节', '环节', '职责'],
  note: ['备注', '职务'],
} as const;

/**
 * The roster as a committee keeps it in Excel: one row per person under headings 姓名 / 单位 / 环节 / 公钥指纹
 * (备注 optional), on any sheet. Every row must be complete: a bad row is named, never skipped.
 */
export function rosterEntriesFromTable(wb: WorkbookSnapshot, file: string): RosterEntry[] {
  for (const sheet of wb.sheets) {
    if (sheet.visibility !== 'visible') continue;
    for (let r = 0; r < Math.min(sheet.rows.length, 20); r++) {
      const texts = (sheet.rows[r] ?? []).map((v) => displayText(v).replace(/[\s\u3000]/g, ''));
      const col = (k: keyof typeof HEADINGS) => texts.findIndex((t) => (HEADINGS[k] as readonly string[]).includes(t));
      const at = {
        name: col('name'),
        fingerprint: col('fingerprint'),
        units: col('units'),
        roles: col('roles'),
        note: col('note'),
      };
      if (at.name < 0 || at.fingerprint < 0 || at.units < 0 || at.roles < 0) continue;
      const out: RosterEntry[] = [];
      for (let i = r + 1; i < sheet.rows.length; i++) {
        const row = sheet.rows[i] ?? [];
        const get = (c: number) => (c < 0 ? '' : displayText(row[c] ?? null).trim());
        if (![at.name, at.fingerprint, at.units, at.roles].some((c) => get(c))) continue;
        const where = { file, sheet: sheet.name, row: i + 1 };
        const entry = {
          name: get(at.name),
          fingerprint: (() => {
            try {
              return parseFingerprint(get(at.fingerprint));
            } catch {
              throw new LianfangError('roster_row_invalid', {
                ...where,
                reason: `公钥指纹「${get(at.fingerprint)}」不是 64 位十六进制数`,
              });
            }
          })(),
          units: splitList(get(at.units)),
          roles: splitList(get(at.roles)),
          ...(get(at.note) ? { note: get(at.note) } : {}),
        };
        const ok = RosterEntrySchema.safeParse(entry);
        if (!ok.success)
          throw new LianfangError('roster_row_invalid', {
            ...where,
            reason: `${ok.error.issues[0].path.join('.')}: ${ok.error.issues[0].message}`,
          });
        out.push(ok.data);
      }
      return out;
    }
  }
  throw new LianfangError('roster_table_not_found', { file });
}
