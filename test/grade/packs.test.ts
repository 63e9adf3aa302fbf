import { gradeWorkbook } from '../../src/core/grade/gradeWorkbook';
import type { Pack } from '../../src/core/forms/pack';
import { PACKS } from '../../src/core/packs';
import { packWorkbook, recognise, snap } from './workbooks';

/** Every pack's own sample grades cleanly: its levels are the pack's, and its factor scores agree with them. */
describe.each(PACKS.map((p) => [p.id, p] as [string, Pack]))('grading the %s sample', (_id, pack) => {
  it('reads every entered level and explains every computed one', async () => {
    const wb = await packWorkbook(pack);
    const r = gradeWorkbook(snap(wb), recognise(wb), { pack });
    const graded = pack.sample.instances.flatMap((i) => i.rows).filter((x) => x.level);
    expect(r.rows.filter((x) => x.entered).length).toBe(graded.length);
    expect(r.counts.unknownLevel).toBe(0);
    expect(r.counts.invalid).toBe(0);
    const names = pack.grading.levels.map((l) => l.name).join('|');
    for (const row of r.rows.filter((x) => x.computed))
      expect(row.computed!.text).toMatch(new RegExp(`→ (${names})(；|$)`));
    // A sample level that its own factor scores do not give stands, and is flagged for a 调整理由.
    for (const row of r.rows.filter((x) => x.status === 'differs')) {
      expect(row.level).not.toBe(row.computed!.level);
      expect(row.needsReason).toBe(!row.reason);
      expect(row.notes.join()).toContain(`与计算结果「${row.computed!.name}」不同`);
    }
  });
});
