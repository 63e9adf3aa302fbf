export { compact, tidy, labelKey, chineseNumber } from './text';
export { normaliseLevel } from './level';
export { normaliseChoice, normaliseYesNo } from './choice';
export { parseCountText, parseNumberText, parseSeq } from './number';
export { parseDateText, excelSerialToDate, parseMonthText } from './date';
export { normaliseTimeLimit } from './timeLimit';
