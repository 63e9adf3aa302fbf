import { applyOps } from '../../src/adapters/exceljs/applyOps';
import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import { PACKS } from '../../src/core/packs';
import { reportModel } from '../../src/core/report';
import { unitSettingsOps } from '../../src/core/settings';
import type { Host } from '../../src/doors/ui/host';
import { signOnHost } from '../../src/doors/ui/approve/actions';
import { a3, demoBytes, fromBytes, makeSigner } from '../approve/helpers';

// A 1×1 red PNG: the seal kept in the workbook's unit settings.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
const OTHER = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const pack = PACKS.find((p) => p.id === 'puyang-2012')!;

/** The demo workbook with A3 signed 同意 by its whole chain, the 公章 step without an image. */
async function signedDemo() {
  const wb = await fromBytes(await demoBytes());
  const host: Host = { kind: 'file', read: async () => snapshotWorkbook(wb), apply: async (ops) => applyOps(wb, ops) };
  const sheet = a3(wb).found.sheet;
  const person = String(a3(wb).found.header.name.value);
  for (const [i, role] of ['self', 'deptHead', 'leader', 'unit'].entries())
    // 本人 is the person the form is for.
    await signOnHost(host, await makeSigner(i === 0 ? person : `签字人${i}`), {
      sheet,
      role,
      opinion: '同意',
      acceptWarnings: true,
    });
  return { wb, sheet };
}

const unitStampSeals = async (wb: Parameters<typeof snapshotWorkbook>[0], seals?: Record<string, string>) => {
  const model = await reportModel({
    pack,
    sources: [{ name: 'demo.xlsx', snapshot: snapshotWorkbook(wb) }],
    generated: '2026-11-26',
    ...(seals ? { seals } : {}),
  });
  return model.units[0].forms.flatMap((f) => f.stamps.filter((s) => s.role === 'unit').map((s) => s.sealPng));
};

describe('the report uses the seal kept in the unit settings', () => {
  test('on the 公章 step signed 同意; a seal the door passes comes first; none without settings', async () => {
    const { wb } = await signedDemo();
    expect(await unitStampSeals(wb)).toEqual([undefined]);
    applyOps(wb, unitSettingsOps({ unitName: '濮阳市测试局', sealPng: PNG }, snapshotWorkbook(wb)));
    expect(await unitStampSeals(wb)).toEqual([PNG]);
    expect(await unitStampSeals(wb, { '*': OTHER })).toEqual([OTHER]);
  }, 30_000);
});
