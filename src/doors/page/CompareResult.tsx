import {
  Body1,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import { compareYears } from '../../core/compare/compare';
import { risksPicture } from '../../core/round/picture';
import { t } from '../ui/t';
import { UnitsPicture } from '../ui/UnitsPicture';
import { comparisonBytes, type YearFiles } from './compare';
import { saveBytes } from './download';

const useStyles = makeStyles({
  table: { overflowX: 'auto', maxWidth: '100%' },
  wide: { minWidth: '640px' },
});

const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 1000) / 10}%`);

export interface CompareResultProps {
  last: YearFiles | null;
  now: YearFiles | null;
  years: { last: string; now: string };
  busy: boolean;
  run: (fn: () => Promise<void>) => Promise<void> | void;
}

/** This year's picture and, with both years, the ranking and 对比.xlsx: loaded once a year's files are read. */
export default function CompareResult(props: CompareResultProps) {
  const s = useStyles();
  const { last, now, years } = props;
  const result = useMemo(
    () =>
      last && now
        ? compareYears(last.units, now.units, {
            unreadable: [
              ...last.unreadable.map((u) => ({ ...u, year: 'last' as const })),
              ...now.unreadable.map((u) => ({ ...u, year: 'now' as const })),
            ],
          })
        : null,
    [last, now],
  );
  const picture = useMemo(() => (now ? risksPicture(now.units) : null), [now]);
  const top = result?.levels[0] ?? picture?.levels[0]?.name ?? '';
  return (
    <>
      {picture && <UnitsPicture picture={picture} />}
      {result && (
        <>
          <Body1 as="p" role="status">
            {t('ui_compare_result', {
              units: result.units.length,
              changed: result.units.filter((u) => u.changes).length,
            })}
          </Body1>
          <div className={s.table} tabIndex={0} role="region" aria-label={t('compare_overview_sheet')}>
            <Table aria-label={t('compare_overview_sheet')} size="small" className={s.wide}>
              <TableHeader>
                <TableRow>
                  {t('ui_compare_cols', { top })
                    .split('|')
                    .map((h) => (
                      <TableHeaderCell key={h}>{h}</TableHeaderCell>
                    ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {result.units.map((u) => (
                  <TableRow key={u.unit}>
                    <TableCell>{u.rank}</TableCell>
                    <TableCell>{u.unit}</TableCell>
                    <TableCell>{t(`compare_status_${u.status}`)}</TableCell>
                    <TableCell>{u.added.length}</TableCell>
                    <TableCell>{u.removed.length}</TableCell>
                    <TableCell>{u.reworded.length}</TableCell>
                    <TableCell>{u.raised.length}</TableCell>
                    <TableCell>{u.lowered.length}</TableCell>
                    <TableCell>
                      {`${pct(u.topShare.before)} → ${pct(u.topShare.after)}`}
                      {u.unlevelled.before || u.unlevelled.after
                        ? t('ui_compare_unlevelled', { before: u.unlevelled.before, after: u.unlevelled.after })
                        : ''}
                    </TableCell>
                    <TableCell>{u.measuresAdded.length}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {result.unreadable.map((u) => (
            <Body1 as="p" key={u.file}>
              {u.reason}
            </Body1>
          ))}
          {result.duplicates.map((d) => (
            <Body1 as="p" key={`${d.year}${d.used}`}>
              {t('compare_duplicate', { unit: d.unit, year: years[d.year], used: d.used, others: d.others.join('、') })}
            </Body1>
          ))}
          <div>
            <Button
              appearance="primary"
              disabled={props.busy}
              onClick={() => void props.run(async () => saveBytes(await comparisonBytes(result, years), '对比.xlsx'))}
            >
              {t('ui_compare_download')}
            </Button>
          </div>
        </>
      )}
    </>
  );
}
