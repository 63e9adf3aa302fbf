/** Excel sheet names: at most 31 characters, none of []:*?/\ , not blank, unique ignoring case. */
const FORBIDDEN = /[[\]:*?/\\]/g;
export const MAX_SHEET_NAME = 31;

export function cleanSheetName(name: string): string {
  const cleaned = name
    .replace(FORBIDDEN, ' ')
    .replace(/^'+|'+$/g, '')
    .trim();
  return (cleaned || 'Sheet').slice(0, MAX_SHEET_NAME);
}

/** A name not taken yet: 名称, 名称 (2), 名称 (3) … shortened so the suffix fits. */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  const base = cleanSheetName(wanted);
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** The sheet name a form gets: "A3 岗位廉政风险点登记表", or "A3 张三" for one person's copy. */
export function formSheetName(formId: string, title: string, instance?: string): string {
  return cleanSheetName(instance ? `${formId} ${instance}` : `${formId} ${title}`);
}
