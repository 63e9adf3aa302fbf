import { message } from '../messages';
import { shortFingerprint } from '../crypto';
import type { CellChange } from './diff';
import type { FormVerification, StampCheck, StepState, WorkbookVerification } from './verify';

export const STEP_STATE_TEXT: Record<StepState, string> = {
  pending: message('step_pending'),
  signed: message('step_signed'),
  returned: message('step_returned'),
  invalid: message('step_invalid'),
};

/** One change as a person reads it: the cell (or line), what it was when signed and what it is now. */
export function describeChange(ch: CellChange): string {
  const where = ch.cell ?? ch.key;
  if (ch.what === 'shown') return message('cell_change_shown', { cell: where, approved: ch.approved, now: ch.now });
  if (ch.what === 'hidden') {
    return message('cell_change_hidden', {
      what: where || message(`part_${ch.part}`),
      approved: ch.approved,
      now: ch.now,
    });
  }
  if (ch.what === 'text')
    return message('text_change', {
      part: message(`part_${ch.part}`),
      approved: ch.approved || '（无）',
      now: ch.now || '（无）',
    });
  if (ch.formula !== undefined)
    return message(ch.now ? 'cell_change_formula' : 'cell_change_formula_blank', {
      cell: where,
      approved: ch.approved,
      now: ch.now,
      formula: `=${ch.formula}`,
    });
  // The same text, stored otherwise: the number 3 typed again as the text "3", a value made a formula.
  if (ch.approved === ch.now) return message('cell_change_stored', { cell: where, approved: ch.approved });
  return message('cell_change', { cell: where, approved: ch.approved, now: ch.now });
}

/**
 * The changes as a person reads them: a row deleted or added is one line naming it by its longest text (its risk
 * point, most often), never a line per column key; every other change as describeChange says it.
 */
export function describeChanges(changes: CellChange[]): string[] {
  const out: string[] = [];
  const done = new Set<string>();
  for (const ch of changes) {
    if (!ch.kind) {
      out.push(describeChange(ch));
      continue;
    }
    const id = `${ch.kind}${ch.part}${ch.index}`;
    if (done.has(id)) continue;
    done.add(id);
    const row = changes.filter((x) => x.kind === ch.kind && x.part === ch.part && x.index === ch.index);
    const texts = row.map((x) => (ch.kind === 'rowRemoved' ? x.approved : x.now));
    const text = texts.sort((a, b) => b.length - a.length)[0] ?? '';
    out.push(message(ch.kind === 'rowRemoved' ? 'row_removed' : 'row_added', { n: (ch.index ?? 0) + 1, text }));
  }
  return out;
}

/** zh-CN sentences for one stamp's problems and notes, naming the cells that changed. */
export function describeStamp(form: FormVerification, c: StampCheck): string[] {
  const step = form.steps.find((s) => s.role === c.stamp.role);
  const base = { who: step?.who ?? c.stamp.role, signer: c.stamp.signer, fp: shortFingerprint(c.stamp.fingerprint) };
  const lines = c.problems.map((p) => {
    if (p.code === 'content_changed') {
      if (!p.changes) return message('content_changed_unknown', base);
      const all = describeChanges(p.changes);
      const cells = all.slice(0, 10).join(';');
      return message('content_changed', { ...base, cells: all.length > 10 ? `${cells} 等` : cells });
    }
    const other = p.other && /^[0-9a-f]{64}$/.test(p.other) ? shortFingerprint(p.other) : p.other;
    const expected = form.steps.find((s) => s.role === p.expected)?.who ?? p.expected;
    return message(p.code, { ...base, other, expected });
  });
  for (const n of c.notes) lines.push(message(n.code, { ...base, other: n.other, reason: n.reason }));
  for (const p of c.identity.problems)
    lines.push(message(p.code, { ...base, other: p.other, unit: form.unit ?? '（表中未填）' }));
  return lines;
}

