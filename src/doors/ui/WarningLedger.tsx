import { Badge, Body1, makeStyles } from '@fluentui/react-components';
import type { WarningStatus } from '../../core/round/warnings';
import { t } from './t';

const useStyles = makeStyles({ row: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' } });

const SHOWN: Array<[WarningStatus, 'informative' | 'danger' | 'success' | 'warning' | 'subtle']> = [
  ['open', 'informative'],
  ['overdue', 'danger'],
  ['answered', 'success'],
  ['answeredLate', 'warning'],
  ['undated', 'subtle'],
];

/** The 预警 ledger after a rollup: how many are open, overdue and answered (nothing when the pack keeps none). */
export function WarningLedger(props: { counts: Record<WarningStatus, number> }) {
  const s = useStyles();
  const total = Object.values(props.counts).reduce((a, b) => a + b, 0);
  if (!total) return null;
  return (
    <section aria-label={t('ledger_warnings_sheet')} className={s.row} data-testid="warning-ledger">
      <Body1 as="span">{t('ui_ledger_title', { total })}</Body1>
      {SHOWN.filter(([k]) => props.counts[k] || k === 'overdue' || k === 'open').map(([k, colour]) => (
        <Badge key={k} appearance="tint" color={colour} shape="rounded">
          {`${t(`ledger_status_${k}`)} ${props.counts[k]}`}
        </Badge>
      ))}
    </section>
  );
}
