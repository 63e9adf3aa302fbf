import { message } from '../messages';
import { shortFingerprint } from '../crypto';
import type { FormVerification, StampCheck, StepState, WorkbookVerification } from './verify';

export const STEP_STATE_TEXT: Record<StepState, string> = {
  pending: message('step_pending'),
  signed: message('step_signed'),
  returned: message('step_returned'),
  invalid: message('step_invalid'),
};

/** zh-CN sentences for one stamp's problems, naming the cells that changed. */
export function describeStamp(form: FormVerification, c: StampCheck): string[] {
  const step = form.steps.find((s) => s.role === c.stamp.role);
  const base = { who: step?.who ?? c.stamp.role, signer: c.stamp.signer, fp: shortFingerprint(c.stamp.fingerprint) };
  return c.problems.map((p) => {
    if (p.code === 'content_changed') {
      if (!p.changes) return message('content_changed_unknown', base);
      const cells = p.changes
        .slice(0, 10)
        .map((ch) => message('cell_change', { cell: ch.cell ?? ch.key, approved: ch.approved, now: ch.now }))
        .join(';');
      return message('content_changed', { ...base, cells: p.changes.length > 10 ? `${cells} 等` : cells });
    }
    const other = p.other && /^[0-9a-f]{64}$/.test(p.other) ? shortFingerprint(p.other) : p.other;
    const expected = form.steps.find((s) => s.role === p.expected)?.who ?? p.expected;
    return message(p.code, { ...base, other, expected });
  });
}

/** The whole verification as lines a person reads (CLI output, the panel's details). */
export function describeVerification(v: WorkbookVerification): string[] {
  const lines: string[] = [];
  for (const f of v.forms) {
    if (!f.stamps.length && !f.problems.length) continue;
    lines.push(`「${f.sheet}」${f.title}:${f.steps.map((s) => `${s.who} ${STEP_STATE_TEXT[s.state]}`).join(' → ')}`);
    for (const c of f.stamps)
      for (const line of describeStamp(f, c)) lines.push(`  ${c.active ? '' : '(历史)'}${line}`);
    for (const p of f.problems) lines.push(`  ${message(p.code, { sheet: f.sheet, cell: p.cell })}`);
  }
  for (const s of v.orphans) lines.push(message('stamp_orphan', { signer: s.signer, form: s.form, sheet: s.sheet }));
  for (const p of v.store) lines.push(message(p.code, { row: p.row }));
  const bad = badCount(v);
  if (!v.stampCount && !v.store.length) lines.push(message('verify_none'));
  else if (v.ok) lines.push(message('verify_ok', { count: v.stampCount }));
  else lines.push(message('verify_failed', { bad, count: v.stampCount }));
  return lines;
}

export const badCount = (v: WorkbookVerification): number =>
  v.forms.reduce((n, f) => n + f.stamps.filter((c) => !c.ok).length, 0) + v.orphans.length;
