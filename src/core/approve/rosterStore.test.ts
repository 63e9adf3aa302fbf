import { createKeyFile, signerFromKeyFile } from './keyfile';
import { keptRosterOps, readKeptRoster, ROSTER_SHEET } from './rosterStore';
import { rosterBody, signRoster } from './roster';
import type { WorkbookSnapshot } from '../port';
import type { Op } from '../ops';

/** The roster a unit keeps in its workbook, as the ops write it and as any door reads it back. */
function apply(ops: Op[]): WorkbookSnapshot {
  const rows: WorkbookSnapshot['sheets'][number]['rows'] = [];
  for (const op of ops) if (op.kind === 'setValues') rows.push(...(op.values as never[]));
  return { sheets: [{ name: ROSTER_SHEET, visibility: 'veryHidden', rows, merges: [] }], names: [] };
}

test('a kept roster reads back checked; a copy edited in the workbook is refused, never half-trusted', async () => {
  const committee = await signerFromKeyFile(JSON.stringify(await createKeyFile('濮阳市纪委')));
  const entries = Array.from({ length: 400 }, (_, i) => ({
    name: `签章人${i}`,
    fingerprint: i.toString(16).padStart(64, '0'),
    units: ['濮阳市科学技术局'],
    roles: ['本人'],
  }));
  const roster = await signRoster(
    await rosterBody({ name: '濮阳市纪委', key: committee.publicKey }, entries, '2026-12-02T10:00:00+08:00'),
    committee.privateKey,
  );
  const ops = keptRosterOps(roster, { sheets: [], names: [] });
  expect(ops[0]).toEqual({ kind: 'addSheet', sheet: ROSTER_SHEET, visibility: 'veryHidden' });
  const kept = apply(ops);
  expect(kept.sheets[0].rows.length).toBeGreaterThan(1); // split over cells of at most 30 000 characters
  expect(await readKeptRoster(kept)).toEqual(roster);
  const edited = JSON.parse(JSON.stringify(kept)) as WorkbookSnapshot;
  edited.sheets[0].rows[0][0] = String(edited.sheets[0].rows[0][0]).replace('签章人0', '冒名者');
  await expect(readKeptRoster(edited)).rejects.toMatchObject({ code: 'roster_signature_invalid' });
  expect(await readKeptRoster({ sheets: [], names: [] })).toBeNull();
});
