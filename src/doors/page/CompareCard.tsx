import {
  Body1,
  Button,
  Card,
  CardHeader,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { compareYears } from '../../core/compare/compare';
import { risksPicture } from '../../core/round/picture';
import { t } from '../ui/t';
import { UnitsPicture } from '../ui/UnitsPicture';
import { comparisonBytes, readYear, type YearFiles } from './compare';
import { saveBytes } from './download';
import { FolderDrop } from './FolderDrop';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: '12px' },
  drops: { display: 'flex', gap: '12px', flexWrap: 'wrap' },
  table: { overflowX: 'auto', maxWidth: '100%' },
  wide: { minWidth: '640px' },
});

const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 1000) / 10}%`);

/** 今年与去年对比: two drops (last year's and this year's workbooks), the ranking, the picture, 对比.xlsx. */
export function CompareCard(props: { busy: boolean; run: (fn: () => Promise<void>) => Promise<void> | void }) {
  const s = useStyles();
  const [last, setLast] = useState<YearFiles | null>(null);
  const [now, setNow] = useState<YearFiles | null>(null);
  const years = { last: t('ui_compare_last_year'), now: t('ui_compare_this_year') };
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
  const read = (set: (y: YearFiles) => void) => (files: File[]) =>
    void props.run(async () => set(await readYear(files)));
  const chosen = (y: YearFiles | null) =>
    y ? t('ui_compare_chosen', { units: y.units.length, unreadable: y.unreadable.length }) : undefined;
  const top = result?.levels[0] ?? picture?.levels[0]?.name ?? '';
  return (
    <Card className={s.card}>
      <CardHeader header={<Subtitle2 as="h2">{t('ui_compare_title')}</Subtitle2>} />
      <Body1>{t('ui_compare_intro')}</Body1>
      <div className={s.drops}>
        <FolderDrop label={years.last} chosen={chosen(last)} onFiles={read(setLast)} disabled={props.busy} />
        <FolderDrop label={years.now} chosen={chosen(now)} onFiles={read(setNow)} disabled={props.busy} />
      </div>
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
                    <TableCell>{`${pct(u.topShare.before)} → ${pct(u.topShare.after)}`}</TableCell>
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
    </Card>
  );
}
