import { applyOps } from '../../src/adapters/exceljs/applyOps';
import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import type { Host } from '../../src/doors/ui/host';
import { signOnHost, verifyHost } from '../../src/doors/ui/approve/actions';
import { a3, demoBytes, fromBytes, makeSigner, toBytes } from './helpers';

// A 1×1 red PNG: the unit's uploaded seal image.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

describe('signing through a Host (what the page and task pane call)', () => {
  it('signs the chain, places the seal image for the 公章 step, and verifies after saving', async () => {
    const wb = await fromBytes(await demoBytes());
    const host: Host = {
      kind: 'file',
      read: async () => snapshotWorkbook(wb),
      apply: async (ops) => applyOps(wb, ops),
    };
    const sheet = a3(wb).found.sheet;
    const names = ['周立新', '王科长', '李局长', '办公室'];
    const roles = ['self', 'deptHead', 'leader', 'unit'];
    for (const [i, role] of roles.entries()) {
      const signer = await makeSigner(names[i]);
      await signOnHost(host, signer, {
        sheet,
        role,
        opinion: '同意',
        acceptWarnings: true,
        sealPng: role === 'unit' ? PNG : undefined,
      });
    }
    const reread = await fromBytes(await toBytes(wb));
    const ws = reread.getWorksheet(sheet)!;
    expect(ws.getImages()).toHaveLength(1);
    const unitCell = ws.getCell(a3(reread).found.signoff.unit.valueCell);
    expect(String(unitCell.value)).toMatch(/^同意。\n签字:办公室/); // with an image, no drawn text seal
    const v = await verifyHost({ ...host, read: async () => snapshotWorkbook(reread) });
    expect(v.ok).toBe(true);
    expect(v.forms.find((f) => f.sheet === sheet)!.next).toBe('discipline');
  });
});
