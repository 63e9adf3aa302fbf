import { computeLevel, type ComputeOutcome } from '../../grade/compute';
import { readFactors } from '../../grade/factors';
import { cached } from '../fast';
import type { FormContext } from '../types';
import type { RecognisedRow } from '../../recognise/types';

/** The level a row's factor scores give under the pack's scheme (each factor combination computed once per form). */
export function computedLevel(ctx: FormContext, row: RecognisedRow): ComputeOutcome {
  const factors = readFactors(ctx.pack.grading, row.cells).values;
  let key = '';
  for (const f of ctx.pack.grading.factors) key += `${factors[f.key] ?? ''},`;
  return cached(ctx, 'computeLevel', key, () => computeLevel(ctx.pack.grading, factors));
}
