import type { BookEntry, Stamp } from './stamp';

/**
 * Every version-2 stamp signs the workbook's manifest: each stamped form (by its anchor) and how many stamps its
 * chain had. Stamps removed afterwards — a form's whole chain, or the last stamps of one — leave fewer stamps
 * than a later stamp attests, and that shows. (Removing the newest stamps of all returns the file to an earlier,
 * valid state: that only the signer's own copy or receipt can show; docs/trust-model.md.)
 */
export function bookFor(
  stamps: readonly Stamp[],
  added: Stamp | { anchor: string; form: string; sheet: string },
): BookEntry[] {
  const by = new Map<string, BookEntry>();
  for (const s of [...stamps, added]) {
    const e = by.get(s.anchor);
    by.set(s.anchor, { anchor: s.anchor, form: s.form, sheet: s.sheet, n: (e?.n ?? 0) + 1 });
  }
  return [...by.values()].sort((a, b) => (a.anchor < b.anchor ? -1 : a.anchor > b.anchor ? 1 : 0));
}

export interface RemovedStamps {
  anchor: string;
  form: string;
  sheet: string;
  /** Stamps the latest attesting stamp saw on this form, and how many there are now. */
  expected: number;
  now: number;
  /** The stamp that attests it. */
  by: { signer: string; at: string };
}

/** Compares what the intact version-2 stamps attest with the stamps on file. */
export function removedStamps(intact: readonly Stamp[], all: readonly Stamp[]): RemovedStamps[] {
  const count = new Map<string, number>();
  for (const s of all) count.set(s.anchor, (count.get(s.anchor) ?? 0) + 1);
  const most = new Map<string, { entry: BookEntry; by: Stamp }>();
  for (const s of intact) {
    if (s.v !== 2) continue;
    for (const e of s.book) if ((most.get(e.anchor)?.entry.n ?? 0) < e.n) most.set(e.anchor, { entry: e, by: s });
  }
  const out: RemovedStamps[] = [];
  for (const [anchor, { entry, by }] of most) {
    const now = count.get(anchor) ?? 0;
    if (now < entry.n)
      out.push({
        anchor,
        form: entry.form,
        sheet: entry.sheet,
        expected: entry.n,
        now,
        by: { signer: by.signer, at: by.at },
      });
  }
  return out;
}
