import { isBlank, type CellValue } from '../cell';
import type { FactorKey } from '../forms/schema';
import { parseNumberText } from '../normalise/number';
import type { FactorValues } from './compute';
import type { GradingScheme } from './scheme';

export interface FactorReading {
  values: FactorValues;
  invalid: Array<{ factor: FactorKey; label: string; value: CellValue; min: number; max: number }>;
}

/**
 * Reads the scheme's factor scores from a row's cells (by factor key). A score typed as text counts as clerks type
 * it ("４" in full-width, "4分", " 4 "); anything else, or out of range, is invalid and reported, never guessed.
 */
export function readFactors(scheme: GradingScheme, cells: Record<string, CellValue>): FactorReading {
  const values: FactorValues = {};
  const invalid: FactorReading['invalid'] = [];
  for (const f of scheme.factors) {
    const v = cells[f.key];
    if (v === undefined || isBlank(v)) continue;
    const n = typeof v === 'number' ? v : typeof v === 'string' ? (parseNumberText(v) ?? NaN) : NaN;
    if (Number.isInteger(n) && n >= f.min && n <= f.max) values[f.key] = n;
    else invalid.push({ factor: f.key, label: f.label, value: v, min: f.min, max: f.max });
  }
  return { values, invalid };
}
