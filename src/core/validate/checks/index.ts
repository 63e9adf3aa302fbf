import type { Check } from '../types';
import { dates } from './dates';
import { duplicateRows } from './duplicateRows';
import { enumerations } from './enumerations';
import { filledNeeds } from './filledNeeds';
import { headerFields } from './headerFields';
import { headings } from './headings';
import { levelReason } from './levelReason';
import { lowScoreTalk } from './lowScoreTalk';
import { numbers } from './numbers';
import { oneUnit } from './oneUnit';
import { postInCatalogue } from './postInCatalogue';
import { requiredCells } from './requiredCells';
import { requiredColumns } from './requiredColumns';
import { rollupCoverage } from './rollupCoverage';
import { rollupMismatch } from './rollupMismatch';
import { seqContinuity } from './seqContinuity';
import { tableBelow } from './tableBelow';
import { timeLimits } from './timeLimits';
import { topShare } from './topShare';
import { totalsMismatch } from './totalsMismatch';

/** Every check, in the order their issues read best. A new check is one file plus one line here. */
export const CHECKS: readonly Check[] = [
  headerFields,
  headings,
  tableBelow,
  requiredColumns,
  requiredCells,
  enumerations,
  numbers,
  dates,
  timeLimits,
  filledNeeds,
  lowScoreTalk,
  levelReason,
  seqContinuity,
  duplicateRows,
  topShare,
  totalsMismatch,
  rollupMismatch,
  rollupCoverage,
  postInCatalogue,
  oneUnit,
];
