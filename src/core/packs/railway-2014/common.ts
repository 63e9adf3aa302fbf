import type { FactorKey } from '../../forms/schema';

/** 重点查找权力行使、制度机制和思想道德等方面可能存在的廉政风险. */
export const RISK_TYPES = ['权力行使', '制度机制', '思想道德'] as const;

export const FACTORS: ReadonlyArray<[FactorKey, string]> = [
  ['probability', '发生概率'],
  ['impact', '危害程度'],
];