/** One step of the chain: role, name, short key fingerprint, date, 意见, and whether the roster vouches for the signer. */
export function describeStep(form: FormVerification, c: StampCheck): string {
  const who = form.steps.find((s) => s.role === c.stamp.role)?.who ?? c.stamp.role;
  const opinion = c.stamp.text ? `${c.stamp.opinion}（${c.stamp.text}）` : c.stamp.opinion;
  return message('stamp_line', {
    history: c.active ? '' : message('stamp_history'),
    who,
    signer: c.stamp.signer,
    fp: shortFingerprint(c.stamp.fingerprint),
    date: c.stamp.at.slice(0, 10),
    opinion,
    state: c.ok ? message('stamp_intact') : message('stamp_broken'),
    identity: message(`identity_${c.identity.status}`),
  });
}

/** The whole verification as lines a person reads (CLI output, the page's details). */
export function describeVerification(v: WorkbookVerification): string[] {
  const lines: string[] = v.report ? [message('verify_report_intro')] : [];
  for (const f of v.forms) {
    if (!f.stamps.length && !f.problems.length) continue;
    const unit = f.unit ? `（${f.unit}）` : '';
    lines.push(
      `「${f.sheet}」${f.title}${unit}：${f.steps.map((s) => `${s.who} ${STEP_STATE_TEXT[s.state]}`).join(' → ')}`,
    );
    for (const c of f.stamps) {
      lines.push(`  ${describeStep(f, c)}`);
      for (const line of describeStamp(f, c)) lines.push(`    ${line}`);
    }
    const v1 = f.stamps.filter((c) => c.stamp.v === 1 && c.active).length;
    if (v1) lines.push(`  ${message('c14n_v1_note', { sheet: f.sheet, count: v1 })}`);
    for (const p of f.problems) {
      const who = f.steps.find((s) => s.role === p.role)?.who ?? p.role;
      lines.push(
        `  ${message(p.code, { sheet: f.sheet, cell: p.cell, who, expected: p.expected?.replace(/\n/g, ' '), now: p.now?.replace(/\n/g, ' '), cells: p.cells?.join('、') })}`,
      );
    }
  }
  for (const s of v.orphans) lines.push(message('stamp_orphan', { signer: s.signer, form: s.form, sheet: s.sheet }));
  for (const r of v.removed)
    lines.push(
      message('stamps_removed', {
        sheet: r.sheet,
        form: r.form,
        expected: r.expected,
        now: r.now,
        signer: r.by.signer,
        date: r.by.at.slice(0, 10),
      }),
    );
  for (const p of v.store) lines.push(message(p.code, { row: p.row }));
  if (v.stampCount) lines.push(rosterLine(v));
  lines.push(summaryLine(v));
  return lines;
}

function rosterLine(v: WorkbookVerification): string {
  if (!v.roster) return message('identity_not_checked');
  return message(v.roster.source === 'workbook' ? 'roster_used_workbook' : 'roster_used_file', {
    issuer: v.roster.issuer,
    fp: shortFingerprint(v.roster.fingerprint),
    issued: v.roster.issued.slice(0, 10),
  });
}

/** The last line: 核验有效 only when every stamp is intact and the roster vouches for every signer. */
export function summaryLine(v: WorkbookVerification): string {
  const bad = badCount(v);
  if (!v.stampCount && !v.store.length && !v.removed.length) return message('verify_none');
  if (!v.intact) {
    const other = v.forms.reduce((n, f) => n + f.problems.length, 0) + v.removed.length + v.store.length;
    const untrusted = v.roster ? untrustedCount(v) : 0;
    return message('verify_failed', { bad, other, untrusted, count: v.stampCount });
  }
  if (!v.roster) return message('verify_intact_unverified', { count: v.stampCount });
  if (!v.trusted) return message('verify_untrusted', { bad: untrustedCount(v), count: v.stampCount });
  // A roster the workbook brought with it could be anyone's: the verdict names its issuer's key to compare.
  if (v.roster.source === 'workbook')
    return message('verify_ok_kept', {
      count: v.stampCount,
      issuer: v.roster.issuer,
      fp: shortFingerprint(v.roster.fingerprint),
    });
  return message('verify_ok', { count: v.stampCount, issuer: v.roster.issuer });
}

export const badCount = (v: WorkbookVerification): number =>
  v.forms.reduce((n, f) => n + f.stamps.filter((c) => !c.ok).length, 0) + v.orphans.length;

export const untrustedCount = (v: WorkbookVerification): number =>
  v.forms.reduce((n, f) => n + f.stamps.filter((c) => c.identity.status !== 'trusted').length, 0);
