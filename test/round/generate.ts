import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { artifacts } from '../grade/workbooks';
import { LAST_YEAR, SCHOOLS, THIS_YEAR, schoolWorkbook } from './schools';

/** Writes both rounds as a committee receives them: one folder per year, one file per school, and the list. */
export async function writeRounds(area: string): Promise<{ dir: string; last: string; now: string; units: string }> {
  const dir = path.join(artifacts('round'), area);
  rmSync(dir, { recursive: true, force: true });
  const last = path.join(dir, '2024');
  const now = path.join(dir, '2025');
  mkdirSync(last, { recursive: true });
  mkdirSync(now, { recursive: true });
  for (const s of LAST_YEAR) writeFileSync(path.join(last, `${s.unit}.xlsx`), await schoolWorkbook(s, 2024));
  for (const s of THIS_YEAR) writeFileSync(path.join(now, `${s.unit}-2025.xlsx`), await schoolWorkbook(s, 2025));
  const units = path.join(dir, '应报单位.txt');
  writeFileSync(units, `${SCHOOLS.join('\n')}\n`);
  return { dir, last, now, units };
}
